// Read-after-write across requests: a write hands back bookmarks (x-skein-bookmarks), and a read that
// sends them waits for that write, which on a cluster may have landed on another member.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { answer, expectMasked, startApi, type RunningApi } from './api.js';

const graph = testExecutor();
const me = agencyCode('book');
let api: RunningApi;

beforeAll(async () => {
  await writeWorld(graph, [me], [], []);
  api = await startApi(graph, { SKEIN_RATE_LIMIT_PER_MINUTE: '0' });
});

afterAll(async () => {
  await api.stop();
  await closeTestDriver();
});

const INGEST = 'mutation($records: [IngestRecordInput!]!) { ingest(records: $records) { summary { created } } }';
const READ = 'query($id: ID!) { person(id: $id) { id name } }';

it('a write returns bookmarks; a read sending them sees the write', async () => {
  const id = gid(me, 'bm'); // global: `<AGENCY>:<localId>`
  const writer = { authorization: `Bearer ${await api.token(me, 'INGEST')}` };
  const record = { kind: 'node', type: 'Person', id, marking: 'AMBER', reportedAt: '2020-01-01T00:00:00Z', confidence: 0.9, properties: { name: 'Bookmark Person' } };
  const res = await api.post({ query: INGEST, variables: { records: [record] } }, writer);
  expect(res.status).toBe(200);
  const bookmarks = res.headers.get('x-skein-bookmarks');
  expect(bookmarks).toMatch(/^[A-Za-z0-9+/=:_-]+(,[A-Za-z0-9+/=:_-]+)*$/);
  expect(((await res.json()) as any).data.ingest.summary.created).toBe(1);

  const reader = { authorization: `Bearer ${await api.token(me)}`, 'x-skein-bookmarks': bookmarks! };
  const read = await answer(api.post({ query: READ, variables: { id } }, reader));
  expect(read.status).toBe(200);
  expect(read.body).toEqual({ data: { person: { id, name: 'Bookmark Person' } } });
  // A read hands no bookmarks back: there is nothing new to wait for.
  const again = await api.post({ query: READ, variables: { id } }, reader);
  expect(again.headers.get('x-skein-bookmarks')).toBeNull();
});

it('a bookmark naming no known transaction is a coded input error', async () => {
  const reader = { authorization: `Bearer ${await api.token(me)}`, 'x-skein-bookmarks': 'FB:not-a-real-bookmark' };
  const a = await answer(api.post({ query: READ, variables: { id: 'nobody' } }, reader));
  expect(a.status).toBeLessThan(500);
  expect(expectMasked(a)).toEqual(['BAD_USER_INPUT']);
});
