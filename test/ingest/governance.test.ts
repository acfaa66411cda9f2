// `retract` and `erase` lines in the import formats (ingest/governance.ts) against the real Neo4j, through
// the `ingest` mutation and the import CLI's code path: the same rules as the `retract` / `erase`
// mutations (own records only, tombstones), per-line rejects where another agency's record and a missing
// one read alike, and a second run that changes nothing and says so.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import { fixtureFile } from './fixtures.js';

vi.setConfig({ testTimeout: 120_000 });

const server = testServer();
const A = agencyCode('gova'); // imports and governs its records
const B = agencyCode('govb'); // A shares up to AMBER with B; B owns one record of its own
const theirs = `${B}:per-${uid('b')}`;

const INGEST = `mutation($records: [IngestRecordInput!]!, $dryRun: Boolean) {
  ingest(records: $records, dryRun: $dryRun) {
    summary { received created updated unchanged retracted erased rejected }
    errors { index id code field message }
  } }`;
const ingest = (records: unknown[], role: 'ADMIN' | 'INGEST' = 'ADMIN', dryRun = false) => server.as(A, role).query(INGEST, { records, dryRun });

const prov = { marking: 'GREEN', reportedAt: '2015-06-01T00:00:00Z', confidence: 0.8 };
const person = (id: string, name: string) => ({ kind: 'node', type: 'Person', id, ...prov, properties: { name } });
const seen = async (agency: string, ids: string[]) => {
  const res = await server.as(agency).query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
  expect(res.errors).toBeUndefined();
  return (res.data!.nodes as Array<{ id: string } | null>).filter((n) => n !== null).map((n) => n!.id);
};
const tombstoneOf = async (id: string) => (await server.executor.trustedRead('MATCH (t:Tombstone {id: $id}) RETURN t.reason AS reason, t.erasedBy AS by, count { (n:Entity {id: $id}) } AS nodes', { id }))[0];

beforeAll(async () => {
  await writeWorld(server.executor, [A, B], [{ from: A, to: B, upTo: 'AMBER', hitNotification: false }], [node('Person', theirs, B, 'GREEN', { name: 'Bee Record' })]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('retract and erase lines in the ingest mutation', () => {
  it('retract and erase own records, reject the rest per line, and change nothing when run again', async () => {
    const [kept, gone] = [uid('gk'), uid('gg')];
    const records = [
      person(kept, 'Kept But Retracted'),
      person(gone, 'Erased Soon'),
      { kind: 'retract', id: kept, reason: 'source withdrew the report' },
      { kind: 'erase', id: gone, reason: 'retention ended' },
      { kind: 'retract', id: uid('nobody'), reason: 'no such record' },
      { kind: 'retract', id: theirs, reason: "another agency's record" },
      { kind: 'erase', id: gone },
    ];
    const first = await ingest(records);
    expect(first.errors).toBeUndefined();
    const report = first.data!.ingest;
    expect(report.summary).toEqual({ received: 7, created: 2, updated: 0, unchanged: 0, retracted: 1, erased: 1, rejected: 3 });
    expect(report.errors.map((e: { index: number; code: string; field: string | null }) => [e.index, e.code, e.field])).toEqual([
      [4, 'NOT_FOUND', 'id'],
      [5, 'FOREIGN_SOURCE', 'id'],
      [6, 'INVALID', 'reason'],
    ]);
    // The retracted record is gone for B and for A's analysts, and kept for A's ADMIN; the erased one left a tombstone.
    expect(await seen(B, [`${A}:${kept}`])).toEqual([]);
    expect(await seen(A, [`${A}:${kept}`])).toEqual([]);
    expect((await server.as(A, 'ADMIN').query(`query($id: ID!) { node(id: $id) { id } }`, { id: `${A}:${kept}` })).data!.node).toEqual({ id: `${A}:${kept}` });
    expect(await tombstoneOf(`${A}:${gone}`)).toMatchObject({ reason: 'retention ended', nodes: 0 });

    const again = await ingest(records);
    expect(again.data!.ingest.summary).toEqual({ received: 7, created: 0, updated: 0, unchanged: 3, retracted: 0, erased: 0, rejected: 4 });
    expect(again.data!.ingest.errors.map((e: { index: number; code: string }) => [e.index, e.code])).toEqual([
      [1, 'ERASED'], // an erased record is not written again
      [4, 'NOT_FOUND'],
      [5, 'FOREIGN_SOURCE'],
      [6, 'INVALID'],
    ]);
    expect(await seen(B, [`${A}:${kept}`])).toEqual([]);
  });

  it('answers a line naming an erased-before, an unknown and another agency\'s global id with the same code', async () => {
    const res = await ingest([
      { kind: 'retract', id: `${A}:${uid('never')}`, reason: 'x' },
      { kind: 'erase', id: `${A}:${uid('never')}`, reason: 'x' },
    ]);
    expect(res.data!.ingest.errors.map((e: { code: string; message: string }) => e.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('needs the ADMIN role for retract and erase lines, and a dry run writes nothing', async () => {
    const id = uid('gd');
    const byIngest = await ingest([person(id, 'Dry Person'), { kind: 'retract', id, reason: 'not mine to decide' }], 'INGEST');
    expect(byIngest.data!.ingest.summary).toMatchObject({ created: 1, retracted: 0, rejected: 1 });
    expect(byIngest.data!.ingest.errors[0]).toMatchObject({ index: 1, code: 'NOT_ALLOWED', field: 'kind' });
    const dry = await ingest([{ kind: 'erase', id, reason: 'checking' }, { kind: 'retract', id: uid('new'), reason: 'x' }, person(uid('new2'), 'New In Call')], 'ADMIN', true);
    expect(dry.data!.ingest.summary).toMatchObject({ erased: 1, rejected: 1, created: 1 });
    expect(await seen(A, [`${A}:${id}`])).toEqual([`${A}:${id}`]);
    expect(await tombstoneOf(`${A}:${id}`)).toBeUndefined();
  });
});

describe('retract and erase lines in the import CLI', () => {
  it('apply after the records read before them, report per line in the rejects file, and a second run changes nothing', async () => {
    const [p, q] = [uid('cp'), uid('cq')];
    const text = [
      person(p, 'Cli Retracted'),
      person(q, 'Cli Erased'),
      { kind: 'retract', id: p, reason: 'bulk retraction' },
      { kind: 'erase', id: q, reason: 'bulk erasure' },
      { kind: 'erase', id: uid('missing'), reason: 'bulk erasure' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const file = fixtureFile('governance.ndjson', `${text}\n`);
    const first = await importFiles(server.executor, { agency: A, files: [file], batchSize: 2 });
    expect(first.totals).toMatchObject({ read: 5, created: 2, retracted: 1, erased: 1, rejected: 1 });
    const rejects = readFileSync(first.files[0]!.rejectsFile!, 'utf8');
    expect(rejects).toContain('NOT_FOUND');
    expect(rejects.trim().split('\n')).toHaveLength(1);
    expect(await seen(B, [`${A}:${p}`, `${A}:${q}`])).toEqual([]);
    expect(await tombstoneOf(`${A}:${q}`)).toMatchObject({ reason: 'bulk erasure', by: 'npm run import', nodes: 0 });
    const second = await importFiles(server.executor, { agency: A, files: [file], batchSize: 2 });
    expect(second.totals).toMatchObject({ read: 5, created: 0, updated: 0, retracted: 0, erased: 0, unchanged: 3, rejected: 2 });
  });
});
