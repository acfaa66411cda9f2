// Two API *processes* on one Neo4j, as they ship (`npm start` with NEO4J_URI, no NODE_ENV), one
// graphql-ws subscriber each: every alert reaches each subscriber exactly once (issue 17 acceptance).
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signLocalToken } from '../../src/auth/tokens.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import { startApiProcess, stopApiProcess, type ApiProcess } from '../helpers/apiProcess.js';

const SECRET = 'a-test-secret-for-two-processes-1234567890';
const t = testServer({ SKEIN_JWT_SECRET: SECRET });
const [watcher, writer] = [agencyCode('twp'), agencyCode('twr')];
const seed = gid(writer, 'per');
const SUBSCRIBE = `subscription($ids: [ID!]) { alerts(watchIds: $ids) { cursor recordIds } }`;

const apis: ApiProcess[] = [];

let watchId: string;

beforeAll(async () => {
  await writeWorld(t.executor, [watcher, writer], [{ from: writer, to: watcher, upTo: 'AMBER', hitNotification: false }],
    [node('Person', seed, writer, 'CLEAR', { name: 'Twice Watched' })]);
  const res = await t.as(watcher).query<{ createWatch: { id: string } }>(`mutation($input: WatchInput!) { createWatch(input: $input) { id } }`, {
    input: { name: 'two processes', kind: 'PERSON', target: seed },
  });
  watchId = res.data!.createWatch.id;
  // One after the other: the first compiles build/ when stale, the second finds it built.
  for (let i = 0; i < 2; i++) apis.push(await startApiProcess(inject('neo4jUri'), SECRET, { SKEIN_WATCH_POLL_MS: '50' }));
}, 400_000);

afterAll(async () => {
  const codes = await Promise.all(apis.map(stopApiProcess));
  await t.stop();
  await closeTestDriver();
  expect(codes).toEqual(apis.map(() => 0));
}, 60_000);

async function subscriber(port: number) {
  const token = await signLocalToken(t.config, { agency: watcher, role: 'ANALYST' });
  const c: Client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0,
  });
  const got: string[][] = [];
  const errors: unknown[] = [];
  const stop = c.subscribe<{ alerts: { recordIds: string[] } }>({ query: SUBSCRIBE, variables: { ids: [watchId] } }, {
    next: (m) => (m.data ? got.push(m.data.alerts.recordIds) : errors.push(m.errors)), error: (e) => errors.push(e), complete: () => {},
  });
  return { got, errors, close: async () => { stop(); await c.dispose(); } };
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function addLeg(): Promise<string> {
  const [leg, made] = [gid(writer, 'trv'), gid(writer, 'rel')];
  const res = await t.as(writer, 'INGEST').query<{ ingest: { summary: { rejected: number } } }>(
    `mutation($records: [IngestRecordInput!]!) { ingest(records: $records) { summary { rejected } } }`, {
      records: [
        { kind: 'node', type: 'Travel', id: leg, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: { mode: 'AIR', departedAt: '2016-02-01T10:00:00Z' } },
        { kind: 'relationship', type: 'MADE', id: made, from: seed, to: leg, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: {} },
      ],
    });
  expect(res.data?.ingest.summary.rejected).toBe(0);
  return made;
}

it('each of two API processes delivers each alert once to its own subscriber, and both stop on SIGTERM', async () => {
  const subs = [await subscriber(apis[0]!.port), await subscriber(apis[1]!.port)];
  await new Promise((r) => setTimeout(r, 500)); // both subscriptions started at the present
  const made = [await addLeg(), await addLeg(), await addLeg()];
  await until(() => subs.every((s) => s.got.length >= 3), 30_000);
  await new Promise((r) => setTimeout(r, 500)); // nothing else arrives
  for (const s of subs) {
    expect(s.errors).toEqual([]);
    expect(s.got).toEqual(made.map((m) => [m]));
    await s.close();
  }
}, 90_000);
