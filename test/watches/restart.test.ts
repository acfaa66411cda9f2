// The shipped process: an API killed between a write and its delivery loses nothing. The subscriber
// reconnects to a restarted `npm start` process with its last cursor and gets the alert exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signLocalToken } from '../../src/auth/tokens.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const SECRET = 'a-test-secret-that-is-long-enough-restart-0123456789';
const t = testServer({ SKEIN_JWT_SECRET: SECRET });
const [watcher, writer] = [agencyCode('rst'), agencyCode('rsw')];
const seed = gid(writer, 'per');
const port = 7790 + Math.floor(Math.random() * 50);
const root = fileURLToPath(new URL('../../', import.meta.url));
let api: ChildProcess | undefined;
let watchId: string;

async function startApi(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    cwd: root, stdio: 'ignore',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), SKEIN_PORT: String(port), SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-restart-')), SKEIN_SEED_ON_EMPTY: 'false', SKEIN_LOG_LEVEL: 'warn', SKEIN_WATCH_POLL_MS: '50' },
  });
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child; } catch { /* starting */ }
    if (Date.now() - t0 > 90_000) throw new Error('API not ready in 90 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((r) => child.once('exit', r));
}

async function nextAlert(after: string | undefined): Promise<{ alerts: Array<{ cursor: string; recordIds: string[] }>; close: () => Promise<void> }> {
  const token = await signLocalToken(t.config, { agency: watcher, role: 'ANALYST' });
  const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const alerts: Array<{ cursor: string; recordIds: string[] }> = [];
  client.subscribe<{ alerts: { cursor: string; recordIds: string[] } }>(
    { query: 'subscription($ids: [ID!], $after: String) { alerts(watchIds: $ids, after: $after) { cursor recordIds } }', variables: { ids: [watchId], after } },
    { next: (m) => { if (m.data) alerts.push(m.data.alerts); }, error: () => {}, complete: () => {} },
  );
  return { alerts, close: () => client.dispose() as Promise<void> };
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const INGEST = `mutation($records: [IngestRecordInput!]!) { ingest(records: $records) { summary { rejected } } }`;
async function addIdentifier(): Promise<string> {
  const [idn, holds] = [gid(writer, 'idn'), gid(writer, 'rel')];
  const res = await t.as(writer, 'INGEST').query<{ ingest: { summary: { rejected: number } } }>(INGEST, {
    records: [
      { kind: 'node', type: 'Identifier', id: idn, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: { kind: 'PHONE', value: `+3161${Math.floor(Math.random() * 1e7)}` } },
      { kind: 'relationship', type: 'HOLDS', id: holds, from: seed, to: idn, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: {} },
    ],
  });
  expect(res.data?.ingest.summary.rejected).toBe(0);
  return holds;
}

beforeAll(async () => {
  await writeWorld(t.executor, [watcher, writer], [{ from: writer, to: watcher, upTo: 'AMBER', hitNotification: false }],
    [node('Person', seed, writer, 'CLEAR', { name: 'Restart Person' })]);
  const res = await t.as(watcher).query<{ createWatch: { id: string } }>(`mutation($input: WatchInput!) { createWatch(input: $input) { id } }`, { input: { name: 'r', kind: 'PERSON', target: seed } });
  watchId = res.data!.createWatch.id;
  api = await startApi();
}, 180_000);

afterAll(async () => {
  if (api) { api.kill('SIGKILL'); await exited(api); }
  await t.stop();
  await closeTestDriver();
});

it('a change committed while the API is frozen and then killed is delivered once after a restart', async () => {
  const first = await nextAlert(undefined);
  await new Promise((r) => setTimeout(r, 500));
  const before = await addIdentifier();
  await until(() => first.alerts.length === 1, 20_000);
  const cursor = first.alerts[0]!.cursor;
  // Frozen: it cannot poll or deliver; the write commits meanwhile; then it dies without a word.
  api!.kill('SIGSTOP');
  const missed = await addIdentifier();
  api!.kill('SIGKILL');
  await exited(api!);
  await first.close().catch(() => {});
  api = await startApi();
  const again = await nextAlert(cursor);
  await until(() => again.alerts.length >= 1, 20_000);
  await new Promise((r) => setTimeout(r, 500));
  expect(first.alerts.map((a) => a.recordIds)).toEqual([[before]]);
  expect(again.alerts.map((a) => a.recordIds)).toEqual([[missed]]);
  await again.close();
}, 240_000);
