import { AGENCIES, AGREEMENTS } from "./agencies.js";
import { addBackground } from "./background.js";
import { WorldBuilder } from "./builder.js";
import { buildCells } from "./cells.js";
import { DEMO_FIXTURES, fixtureIds } from "./fixtures.js";
import { nameSkeleton } from "./names.js";
import { addCellTies, PairSet } from "./links.js";
import { addListings } from "./listings.js";
import { addNetwork } from "./network.js";
import { addOrganisations, addWatchlists } from "./orgs.js";
import { addPlaces } from "./places.js";
import { addScripted } from "./scripted.js";
import { addCellTravel } from "./travel.js";
function buildDemoWorld(seed = 20151113) {
  const b = new WorldBuilder(seed);
  b.reserve(fixtureIds());
  for (const f of Object.values(DEMO_FIXTURES)) if (f.type === "Person") b.nameKeys.add(nameSkeleton(f.name));
  addPlaces(b);
  addOrganisations(b);
  addWatchlists(b);
  const pairs = new PairSet();
  const cells = buildCells(b);
  for (const cell of cells) addCellTies(b, pairs, cell);
  addScripted(b, cells, pairs);
  const { brokers } = addNetwork(b, pairs, cells);
  const escorts = cells.find((c) => c.spec.key === "istanbul")?.members.filter((m) => !m.leader) ?? [];
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
      leaders: c.leaders.map((m) => m.id),
      members: c.members.map((m) => m.id)
    })),
    summary: summarise(records, {
      seed,
      cells: cells.length,
      cellMembers: cells.reduce((n, c) => n + c.members.length, 0),
      brokers: brokers.join(" "),
      cellTravellers: outcomes.length,
      cellCrossed: outcomes.filter((o) => o.crossedAt).length,
      cellDeported: outcomes.filter((o) => o.deportedAt).length,
      cellReturned: outcomes.filter((o) => o.returnedAt).length
    })
  };
}
function bump(out, key) {
  out[key] = (Number(out[key] ?? 0) || 0) + 1;
}
function summarise(records, extra) {
  const out = { ...extra, records: records.length, nodes: 0, relationships: 0 };
  for (const r of records) {
    bump(out, r.kind === "node" ? "nodes" : "relationships");
    bump(out, `${r.kind === "node" ? "node" : "rel"}:${r.type}`);
    bump(out, `marking:${r.marking}`);
    bump(out, `${r.kind === "node" ? "nodeMarking" : "relMarking"}:${r.marking}`);
    bump(out, `source:${r.source}`);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b))));
}
function sortKey(key) {
  return key.includes(":") ? `1${key}` : `0${key}`;
}
export {
  DEMO_FIXTURES,
  buildDemoWorld,
  summarise
};
