// Issue 12 finding 1: a valid token for an agency with no :Agency record is refused (UNAUTHENTICATED)
// before any resolver runs, on every path: reads, reference data, ingest, HTTP and the import CLI.
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import { initialLoadProblems } from '../../src/ingest/initial/initialLoad.js';
import { answer, startApi, type RunningApi } from '../ops/api.js';

vi.setConfig({ testTimeout: 120_000 });

const server = testServer();
const known = agencyCode('reg');
const fake = agencyCode('fake'); // never written: no :Agency record
let api: RunningApi;

beforeAll(async () => {
  await writeWorld(server.executor, [known], [], []);
  api = await startApi(server.executor, { SKEIN_RATE_LIMIT_PER_MINUTE: '0' });
});

afterAll(async () => {
  await api.stop();
  await server.stop();
  await closeTestDriver();
});

const stored = async (id: string) => (await server.executor.trustedRead('MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id })).length;
const codes = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('an unregistered agency', () => {
  it.each([
    ['viewer', '{ viewer { role agency { code } } }'],
    ['agencies', '{ agencies { code } }'],
    ['agency', `{ agency(code: "${known}") { code } }`],
    ['__typename only', '{ __typename }'],
  ])('is refused on %s, with no data', async (_name, query) => {
    const res = await server.as(fake).query(query);
    expect(codes(res.errors)).toEqual(['UNAUTHENTICATED']);
    expect(res.data ?? null).toBeNull();
  });

  it('cannot ingest, not even node-only batches, and nothing is written', async () => {
    const id = uid('squat');
    const record = { kind: 'node', type: 'Person', id, marking: 'CLEAR', reportedAt: '2015-06-01T00:00:00Z', confidence: 1, properties: { name: 'Squatter' } };
    const res = await server.as(fake, 'INGEST').query(`mutation($r: [IngestRecordInput!]!) { ingest(records: $r) { summary { created } } }`, { r: [record] });
    expect(codes(res.errors)).toEqual(['UNAUTHENTICATED']);
    expect(await stored(id)).toBe(0);
  });

  it('is refused over HTTP with 401, like a bad token; a registered agency is answered', async () => {
    const refused = await answer(api.post({ query: '{ viewer { role } }' }, { authorization: `Bearer ${await api.token(fake)}` }));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const ok = await answer(api.post({ query: '{ viewer { role } }' }, { authorization: `Bearer ${await api.token(known)}` }));
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });

  it('cannot import through the CLI path, even with --trust-sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skein-fake-'));
    const id = uid('squat');
    const file = join(dir, 'world.ndjson');
    writeFileSync(file, `${JSON.stringify({ kind: 'node', type: 'Person', id, source: fake, marking: 'CLEAR', reportedAt: '2015-06-01T00:00:00Z', confidence: 1, properties: { name: 'Squatter' } })}\n`);
    for (const trustSources of [false, true]) {
      await expect(importFiles(server.executor, { files: [file], agency: fake, trustSources })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
    expect(await stored(id)).toBe(0);
    expect(initialLoadProblems({ dataDir: join(dir, 'none'), agency: fake, trustSources: true })).toContain(`agency ${fake} is not registered`);
  });
});
