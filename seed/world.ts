// The deterministic demo world: agencies, agreements and every record, built from one seed.
import type { AgencyRecord, AgreementRecord, GraphRecord } from '../src/model/graphModel.js';
import { AGENCIES, AGREEMENTS } from './agencies.js';
import { addBackground } from './background.js';
import { WorldBuilder } from './builder.js';
import { buildCells } from './cells.js';
import { DEMO_FIXTURES, LOCAL_FIXTURES, fixtureIds } from './fixtures.js';
import { nameSkeleton } from './names.js';
import { addCellTies, PairSet } from './links.js';
import { addListings } from './listings.js';
import { addNetwork } from './network.js';
import { addOrganisations, addWatchlists } from './orgs.js';
import { addPlaces } from './places.js';
import { addScripted } from './scripted.js';
import { addCellTravel } from './travel.js';

export { DEMO_FIXTURES };

export interface DemoWorld {
  agencies: AgencyRecord[];
  agreements: AgreementRecord[];
  records: GraphRecord[];
  summary: Record<string, number | string>;
  /** Ground truth for network analytics: each planted cell, its leaders and members. */
  cells: Array<{ key: string; agency: string; leaders: string[]; members: string[] }>;
}

/** The default seed is the date of the Paris attacks that opened the sharing debate. */
export function buildDemoWorld(seed = 20151113): DemoWorld {
  const b = new WorldBuilder(seed);
  b.reserve(fixtureIds());
  for (const f of Object.values(LOCAL_FIXTURES)) if (f.type === 'Person') b.nameKeys.add(nameSkeleton(f.name));
  addPlaces(b);
  addOrganisations(b);
  addWatchlists(b);
  const pairs = new PairSet();
  const cells = buildCells(b);
  for (const cell of cells) addCellTies(b, pairs, cell);
  addScripted(b, cells, pairs);
  const { brokers } = addNetwork(b, pairs, cells);
  const escorts = cells.find((c) => c.spec.key === 'istanbul')?.members.filter((m) => !m.leader) ?? [];
  const outcomes = cells.flatMap((cell) => addCellTravel(b, pairs, cell, escorts));
  addListings(b, cells, outcomes);
  addBackground(b, pairs, cells);
  const records = b.records();
  return {
    agencies: AGENCIES.map((a) => ({ ...a })),
    agreements: AGREEMENTS.map((a) => ({ ...a })),
    records,
    cells: cells.map((c) => ({
      key: c.spec.key,
      agency: c.spec.agency,
      leaders: c.leaders.map((m) => b.globalId(m.id)),
      members: c.members.map((m) => b.globalId(m.id)),
    })),
    summary: summarise(records, {
      seed, cells: cells.length, cellMembers: cells.reduce((n, c) => n + c.members.length, 0), brokers: brokers.map((id) => b.globalId(id)).join(' '),
      cellTravellers: outcomes.length, cellCrossed: outcomes.filter((o) => o.crossedAt).length,
      cellDeported: outcomes.filter((o) => o.deportedAt).length, cellReturned: outcomes.filter((o) => o.returnedAt).length,
    }),
  };
}

function bump(out: Record<string, number | string>, key: string): void {
  out[key] = (Number(out[key] ?? 0) || 0) + 1;
}

/** Counts per node type, relationship type, marking and source, after the world-level figures. */
export function summarise(records: GraphRecord[], extra: Record<string, number | string>): Record<string, number | string> {
  const out: Record<string, number | string> = { ...extra, records: records.length, nodes: 0, relationships: 0 };
  for (const r of records) {
    bump(out, r.kind === 'node' ? 'nodes' : 'relationships');
    bump(out, `${r.kind === 'node' ? 'node' : 'rel'}:${r.type}`);
    bump(out, `marking:${r.marking}`);
    bump(out, `${r.kind === 'node' ? 'nodeMarking' : 'relMarking'}:${r.marking}`);
    bump(out, `source:${r.source}`);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b))));
}

/** Plain totals first, then each family of counters together. */
function sortKey(key: string): string {
  return key.includes(':') ? `1${key}` : `0${key}`;
}
