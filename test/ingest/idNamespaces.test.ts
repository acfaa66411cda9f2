// Record ids live in the writing agency's namespace (issue 12 finding 3) and a relationship id is one
// record whatever its type (issue 13 item 9). Regressions: before namespaces, ingest answered ID_TAKEN
// for an id another agency had used (hidden or not), so a dry run counted hidden records; and a
// RECRUITED and an ASSOCIATE_OF could share an id, after which the network showed one of them.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { fixtureFile, rejectsOf } from './fixtures.js';
import { importFiles } from '../../src/ingest/import/importer.js';

// First plans of the ingest statements cost seconds on a busy 2-core box.
vi.setConfig({ testTimeout: 120_000 });

const server = testServer();
const A = agencyCode('nsa'); // the caller
const B = agencyCode('nsb'); // shares GREEN with A: its AMBER and RED records are hidden from A

const INGEST = `mutation($records: [IngestRecordInput!]!, $dryRun: Boolean) {
  ingest(records: $records, dryRun: $dryRun) {
    dryRun summary { received created updated unchanged rejected }
    errors { index id code field message }
  } }`;

type Report = { summary: Record<string, number>; errors: Array<{ index: number; id: string | null; code: string; field: string | null; message: string }> };
const ingest = async (agency: string, records: unknown[], dryRun = false) => {
  const res = await server.as(agency, 'INGEST').query<{ ingest: Report }>(INGEST, { records, dryRun });
  expect(res.errors).toBeUndefined();
  return res.data!.ingest;
};

const prov = { marking: 'AMBER', reportedAt: '2015-06-01T00:00:00Z', confidence: 0.8 };
const person = (id: string, name: string) => ({ kind: 'node', type: 'Person', id, ...prov, properties: { name } });
const link = (type: string, id: string, from: string, to: string) => ({ kind: 'relationship', type, id, from, to, ...prov, properties: {} });

/** The answer with the probed id replaced, so two answers compare byte for byte. */
const same = (report: Report, id: string) => JSON.stringify(report).split(id).join('<ID>');

const relationshipsWithId = async (id: string) =>
  server.executor.trustedRead('MATCH ()-[r]->() WHERE r.id = $id RETURN type(r) AS type ORDER BY type', { id });

// B's records, written by B through ingest with its own (local) ids.
const hidden = { person: uid('per'), red: uid('per'), rel: uid('rel'), other: uid('per') };

beforeAll(async () => {
  await writeWorld(server.executor, [A, B], [{ from: B, to: A, upTo: 'GREEN', hitNotification: false }], []);
  const written = await ingest(B, [
    person(hidden.person, 'Hidden Amber'),
    { ...person(hidden.red, 'Hidden Red'), marking: 'RED' },
    person(hidden.other, 'Hidden Other'),
    link('RECRUITED', hidden.rel, hidden.person, hidden.other),
  ]);
  expect(written.summary).toMatchObject({ created: 4, rejected: 0 });
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('ingest: a hidden id answers exactly like an unused one', () => {
  it('dry run with the local id of a hidden node (AMBER and RED) or of a hidden relationship', async () => {
    const mine = uid('per');
    await ingest(A, [person(mine, 'Mine')]);
    for (const id of [hidden.person, hidden.red]) {
      const unused = uid('per');
      const [a, b] = [await ingest(A, [person(id, 'Probe')], true), await ingest(A, [person(unused, 'Probe')], true)];
      expect(same(a, id)).toBe(same(b, unused));
      expect(a).toMatchObject({ summary: { created: 1, rejected: 0 }, errors: [] });
    }
    // A relationship id B used (for a hidden RECRUITED), in the same type and in another one.
    const [far, unusedRel] = [uid('per'), uid('rel')];
    for (const type of ['RECRUITED', 'ASSOCIATE_OF']) {
      const rel = (id: string) => [person(far, 'Far End'), link(type, id, mine, far)];
      const [a, b] = [await ingest(A, rel(hidden.rel), true), await ingest(A, rel(unusedRel), true)];
      expect(same(a, hidden.rel)).toBe(same(b, unusedRel));
      expect(a).toMatchObject({ summary: { created: 2, rejected: 0 }, errors: [] });
    }
  });

  it('written for real, the local id is a record of the caller and B keeps its own', async () => {
    const res = await ingest(A, [person(hidden.person, 'Written By A')]);
    expect(res).toMatchObject({ summary: { created: 1, rejected: 0 }, errors: [] });
    const [row] = await server.executor.trustedRead('MATCH (n:Person) WHERE n.id IN $ids RETURN collect(n.source + "=" + n.name) AS all', {
      ids: [`${A}:${hidden.person}`, `${B}:${hidden.person}`],
    });
    expect([...(row?.all as string[])].sort()).toEqual([`${A}=Written By A`, `${B}=Hidden Amber`].sort());
  });

  it("another agency's global id, hidden or missing, is refused alike (records are keyed in their source's namespace)", async () => {
    const [a, b] = [await ingest(A, [person(`${B}:${hidden.red}`, 'Probe')], true), await ingest(A, [person(`${B}:${uid('per')}`, 'Probe')], true)];
    expect(a.errors[0]).toMatchObject({ code: 'FOREIGN_SOURCE', field: 'id' });
    expect(same(a, `${B}:${hidden.red}`)).toBe(same(b, b.errors[0]!.id!));
    // As an endpoint, a hidden record of B reads like a missing one.
    const mine = uid('per');
    const [c, d] = [
      await ingest(A, [person(mine, 'Mine'), link('ASSOCIATE_OF', uid('rel'), mine, `${B}:${hidden.red}`)], true),
      await ingest(A, [person(mine, 'Mine'), link('ASSOCIATE_OF', uid('rel'), mine, `${B}:${uid('per')}`)], true),
    ];
    expect(c.errors.map((e) => e.code)).toEqual(['UNKNOWN_ENDPOINT']);
    expect(c.summary).toEqual(d.summary);
    expect(c.errors.map((e) => [e.code, e.message])).toEqual(d.errors.map((e) => [e.code, e.message]));
  });
});

describe('a relationship id is unique across relationship types', () => {
  const people = async () => {
    const [p, q] = [uid('per'), uid('per')];
    await ingest(A, [person(p, 'Recruiter'), person(q, 'Recruit')]);
    return [p, q] as const;
  };

  it('a RECRUITED and an ASSOCIATE_OF with the same id in two calls: the second is refused, dry or not', async () => {
    const [p, q] = await people();
    const id = uid('rel');
    expect((await ingest(A, [link('RECRUITED', id, p, q)])).summary).toMatchObject({ created: 1 });
    for (const dryRun of [true, false]) {
      const second = await ingest(A, [link('ASSOCIATE_OF', id, p, q)], dryRun);
      expect(second).toMatchObject({ summary: { created: 0, rejected: 1 }, errors: [{ index: 0, id, code: 'TYPE_CONFLICT', field: 'type' }] });
    }
    expect(await relationshipsWithId(`${A}:${id}`)).toEqual([{ type: 'RECRUITED' }]);
    // The recruitment stays where every query looks for it.
    const res = await server.as(A).query<{ person: { recruits: { totalCount: number } }; neighbourhood: { edges: Array<{ type: string }> } }>(
      `query($p: ID!) { person(id: $p) { recruits { totalCount } } neighbourhood(ids: [$p], depth: 1) { edges { type } } }`,
      { p: `${A}:${p}` },
    );
    expect(res.data?.person.recruits.totalCount).toBe(1);
    expect(res.data?.neighbourhood.edges.map((e) => e.type)).toEqual(['RECRUITED']);
  });

  it('within one call the earlier of the pair is DUPLICATE and only the later is written', async () => {
    const [p, q] = await people();
    const id = uid('rel');
    const res = await ingest(A, [link('RECRUITED', id, p, q), link('ASSOCIATE_OF', id, q, p)]);
    expect(res).toMatchObject({ summary: { created: 1, rejected: 1 }, errors: [{ index: 0, id, code: 'DUPLICATE' }] });
    expect(await relationshipsWithId(`${A}:${id}`)).toEqual([{ type: 'ASSOCIATE_OF' }]);
  });

  it('concurrent calls with one id in two types leave exactly one relationship', async () => {
    const [p, q] = await people();
    const ids = Array.from({ length: 4 }, () => uid('rel'));
    await Promise.all(ids.flatMap((id) => [ingest(A, [link('RECRUITED', id, p, q)]), ingest(A, [link('ASSOCIATE_OF', id, q, p)])]));
    for (const id of ids) expect(await relationshipsWithId(`${A}:${id}`)).toHaveLength(1);
  });

  it('concurrent calls with one id in the same type leave exactly one relationship (created once, then unchanged)', async () => {
    const [p, q] = await people();
    const ids = Array.from({ length: 4 }, () => uid('rel'));
    const reports = await Promise.all(ids.flatMap((id) => [ingest(A, [link('RECRUITED', id, p, q)]), ingest(A, [link('RECRUITED', id, p, q)])]));
    for (const id of ids) expect(await relationshipsWithId(`${A}:${id}`)).toEqual([{ type: 'RECRUITED' }]);
    for (let k = 0; k < ids.length; k++) {
      const pair = [reports[2 * k]!.summary, reports[2 * k + 1]!.summary];
      expect(pair.map((s) => [s.created, s.unchanged]).sort()).toEqual([[0, 1], [1, 0]]);
    }
  });

  it('two concurrent CLI imports of one id in two types leave exactly one relationship', async () => {
    const [p, q] = await people();
    const ids = Array.from({ length: 3 }, () => uid('rel'));
    const files = (['RECRUITED', 'ASSOCIATE_OF'] as const).map((type) =>
      fixtureFile(`concurrent-${type}.ndjson`, ids.map((id) => JSON.stringify(link(type, id, p, q))).join('\n')),
    );
    const reports = await Promise.all(files.map((file) => importFiles(server.executor, { files: [file], agency: A, batchSize: 1 })));
    expect(reports.map((r) => r.totals.created + r.totals.rejected)).toEqual([ids.length, ids.length]);
    expect(reports.reduce((n, r) => n + r.totals.created, 0)).toBe(ids.length);
    for (const id of ids) expect(await relationshipsWithId(`${A}:${id}`)).toHaveLength(1);
  });

  it('the transactional CLI import agrees: in one batch the later record wins, across batches the later is refused', async () => {
    const [p, q] = await people();
    for (const [batchSize, kept, code] of [[5000, 'ASSOCIATE_OF', 'DUPLICATE'], [1, 'RECRUITED', 'TYPE_CONFLICT']] as const) {
      const id = uid('rel');
      const file = fixtureFile('cross-type.ndjson', [link('RECRUITED', id, p, q), link('ASSOCIATE_OF', id, q, p)].map((r) => JSON.stringify(r)).join('\n'));
      const report = await importFiles(server.executor, { files: [file], agency: A, batchSize });
      expect(report.totals).toMatchObject({ read: 2, created: 1, rejected: 1 });
      expect(rejectsOf(file).map((r) => [r.line, r.code])).toEqual([[batchSize === 1 ? 2 : 1, code]]);
      expect(await relationshipsWithId(`${A}:${id}`)).toEqual([{ type: kept }]);
    }
  });
});
