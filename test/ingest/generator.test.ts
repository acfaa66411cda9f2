// The synthetic world generator: deterministic for a seed, valid records only, endpoints before
// relationships, planted duplicates written to the truth file.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld } from '../../src/generator/world.js';
import { validateRecord } from '../../src/ingest/validate.js';
import { ENDPOINTS } from '../../src/model/endpoints.js';
import { MARKINGS, type NodeType } from '../../src/model/graphModel.js';
import { drawName, fullName, givenNames, type Origin } from '../../src/generator/names.js';
import { Rng } from '../../src/generator/random.js';
import { nameTokens } from '../../src/identity/normalise.js';
import { lookupKeys, nameVariants, personKeys } from '../../src/identity/nameKeys.js';
import { variantSimilarity } from '../../src/identity/score.js';
import { resolveRef } from '../../src/model/ids.js';

const dir = mkdtempSync(join(tmpdir(), 'skein-gen-'));
const gen = (seed: number, name: string) => generateWorld({ people: 1500, seed, out: join(dir, name) });

describe('world generator', () => {
  it('is deterministic for a seed and differs across seeds', async () => {
    await gen(3, 'a.ndjson');
    await gen(3, 'b.ndjson');
    await gen(4, 'c.ndjson');
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    expect(read('a.ndjson')).toBe(read('b.ndjson'));
    expect(read('a.ndjson.truth.json')).toBe(read('b.ndjson.truth.json'));
    expect(read('a.ndjson')).not.toBe(read('c.ndjson'));
  });

  it('writes valid records, nodes first, relationships between existing endpoints of the right types', async () => {
    const summary = await gen(9, 'v.ndjson');
    const lines = readFileSync(join(dir, 'v.ndjson'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(summary.nodes + summary.relationships);
    const types = new Map<string, NodeType>();
    const relIds = new Set<string>();
    const markings = new Set<string>();
    const sources = new Set<string>();
    for (const line of lines) {
      const v = validateRecord(JSON.parse(line), { agency: 'EU-POLICE', trustSources: true });
      if (!v.ok) throw new Error(`${v.rejection.message}: ${line}`);
      const r = v.record;
      markings.add(r.marking);
      sources.add(r.source);
      if (r.kind === 'node') {
        expect(relIds.size).toBe(0);
        expect(types.has(r.id)).toBe(false);
        types.set(r.id, r.type);
        continue;
      }
      // Relationship ids are unique across all types.
      expect(relIds.has(r.id)).toBe(false);
      relIds.add(r.id);
      expect(ENDPOINTS[r.type][0]).toContain(types.get(r.from));
      expect(ENDPOINTS[r.type][1]).toContain(types.get(r.to));
    }
    expect([...markings].sort()).toEqual([...MARKINGS].sort());
    expect(sources.size).toBe(8);
    for (const t of ['RECRUITED', 'MEMBER_OF', 'MADE', 'FROM', 'USED', 'LISTED_ON', 'COMMUNICATED_WITH', 'HOLDS']) expect(summary.byType[t]).toBeGreaterThan(0);

    const truth = JSON.parse(readFileSync(join(dir, 'v.ndjson.truth.json'), 'utf8')) as { pairs: Array<[string, string]> };
    expect(truth.pairs.length).toBe(summary.duplicates);
    expect(truth.pairs.length).toBeGreaterThan(10);
    for (const [a, b] of truth.pairs) expect([types.get(a), types.get(b)]).toEqual(['Person', 'Person']);
  });

  it('plants duplicates as the truth file says: another agency, a transliterated name, a second passport', async () => {
    type Rec = { kind: string; type: string; id: string; from: string; to: string; source: string; properties: Record<string, unknown> };
    const records = readFileSync(join(dir, 'v.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Rec);
    // Records name each other by global id: a local id in the record's source namespace, or AGENCY:id.
    const key = (id: string, source: string) => resolveRef(id, source)!;
    const byId = new Map(records.filter((r) => r.kind === 'node').map((r) => [key(r.id, r.source), r]));
    const passports = new Map<string, Rec[]>();
    for (const r of records) {
      if (r.type !== 'HOLDS' || byId.get(key(r.to, r.source))?.properties.kind !== 'PASSPORT') continue;
      const from = key(r.from, r.source);
      passports.set(from, [...(passports.get(from) ?? []), byId.get(key(r.to, r.source))!]);
    }
    const truth = JSON.parse(readFileSync(join(dir, 'v.ndjson.truth.json'), 'utf8')) as { seed: number; people: number; pairs: Array<[string, string]> };
    expect(truth).toMatchObject({ seed: 9, people: 1500 });
    const planted = new Set(truth.pairs.flat());
    // Every record that is not in the truth file is a distinct human: no unplanted "-d" records.
    expect([...byId.entries()].filter(([id, r]) => r.type === 'Person' && id.endsWith('-d') && !planted.has(id))).toEqual([]);
    for (const [a, b] of truth.pairs) {
      const [original, duplicate] = [byId.get(a)!, byId.get(b)!];
      expect(duplicate.source).not.toBe(original.source);
      expect(duplicate.properties.name).not.toBe(original.properties.name);
      expect(duplicate.properties.gender).toBe(original.properties.gender);
      const [own, second] = [passports.get(a)!, passports.get(b)!];
      expect(own).toHaveLength(1);
      expect(second).toHaveLength(1);
      expect(second[0]!.properties.number).not.toBe(own[0]!.properties.number);
    }
  });

  it('draws names as varied as a real population: thousands of surnames per origin, few exact namesakes', () => {
    for (const origin of ['maghreb', 'turkish', 'indonesian', 'european'] as Origin[]) {
      const rng = new Rng(5, origin.length);
      const names = Array.from({ length: 20_000 }, () => drawName(rng, origin));
      expect(new Set(names.map((n) => n.surname)).size).toBeGreaterThan(2500);
      expect(new Set(names.map(fullName)).size).toBeGreaterThan(15_000);
    }
  });

  it('writes every given name in spellings the matcher joins: the same lookup keys, a variant-level score', () => {
    for (const origin of ['maghreb', 'turkish', 'indonesian', 'european'] as Origin[]) {
      for (const [canonical, ...others] of givenNames(origin)) {
        const keys = personKeys({ name: `${canonical} Testername`, birthDate: '1990-01-01' }).nameKeys;
        for (const other of others) {
          expect(lookupKeys(nameVariants(`${other} Testername`), '1990-01-01').some((k) => keys.includes(k)), `${canonical} / ${other}`).toBe(true);
          expect(variantSimilarity(nameTokens(`${canonical} Testername`), nameTokens(`${other} Testername`)), `${canonical} / ${other}`).toBeGreaterThanOrEqual(0.92);
        }
      }
    }
  });

  it('has heavy-tailed contact degrees: a few hubs, most people with few links', async () => {
    const lines = readFileSync(join(dir, 'v.ndjson'), 'utf8').trim().split('\n');
    const degree = new Map<string, number>();
    for (const line of lines) {
      const r = JSON.parse(line) as { kind: string; type: string; from: string; to: string; source: string };
      if (r.kind !== 'relationship' || (r.type !== 'COMMUNICATED_WITH' && r.type !== 'ASSOCIATE_OF')) continue;
      for (const id of [r.from, r.to].map((x) => resolveRef(x, r.source)!)) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(10 * median);
  });
});
