// Ties between cells: brokers, partner-service sightings, and the money from charity fronts.
import type { Marking } from '../src/model/graphModel.js';
import type { AgencyCode } from './agencies.js';
import type { WorldBuilder } from './builder.js';
import type { Cell, Member } from './cells.js';
import { LOCAL_FIXTURES as F } from './fixtures.js';
import { associate, communicate, type PairSet } from './links.js';
import type { OrgKey } from './names.js';
import { orgId } from './orgs.js';

function cellOf(cells: Cell[], key: string): Cell {
  const c = cells.find((x) => x.spec.key === key);
  if (!c) throw new Error(`no cell ${key}`);
  return c;
}

const INTERCEPT: readonly (readonly [Marking, number])[] = [['AMBER', 2], ['AMBER_STRICT', 3], ['RED', 2]];

/** The Istanbul facilitator talks to every cell's leaders: each home service intercepted its own side. */
function istanbulBroker(b: WorldBuilder, pairs: PairSet, cells: Cell[]): Member {
  const broker = cellOf(cells, 'istanbul').members.find((m) => m.id === F.istanbulBroker.id);
  if (!broker) throw new Error('istanbul broker missing');
  for (const cell of cells.filter((c) => c.spec.key !== 'istanbul')) {
    for (const leader of cell.leaders) communicate(b, pairs, broker, leader, { source: cell.spec.agency, marking: b.rng.weighted(INTERCEPT) });
  }
  return broker;
}

/** A member of one cell in touch with another cell: the classic bridge that betweenness should find. */
function bridge(b: WorldBuilder, pairs: PairSet, from: Cell, to: Cell): Member {
  const rng = b.rng;
  const broker = rng.pick(from.members.filter((m) => !m.leader && !m.scripted));
  for (const leader of to.leaders) communicate(b, pairs, broker, leader, { source: to.spec.agency, marking: rng.weighted(INTERCEPT) });
  for (const m of rng.sample(to.members.filter((x) => !x.leader), 3)) associate(b, pairs, broker, m, { source: from.spec.agency });
  return broker;
}

/** EU-POLICE's cross-border analysis: weaker, lower-confidence links between European cells. */
function euSightings(b: WorldBuilder, pairs: PairSet, cells: Cell[]): void {
  const european = cells.filter((c) => ['BE-INTEL', 'NL-INTEL', 'FR-INTEL'].includes(c.spec.agency));
  for (let i = 0; i < 10; i++) {
    const [x, y] = b.rng.sample(european, 2);
    if (!x || !y) continue;
    associate(b, pairs, b.rng.pick(x.members), b.rng.pick(y.members), {
      source: 'EU-POLICE', marking: b.rng.weighted([['GREEN', 2], ['AMBER', 3]] as const), confidence: b.rng.float(0.45, 0.7),
    });
  }
}

function fund(b: WorldBuilder, from: string, to: Member | string, amount: number, currency: string, source: AgencyCode, when: string): void {
  const toId = typeof to === 'string' ? to : to.id;
  b.rel('FUNDED', from, toId, { amount, currency }, {
    source, marking: b.rng.weighted([['AMBER', 3], ['AMBER_STRICT', 2], ['RED', 1]] as const), at: when, lag: [30, 240], validFrom: when,
  });
}

function fundFromOrg(b: WorldBuilder, org: OrgKey, members: Member[], currency: string, source: AgencyCode): void {
  for (const m of members) fund(b, orgId(org), m, b.rng.int(6, 180) * 50, currency, source, b.rng.daysAfter(m.joinedAt, 10, 120));
}

function funding(b: WorldBuilder, cells: Cell[]): void {
  const rng = b.rng;
  const pick = (key: string, n: number) => rng.sample(cellOf(cells, key).members.filter((m) => !m.leader), n);
  fundFromOrg(b, 'shamRelief', [...pick('brussels', 4), ...pick('antwerp', 1)], 'EUR', 'BE-INTEL');
  fundFromOrg(b, 'crescentBridge', pick('hague', 3), 'EUR', 'NL-INTEL');
  fundFromOrg(b, 'southernCross', pick('surabaya', 2), 'AUD', 'AU-INTEL');
  const [donor] = pick('paris', 1);
  if (donor) fund(b, donor.id, orgId('banlieueSud'), 4200, 'EUR', 'FR-INTEL', rng.daysAfter(donor.joinedAt, 30, 200));
  const [aussie] = pick('sydney', 1);
  if (aussie) fund(b, aussie.id, orgId('southernCross'), 2500, 'AUD', 'AU-INTEL', rng.daysAfter(aussie.joinedAt, 30, 200));
}

export interface NetworkSummary {
  brokers: string[];
}

export function addNetwork(b: WorldBuilder, pairs: PairSet, cells: Cell[]): NetworkSummary {
  const brokers = [
    istanbulBroker(b, pairs, cells),
    bridge(b, pairs, cellOf(cells, 'brussels'), cellOf(cells, 'paris')),
    bridge(b, pairs, cellOf(cells, 'antwerp'), cellOf(cells, 'hague')),
    bridge(b, pairs, cellOf(cells, 'surabaya'), cellOf(cells, 'sydney')),
  ];
  euSightings(b, pairs, cells);
  funding(b, cells);
  return { brokers: brokers.map((m) => m.id) };
}

