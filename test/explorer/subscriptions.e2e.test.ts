// End to end: the explorer page in headless Debian Chromium runs a subscription through its own
// GraphiQL fetcher (graphql-ws, the header editor's token) and receives a live alert.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { testServer } from '../helpers/server.js';
import { startLiveServer, type LiveServer } from '../helpers/liveServer.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const CHROMIUM = '/usr/bin/chromium';
const t = testServer({ SKEIN_JWT_SECRET: 'an-explorer-test-secret-that-is-long-enough-0987654321' });
const [watcher, writer] = [agencyCode('exp'), agencyCode('exw')];
const seed = gid(writer, 'per');
let live: LiveServer;
let base: string;
let browser: Browser;
let watchId: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  await writeWorld(t.executor, [watcher, writer], [{ from: writer, to: watcher, upTo: 'GREEN', hitNotification: false }],
    [node('Person', seed, writer, 'CLEAR', { name: 'Explorer Person' })]);
  const res = await t.as(watcher).query<{ createWatch: { id: string } }>(`mutation($i: WatchInput!) { createWatch(input: $i) { id } }`, { i: { name: 'e', kind: 'PERSON', target: seed } });
  watchId = res.data!.createWatch.id;
  live = await startLiveServer(t, watcher);
  base = live.base;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await live?.close();
  await t.stop();
  await closeTestDriver();
});

it('the explorer runs a subscription over graphql-ws with its token and shows a live alert', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/graphiql`);
  await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
  const first = page.evaluate(async (id) => {
    const query = `subscription Live($ids: [ID!]) { alerts(watchIds: $ids) { change recordIds } }`;
    // The page's own GraphiQL fetcher, called as GraphiQL calls it (with the parsed operation): a
    // subscription goes to its graphql-ws client.
    const documentAST = { kind: 'Document', definitions: [{ kind: 'OperationDefinition', operation: 'subscription', name: { kind: 'Name', value: 'Live' }, selectionSet: { kind: 'SelectionSet', selections: [] } }] };
    const result = await (window as any).eval('fetcher')({ query, operationName: 'Live', variables: { ids: [id] } }, { documentAST });
    for await (const value of result) return value;
    return null;
  }, watchId);
  await new Promise((r) => setTimeout(r, 1500));
  const holds = gid(writer, 'rel');
  const res = await t.as(writer, 'INGEST').query<{ ingest: { summary: { rejected: number } } }>(`mutation($r: [IngestRecordInput!]!) { ingest(records: $r) { summary { rejected } } }`, {
    r: [
      { kind: 'node', type: 'Identifier', id: `${holds}-i`, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: { kind: 'EMAIL', value: `${holds}@example.org` } },
      { kind: 'relationship', type: 'HOLDS', id: holds, from: seed, to: `${holds}-i`, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: {} },
    ],
  });
  expect(res.data?.ingest.summary.rejected).toBe(0);
  const value = (await first) as { data: { alerts: { change: string; recordIds: string[] } } };
  if (!value?.data) throw new Error(`no data: ${JSON.stringify(value)}`);
  expect(value.data.alerts).toEqual({ change: 'INGEST', recordIds: [holds] });
  expect(errors).toEqual([]);
}, 120_000);
