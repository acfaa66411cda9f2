// Trusted documents mode (SKEIN_TRUSTED_DOCUMENTS): only registered operations run, by hash or full text.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { sha256 } from '../../src/ops/trustedDocuments.js';
import { answer, expectMasked, startApi, type RunningApi } from './api.js';

const graph = testExecutor();
const me = agencyCode('trus');
const REGISTERED = 'query WhoAmI { viewer { role agency { code } } }';
const manifest = join(mkdtempSync(join(tmpdir(), 'skein-trusted-')), 'manifest.json');
let api: RunningApi;
let auth: Record<string, string>;

beforeAll(async () => {
  await writeWorld(graph, [me], [], []);
  writeFileSync(manifest, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(REGISTERED), name: 'WhoAmI', type: 'query', body: REGISTERED }] }));
  api = await startApi(graph, { SKEIN_TRUSTED_DOCUMENTS: manifest, SKEIN_RATE_LIMIT_PER_MINUTE: '0' });
  auth = { authorization: `Bearer ${await api.token(me)}` };
});

afterAll(async () => {
  await api.stop();
  await closeTestDriver();
});

const expected = () => ({ data: { viewer: { role: 'ANALYST', agency: { code: me } } } });

it('runs a registered operation by documentId, by persisted-query hash, or by its exact text', async () => {
  for (const body of [
    { documentId: `sha256:${sha256(REGISTERED)}` },
    { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED) } } },
    { query: REGISTERED },
  ]) {
    const a = await answer(api.post(body, auth));
    expect(a.status, a.text).toBe(200);
    expect(a.body).toEqual(expected());
  }
});

it('labels /metrics with the registered operation names (reviewed, bounded)', async () => {
  const text = await (await fetch(`${api.base}/metrics`)).text();
  expect(text).toMatch(/skein_graphql_operation_duration_seconds_count\{operation="WhoAmI",type="query"\} [1-9]/);
});

it('refuses any other operation, even a harmless one, with PERSISTED_QUERY_NOT_FOUND', async () => {
  for (const body of [{ query: '{ viewer { role } }' }, { query: `${REGISTERED} ` }, { documentId: `sha256:${'0'.repeat(64)}` }, {}]) {
    const a = await answer(api.post(body, auth));
    expect(a.status).toBe(400);
    expect(expectMasked(a)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  }
});

it('refuses GET requests', async () => {
  const a = await answer(fetch(`${api.base}/graphql?query=${encodeURIComponent(REGISTERED)}`, { headers: { ...auth, 'apollo-require-preflight': 'true' } }));
  expect(a.status).toBe(405);
  expectMasked(a);
});

it('a manifest whose hash does not match its document stops the start', async () => {
  const bad = join(mkdtempSync(join(tmpdir(), 'skein-trusted-')), 'bad.json');
  writeFileSync(bad, JSON.stringify({ [sha256('query A { viewer { role } }')]: 'query B { viewer { role } }' }));
  await expect(startApi(graph, { SKEIN_TRUSTED_DOCUMENTS: bad })).rejects.toThrow(/SKEIN_TRUSTED_DOCUMENTS: .* is not the sha256 of its document/);
});
