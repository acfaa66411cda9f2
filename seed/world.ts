// The deterministic demo world: agencies, agreements and every record, built from one seed.
import type { AgencyRecord, AgreementRecord, GraphRecord } from '../src/model/graphModel.js';
import { AGENCIES, AGREEMENTS } from './agencies.js';
import { addBackground } from './background.js';
import { WorldBuilder } from './builder.js';
import { buildCells } from './cells.js';
import { fixtureIds } from './fixtures.js';
import { addCellTies, PairSet } from './links.js';
import { addListings } from './listings.js';
import { addNetwork } from './network.js';
import { addOrganisations, addWatchlists } from './orgs.js';
import { addPlaces } from './places.js';
import { addScripted } from './scripted.js';
import { summarise } from './summary.js';
import { addCellTravel } from './travel.js';

export { DEMO_FIXTURES } from './fixtures.js';

export interface DemoWorld {
  agencies: AgencyRecord[];
  agreements: AgreementRecord[];
  records: GraphRecord[];
  summary: Record<string, number | string>;
}

/** The default seed is the date of the Paris attacks that opened the sharing debate. */
export function buildDemoWorld(seed = 20151113): DemoWorld {
  const b = new WorldBuilder(seed);
  b.reserve(fixtureIds());
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
    summary: summarise(records, {
      seed, cells: cells.length, cellMembers: cells.reduce((n, c) => n + c.members.length, 0), brokers: brokers.join(' '),
      travellers: outcomes.length, crossed: outcomes.filter((o) => o.crossedAt).length,
      deported: outcomes.filter((o) => o.deportedAt).length, returned: outcomes.filter((o) => o.returnedAt).length,
    }),
  };
}
