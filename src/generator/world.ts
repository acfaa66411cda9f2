// The synthetic world generator: `generateWorld({ people, seed, out })` streams NDJSON in the native
// format (nodes first, then relationships) and `OUT.truth.json` with the planted duplicate pairs.
// Deterministic for a seed; memory does not grow with the number of people.
import { Emitter, prov, type Agency } from './emit.js';
import { LineWriter } from '../ingest/import/lineWriter.js';
import { PLACES } from './places.js';
import { coprimeStride, Rng } from './random.js';
import { emitDuplicate, emitPerson, homeOf } from './person.js';
import { cellOf, emitCell, emitLinks, emitListings, emitStatics, type World } from './network.js';
import { emitTravel } from './travel.js';

export interface GenerateOptions {
  people: number;
  seed: number;
  out: string;
  /** Id prefix, so several worlds can share a database. */
  prefix?: string;
  /** Share of people with a planted duplicate record. */
  duplicateRate?: number;
}

export interface GenerateSummary {
  people: number;
  seed: number;
  nodes: number;
  relationships: number;
  duplicates: number;
  byType: Record<string, number>;
  out: string;
  truth: string;
}

async function emitPlaces(e: Emitter, w: World): Promise<void> {
  const rng = new Rng(w.seed, 0, 8);
  const loc = (key: string) => `${w.prefix}-loc-${key}`;
  for (const p of PLACES) {
    const props = { name: p.name, kind: p.kind, countryCode: p.cc, latitude: p.lat, longitude: p.lon, ...(p.iata ? { iata: p.iata } : {}) };
    await e.node('Location', loc(p.key), props, { ...prov(rng, 'EU-POLICE', Date.UTC(2013, 0, 1), 'CLEAR'), confidence: 1 });
  }
  for (const p of PLACES) if (p.parent) await e.rel('LOCATED_IN', `${loc(p.key)}-in`, loc(p.key), loc(p.parent), { ...prov(rng, 'EU-POLICE', Date.UTC(2013, 0, 1), 'CLEAR'), confidence: 1 });
}

/** Who reports the duplicate: an agency other than the person's own (Turkey sees most re-entries). */
function duplicateReporter(rng: Rng, own: Agency): Agency {
  const candidates = (['TR-INTEL', 'EU-POLICE', 'NL-INTEL', 'BE-INTEL', 'FR-INTEL'] as const).filter((a) => a !== own);
  return rng.pick(candidates);
}

export async function generateWorld(o: GenerateOptions, onProgress?: (done: number, total: number) => void): Promise<GenerateSummary> {
  const w: World = { seed: o.seed, people: o.people, prefix: o.prefix ?? 'gen', stride: coprimeStride(o.people) };
  const e = new Emitter(o.out);
  const truth = new LineWriter(`${o.out}.truth.json`);
  await truth.write(JSON.stringify({ seed: o.seed, people: o.people, note: 'pairs of Person ids that are the same human' }).replace(/}$/, ',"pairs":['));
  await emitPlaces(e, w);
  await emitStatics(e, w);
  let duplicates = 0;
  for (let i = 0; i < o.people; i++) {
    const rng = new Rng(o.seed, i, 1);
    const p = await emitPerson(e, rng, i, w.prefix);
    if (p.home !== homeOf(w.seed, i)) throw new Error(`generator: person ${i}'s home is not its first draw`);
    const cell = cellOf(w, i);
    if (cell) await emitCell(e, rng, w, i, p, cell);
    await emitLinks(e, rng, w, i, p, cell);
    const crossed = await emitTravel(e, rng, w, i, p, cell !== undefined);
    await emitListings(e, rng, w, i, p, cell?.offset === 0, crossed);
    if (rng.chance(o.duplicateRate ?? 0.02)) {
      const reporter = duplicateReporter(rng, p.home.agency);
      const dup = { id: await emitDuplicate(e, rng, i, w.prefix, p, reporter), reporter };
      // Global ids, as the API names the records once imported.
      await truth.write(`${duplicates ? ',' : ''}${JSON.stringify([`${p.home.agency}:${p.id}`, `${dup.reporter}:${dup.id}`])}`);
      duplicates += 1;
    }
    if (i % 5000 === 0) onProgress?.(i, o.people);
  }
  await truth.write(']}');
  await truth.close();
  await e.close();
  onProgress?.(o.people, o.people);
  return { people: o.people, seed: o.seed, nodes: e.nodes, relationships: e.relationships, duplicates, byType: e.counts, out: o.out, truth: truth.path };
}
