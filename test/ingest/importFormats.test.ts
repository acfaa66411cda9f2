// File import (the CLI's code path, in-process) against the real Neo4j: each format round-trips a
// fixture, bad rows are reported by line while good ones go in, re-imports change nothing, dry runs write nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import type { ImportOptions } from '../../src/ingest/import/options.js';
import { countsOf, fixture, fixtureFile, rejectsOf } from './fixtures.js';

// The first use of each ingest statement costs Neo4j a plan of 1-3 s on a busy 2-core box; a test
// meeting several new statements can pass the suite's default 30 s without anything being wrong.
vi.setConfig({ testTimeout: 120_000 });

const server = testServer();
const A = agencyCode('impa');
const B = agencyCode('impb');
const run = (o: Partial<ImportOptions> & { files: string[] }) => importFiles(server.executor, { agency: A, batchSize: 4, ...o });

beforeAll(async () => {
  await writeWorld(server.executor, [A, B], [], []);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('NDJSON', () => {
  it('round-trips the fixture world, relationships before their endpoints included', async () => {
    const p = uid('nd');
    const file = fixture('world.ndjson', p);
    // Batches of one: the first line (a relationship) is written before its endpoints are read.
    const report = await run({ files: [file], batchSize: 1 });
    expect(report.totals).toMatchObject({ read: 22, created: 22, rejected: 0, nodes: 11, relationships: 11 });
    expect(report.deferred).toBe(1);
    expect(report.files[0]!.rejectsFile).toBeNull();
    const res = await server.as(A).query(`{ person(id: "${A}:${p}-per-1") { name aliases birthDate nationalities provenance { source marking sourceRef }
      documents { edges { node { number issuedOn } } } recruits { edges { node { id } link { properties } } } } travel(id: "${A}:${p}-trv-1") { arrivedAt from { id } to { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.person).toMatchObject({
      name: 'Yassin Ouardi',
      aliases: ['Abu Yassin', 'Y. Ouardi'],
      birthDate: '1988-04-12',
      nationalities: ['BE', 'MA'],
      provenance: { source: A, marking: 'GREEN', sourceRef: 'FIX-1' },
      documents: { edges: [{ node: { number: 'EK 123456', issuedOn: '2012-02-01' } }] },
      recruits: { edges: [{ node: { id: `${A}:${p}-per-2` }, link: { properties: { at: '2014-03-01', channel: 'in person', place: 'Molenbeek' } } }] },
    });
    expect(res.data?.travel).toEqual({ arrivedAt: '2014-09-02T08:10:00.000Z', from: { id: `${A}:${p}-loc-bru` }, to: { id: `${A}:${p}-loc-ist` } });
  });

  it('importing the same file twice leaves the counts unchanged and reports it unchanged', async () => {
    const p = uid('tw');
    const file = fixture('world.ndjson', p);
    await run({ files: [file] });
    const before = await countsOf(server.executor, p);
    const again = await run({ files: [file], batchSize: 5000 });
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 22, rejected: 0 });
    expect(await countsOf(server.executor, p)).toEqual(before);
    expect(before).toEqual({ nodes: 11, relationships: 11, distinctRelationships: 11 });
  });

  it('node batches written in parallel give the same graph', async () => {
    const p = uid('par');
    const report = await run({ files: [fixture('world.ndjson', p)], batchSize: 2, parallel: 3 });
    expect(report.totals).toMatchObject({ read: 22, created: 22, rejected: 0, nodes: 11, relationships: 11 });
    expect(await countsOf(server.executor, p)).toEqual({ nodes: 11, relationships: 11, distinctRelationships: 11 });
  });

  it('two relationship batches in flight give the report, rejects and graph of one at a time, ids repeated across batches and types', async () => {
    // Batches of 3 over 60 links drawn from 12 ids: repeats land in other batches, in the same type
    // (updates, changed endpoints) and in the other type (type conflicts). That the later of two batches
    // sharing an id waits is proven in writeQueue.test.ts (here the lock is usually taken in submission
    // order anyway); this checks that the whole import agrees with one batch at a time.
    const lines = (p: string) => {
      let seed = 7;
      const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
      const base = { marking: 'GREEN', reportedAt: '2020-01-01T00:00:00Z', confidence: 0.9 };
      const people = Array.from({ length: 6 }, (_, k) => ({ kind: 'node', type: 'Person', id: `${p}-per-${k}`, ...base, properties: { name: `Person ${k}` } }));
      const links = Array.from({ length: 60 }, (_, k) => {
        const recruited = next(3) === 0;
        const from = next(6);
        return {
          kind: 'relationship',
          type: recruited ? 'RECRUITED' : 'ASSOCIATE_OF',
          id: `${p}-rel-${next(12)}`,
          from: `${p}-per-${from}`,
          to: `${p}-per-${(from + 1 + next(5)) % 6}`,
          ...base,
          properties: recruited ? { channel: `c${next(3)}` } : { relation: `r${next(3)}` },
        };
      });
      return [...people, ...links].map((r) => JSON.stringify(r)).join('\n');
    };
    const stored = async (p: string) =>
      (
        await server.executor.trustedRead(
          `MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $p RETURN type(r) AS type, r.id AS id, a.id AS from, b.id AS to, properties(r) AS props ORDER BY id`,
          { p: `${A}:${p}-` },
        )
      ).map((r) => {
        const props = r.props as Record<string, unknown>;
        const strip = (v: unknown) => String(v).replace(`${A}:${p}-`, '');
        return [r.type, strip(r.id), strip(r.from), strip(r.to), props.channel ?? props.relation];
      });
    const outcomes = [];
    for (const relationshipParallel of [1, 2]) {
      const p = uid(`rp${relationshipParallel}`);
      const file = fixtureFile('repeats.ndjson', lines(p));
      const report = await run({ files: [file], batchSize: 3, relationshipParallel });
      outcomes.push({ totals: report.totals, rejects: rejectsOf(file).map((r) => [r.line, r.code]), graph: await stored(p) });
    }
    expect(outcomes[0]!.totals).toMatchObject({ read: 66, nodes: 6 });
    expect(outcomes[0]!.rejects.map(([, code]) => code)).toEqual(expect.arrayContaining(['DUPLICATE', 'TYPE_CONFLICT']));
    expect(outcomes[0]!.totals.updated).toBeGreaterThan(0);
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('stores the name keys screening looks people up by and search names, so a re-import keeps them and stays unchanged', async () => {
    const p = uid('keys');
    const file = fixture('world.ndjson', p);
    await run({ files: [file] });
    const keysOf = async () => {
      const [row] = await server.executor.trustedRead('MATCH (n:Person {id: $id}) RETURN n.nameKeys AS keys, n.nameTokens AS tokens, n.names AS names, [n.name] + coalesce(n.aliases, []) AS expected', { id: `${A}:${p}-per-1` });
      return row as { keys: string[]; tokens: string[]; names: string[]; expected: string[] };
    };
    const first = await keysOf();
    expect(first.keys.length).toBeGreaterThan(0);
    expect(first.tokens.length).toBeGreaterThan(0);
    // Search's fuzzy field (search/names.ts) too.
    expect(first.names).toEqual(first.expected);
    expect((await run({ files: [file] })).totals).toMatchObject({ updated: 0, unchanged: 22 });
    expect(await keysOf()).toEqual(first);
  });

  it('a dry run judges everything and writes nothing', async () => {
    const p = uid('dry');
    const report = await run({ files: [fixture('world.ndjson', p)], dryRun: true });
    expect(report).toMatchObject({ dryRun: true, totals: { created: 22, rejected: 0 } });
    expect(await countsOf(server.executor, p)).toEqual({ nodes: 0, relationships: 0, distinctRelationships: 0 });
  });

  it('reports each bad row by line and imports the good ones', async () => {
    const p = uid('bad');
    const file = fixture('bad.ndjson', p);
    const report = await run({ files: [file] });
    expect(report.totals).toMatchObject({ read: 12, created: 3, rejected: 9 });
    const rejects = rejectsOf(file);
    expect(rejects.map((r) => [r.line, r.code])).toEqual(
      expect.arrayContaining([
        [2, 'INVALID'], // missing id
        [3, 'INVALID'], // unknown type
        [4, 'UNKNOWN_ENDPOINT'], // relationship to an unknown id
        [5, 'INVALID'], // wrong marking
        [6, 'FOREIGN_SOURCE'], // another agency's source
        [7, 'MALFORMED'], // not JSON
        [8, 'INVALID'], // impossible date
        [9, 'INVALID'], // unknown property
        [12, 'ENDPOINT_TYPE'],
      ]),
    );
    expect(rejects).toHaveLength(9);
    expect(rejects.find((r) => r.line === 5)?.reason).toMatch(/^marking:/);
    expect(await countsOf(server.executor, p)).toMatchObject({ nodes: 2, relationships: 1 });
  });

  it('records of another agency cannot be changed through a file either: the same ids are the importer own records', async () => {
    const p = uid('oth');
    const file = fixture('world.ndjson', p);
    await run({ files: [file] });
    // B's import of the same file writes B's records, in B's namespace; A's stay as they were.
    const report = await run({ files: [file], agency: B });
    expect(report.totals).toMatchObject({ created: 22, rejected: 0 });
    expect(await countsOf(server.executor, p)).toEqual({ nodes: 22, relationships: 22, distinctRelationships: 22 });
    const [row] = await server.executor.trustedRead('MATCH (n:Person {id: $id}) RETURN n.source AS source', { id: `${A}:${p}-per-1` });
    expect(row).toEqual({ source: A });
    // Naming A's record by its global id as a record of one's own is refused.
    const foreign = fixture('world.ndjson', p);
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(foreign, readFileSync(foreign, 'utf8').replaceAll(`"id": "${p}-`, `"id": "${A}:${p}-`));
    const refused = await run({ files: [foreign], agency: B });
    expect(refused.totals).toMatchObject({ created: 0, updated: 0, unchanged: 0, rejected: 22 });
    expect(new Set(rejectsOf(foreign).map((r) => r.code))).toEqual(new Set(['FOREIGN_SOURCE']));
  });
});

describe('CSV', () => {
  it('round-trips one file per type, in any order, with bad rows reported by line', async () => {
    const p = uid('csv');
    const dir = fixture('csv', p);
    const files = readdirSync(dir).sort().map((f) => join(dir, f)); // Document, HOLDS, Person, RECRUITED
    const report = await run({ files });
    expect(report.totals).toMatchObject({ created: 9, rejected: 3, nodes: 5, relationships: 4 });
    expect(rejectsOf(join(dir, 'Person.csv')).map((r) => [r.line, r.code])).toEqual([[5, 'INVALID'], [6, 'MALFORMED']]);
    expect(rejectsOf(join(dir, 'HOLDS.csv')).map((r) => [r.line, r.code])).toEqual([[4, 'UNKNOWN_ENDPOINT']]);
    expect(existsSync(`${join(dir, 'Document.csv')}.rejects.ndjson`)).toBe(false);
    const res = await server.as(A).query(`{ person(id: "${A}:${p}-cp-2") { name nationalities provenance { marking validFrom confidence } recruitedBy { edges { node { id } } } }
      p1: person(id: "${A}:${p}-cp-1") { aliases documents { totalCount } } }`);
    expect(res.data).toEqual({
      person: { name: 'Belhadi, Karim', nationalities: ['BE'], provenance: { marking: 'GREEN', validFrom: '2014-01-01T00:00:00.000Z', confidence: 0.6 }, recruitedBy: { edges: [{ node: { id: `${A}:${p}-cp-1` } }] } },
      p1: { aliases: ['Abu Yassin', 'Y. Ouardi'], documents: { totalCount: 2 } },
    });
  });

  it('needs a type: from --type or the file name', async () => {
    const p = uid('csvt');
    const dir = fixture('csv', p);
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, 'Person.csv'), join(dir, 'people.csv'));
    const unnamed = await run({ files: [join(dir, 'people.csv')] });
    expect(unnamed.totals).toMatchObject({ created: 0, rejected: 1 });
    const typed = await run({ files: [join(dir, 'people.csv')], csvType: 'Person' });
    expect(typed.totals).toMatchObject({ created: 3 });
  });
});

describe('FollowTheMoney', () => {
  it('maps people, organisations, documents, links, addresses, trips and sanctions; counts unmapped schemata', async () => {
    const p = uid('ftm');
    const file = fixture('sanctions.ftm.json', p);
    const report = await run({ files: [file], ftm: { marking: 'GREEN', reportedAt: '2024-05-01T00:00:00Z', confidence: 0.9 } });
    expect(report.unmappedSchemata).toEqual({ Payment: 1, Vessel: 2 });
    expect(report.totals).toMatchObject({ nodes: 12, relationships: 12, rejected: 2 });
    expect(rejectsOf(file).map((r) => [r.line, r.code])).toEqual([[21, 'UNKNOWN_ENDPOINT'], [22, 'MALFORMED']]);
    const res = await server.as(A).query(`{ person(id: "${A}:${p}-ftm-per-1") { name aliases nationalities birthDate provenance { marking confidence sourceRef }
      watchlistEntries { edges { node { name kind } link { properties } } } memberships { edges { node { name } link { properties } } }
      documents { edges { node { number kind issuingCountry } } } family { totalCount } travels { edges { node { mode from { label } to { label } } } } }
      p3: person(id: "${A}:${p}-ftm-per-3") { name gender } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.person).toMatchObject({
      name: 'Abdelkader Fictif',
      aliases: ['Abd al-Qadir Fictif', 'Abu Fictif'],
      nationalities: ['TN', 'FR'],
      birthDate: '1979-02-03',
      provenance: { marking: 'GREEN', confidence: 0.9, sourceRef: 'fixture_sanctions' },
      watchlistEntries: { edges: [{ node: { name: `${p}-Fictional Treasury: Counter Terrorism`, kind: 'SANCTIONS' }, link: { properties: { added: '2016-03-04', reason: 'Recruitment and facilitation' } } }] },
      memberships: { edges: [{ node: { name: 'Fictional Relief Foundation' }, link: { properties: { role: 'Financier', since: '2013-05-01' } } }] },
      documents: { edges: [{ node: { number: 'TN 7654321', kind: 'PASSPORT', issuingCountry: 'TN' } }] },
      family: { totalCount: 1 },
      travels: { edges: [{ node: { mode: 'LAND', from: { label: '12 Rue Imaginaire, Tunis' }, to: { label: 'Gaziantep' } } }] },
    });
    expect(res.data?.p3).toEqual({ name: 'Leila Inventee', gender: 'female' });
  });
});

describe('every format', () => {
  const FTM = { marking: 'GREEN', reportedAt: '2024-05-01T00:00:00Z', confidence: 0.9 } as const;
  const inputs = (p: string): Array<[string, Partial<ImportOptions> & { files: string[] }]> => {
    const dir = fixture('csv', p);
    return [
      ['NDJSON with bad rows', { files: [fixture('bad.ndjson', p)] }],
      ['CSV', { files: readdirSync(dir).sort().map((f) => join(dir, f)) }],
      ['FtM', { files: [fixture('sanctions.ftm.json', p)], ftm: FTM }],
    ];
  };
  const verdicts = (r: Awaited<ReturnType<typeof run>>) => ({ ...r.totals, files: r.files.map((f) => [f.read, f.rejected]) });

  it.each(['ndjson', 'csv', 'ftm'])('%s: a dry run writes nothing and judges every record as the real run then does', async (format) => {
    const p = uid(`dr${format}`);
    const [, input] = inputs(p).find(([name]) => name.toLowerCase().startsWith(format))!;
    const dry = await run({ ...input, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(await countsOf(server.executor, p)).toEqual({ nodes: 0, relationships: 0, distinctRelationships: 0 });
    const dryRejects = input.files.filter((f) => existsSync(`${f}.rejects.ndjson`)).map((f) => rejectsOf(f).map((r) => [r.line, r.code]));
    const real = await run(input);
    expect(verdicts(dry)).toEqual(verdicts(real));
    expect(input.files.filter((f) => existsSync(`${f}.rejects.ndjson`)).map((f) => rejectsOf(f).map((r) => [r.line, r.code]))).toEqual(dryRejects);
    expect(dry.totals.rejected).toBeGreaterThan(0);
    expect((await countsOf(server.executor, p)).nodes).toBe(real.totals.nodes);
  });

  it.each(['ndjson', 'csv', 'ftm'])('%s: importing the same files twice leaves node and relationship counts unchanged', async (format) => {
    const p = uid(`tw${format}`);
    const [, input] = inputs(p).find(([name]) => name.toLowerCase().startsWith(format))!;
    const first = await run(input);
    const before = await countsOf(server.executor, p);
    expect(before).toMatchObject({ nodes: first.totals.nodes, relationships: first.totals.relationships, distinctRelationships: first.totals.relationships });
    const again = await run({ ...input, batchSize: 5000 });
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: first.totals.created, rejected: first.totals.rejected });
    expect(await countsOf(server.executor, p)).toEqual(before);
  });
});
