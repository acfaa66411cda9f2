import { Emitter, prov } from "./emit.js";
import { LineWriter } from "../ingest/import/lineWriter.js";
import { PLACES } from "./places.js";
import { coprimeStride, Rng } from "./random.js";
import { emitDuplicate, emitPerson } from "./person.js";
import { cellOf, emitCell, emitLinks, emitListings, emitStatics } from "./network.js";
import { emitTravel } from "./travel.js";
async function emitPlaces(e, w) {
  const rng = new Rng(w.seed, 0, 8);
  const loc = (key) => `${w.prefix}-loc-${key}`;
  for (const p of PLACES) {
    const props = { name: p.name, kind: p.kind, countryCode: p.cc, latitude: p.lat, longitude: p.lon, ...p.iata ? { iata: p.iata } : {} };
    await e.node("Location", loc(p.key), props, { ...prov(rng, "EU-POLICE", Date.UTC(2013, 0, 1), "CLEAR"), confidence: 1 });
  }
  for (const p of PLACES) if (p.parent) await e.rel("LOCATED_IN", `${loc(p.key)}-in`, loc(p.key), loc(p.parent), { ...prov(rng, "EU-POLICE", Date.UTC(2013, 0, 1), "CLEAR"), confidence: 1 });
}
function duplicateReporter(rng, own) {
  const candidates = ["TR-INTEL", "EU-POLICE", "NL-INTEL", "BE-INTEL", "FR-INTEL"].filter((a) => a !== own);
  return rng.pick(candidates);
}
async function generateWorld(o, onProgress) {
  const w = { seed: o.seed, people: o.people, prefix: o.prefix ?? "gen", stride: coprimeStride(o.people) };
  const e = new Emitter(o.out);
  const truth = new LineWriter(`${o.out}.truth.json`);
  await truth.write(JSON.stringify({ seed: o.seed, people: o.people, note: "pairs of Person ids that are the same human" }).replace(/}$/, ',"pairs":['));
  await emitPlaces(e, w);
  await emitStatics(e, w);
  let duplicates = 0;
  for (let i = 0; i < o.people; i++) {
    const rng = new Rng(o.seed, i, 1);
    const p = await emitPerson(e, rng, i, w.prefix);
    const cell = cellOf(w, i);
    if (cell) await emitCell(e, rng, w, i, p, cell);
    await emitLinks(e, rng, w, i, p, cell);
    const crossed = await emitTravel(e, rng, w, i, p, cell !== void 0);
    await emitListings(e, rng, w, i, p, cell?.offset === 0, crossed);
    if (rng.chance(o.duplicateRate ?? 0.02)) {
      const dup = await emitDuplicate(e, rng, i, w.prefix, p, duplicateReporter(rng, p.home.agency));
      await truth.write(`${duplicates ? "," : ""}${JSON.stringify([p.id, dup])}`);
      duplicates += 1;
    }
    if (i % 5e3 === 0) onProgress?.(i, o.people);
  }
  await truth.write("]}");
  await truth.close();
  await e.close();
  onProgress?.(o.people, o.people);
  return { people: o.people, seed: o.seed, nodes: e.nodes, relationships: e.relationships, duplicates, byType: e.counts, out: o.out, truth: truth.path };
}
export {
  generateWorld
};
