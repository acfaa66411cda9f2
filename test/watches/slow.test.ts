// Slow subscribers (issue 17): a client that stops reading its socket holds at most one alert in the
// server, never slows a writer, is told with SLOW_SUBSCRIBER and the cursor to read on from when it
// reads again, and gets every missed alert once, in order, from the feed; one that never reads again
// is cut off. A raw `ws` client speaks graphql-ws's protocol so that its socket can be paused.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHttpApp } from '../../src/http.js';
import { createServer, limitRules, schema } from '../../src/server.js';
import { createVerifier, signLocalToken } from '../../src/auth/tokens.js';
import { createLogger } from '../../src/logger.js';
import { attachSubscriptions, type LiveServer } from '../../src/watches/subscriptions.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import { until } from '../helpers/until.js';

const SLOW_MS = 2000;
const WATCHES = 40;
const t = testServer({ SKEIN_JWT_SECRET: 'a-test-secret-that-is-long-enough-1234567890' });
const agency = agencyCode('slo');
const seed = gid(agency, 'per');
const SUBSCRIBE = `subscription { alerts { cursor watch { id } recordIds records { id ... on Person { aliases } } } }`;
const INGEST = `mutation($records: [IngestRecordInput!]!) { ingest(records: $records) { summary { created rejected } } }`;

interface Live { url: string; live: LiveServer; stop(): Promise<void> }
let told: Live; // slow past SLOW_MS, cut off only after two minutes: the subscriber reads again before
let cut: Live; // cut off after CUT_MS of accepting nothing
const CUT_MS = 3000;
let apolloStop: () => Promise<void>;

async function startLive(app: ReturnType<typeof createHttpApp>, verify: ReturnType<typeof createVerifier>, slowMs: number, cutAfterMs: number, keepAliveMs?: number): Promise<Live> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const live = attachSubscriptions(server, {
    schema, validationRules: limitRules({ config: t.config }).validationRules, executor: t.executor, verify, auditLog: t.auditLog, pollMs: 250, slowMs, cutAfterMs, keepAliveMs,
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    live,
    stop: async () => {
      await live.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** People linked to the watched seed; `aliases` makes each alert ~400 KB. */
async function newcomers(count: number, aliases: number): Promise<number> {
  const records = Array.from({ length: count }, () => {
    const [person, link] = [gid(agency, 'per'), gid(agency, 'rel')];
    return [
      { kind: 'node', type: 'Person', id: person, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9,
        properties: { name: 'Slow Reader Newcomer', aliases: Array.from({ length: aliases }, (_, i) => `alias ${i} ${'x'.repeat(480)}`) } },
      { kind: 'relationship', type: 'ASSOCIATE_OF', id: link, from: person, to: seed, marking: 'GREEN', reportedAt: '2016-01-01T00:00:00Z', confidence: 0.9, properties: {} },
    ];
  }).flat();
  const t0 = Date.now();
  const res = await t.as(agency, 'INGEST').query<{ ingest: { summary: { rejected: number } } }>(INGEST, { records });
  expect(res.errors).toBeUndefined();
  expect(res.data!.ingest.summary.rejected).toBe(0);
  return Date.now() - t0;
}

type Message = { type: string; id?: string; payload?: any };

/** A graphql-ws client on a raw socket: subscribes, collects what arrives, can stop reading. */
async function rawSubscriber({ url, live }: Live) {
  const token = await signLocalToken(t.config, { agency, role: 'ANALYST' });
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const got: Message[] = [];
  let closed = false;
  ws.on('message', (data) => got.push(JSON.parse(String(data)) as Message));
  ws.on('close', () => (closed = true));
  ws.on('error', () => (closed = true));
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await until(() => got.some((m) => m.type === 'connection_ack'), 10_000);
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIBE } }));
  await until(() => live.subscriptions() === 1, 10_000);
  await new Promise((r) => setTimeout(r, 300)); // started at the present
  return {
    ws,
    alerts: () => got.filter((m) => m.type === 'next').map((m) => m.payload.data.alerts as { cursor: string; watch: { id: string }; recordIds: string[] }),
    errors: () => got.filter((m) => m.type === 'error').flatMap((m) => m.payload as Array<{ message: string; extensions: Record<string, unknown> }>),
    closed: () => closed,
  };
}

/** Every alert after `after`, page after page as a connector reads the feed. */
async function feed(after: string | null) {
  const all: Array<{ cursor: string; watch: { id: string }; recordIds: string[] }> = [];
  for (let page = 0; page < 50; page++) {
    const res = await t.as(agency).query<{ alerts: { cursor: string; hasMore: boolean; alerts: Array<{ cursor: string; watch: { id: string }; recordIds: string[] }> } }>(
      `query($after: String) { alerts(after: $after, first: 500) { cursor hasMore alerts { cursor watch { id } recordIds } } }`, { after });
    expect(res.errors).toBeUndefined();
    all.push(...res.data!.alerts.alerts);
    if (!res.data!.alerts.hasMore) return all;
    after = res.data!.alerts.cursor;
  }
  throw new Error('the feed did not end');
}

beforeAll(async () => {
  await writeWorld(t.executor, [agency], [], [node('Person', seed, agency, 'GREEN', { name: 'Watched Recruiter' })]);
  for (let i = 0; i < WATCHES; i++) {
    const res = await t.as(agency).query(`mutation($input: WatchInput!) { createWatch(input: $input) { id } }`, {
      input: { name: `orbit ${i}`, kind: 'NETWORK', seeds: [seed], depth: 1 },
    });
    expect(res.errors).toBeUndefined();
  }
  const apollo = createServer({ config: t.config, logger: createLogger('silent'), auditLog: t.auditLog });
  await apollo.start();
  apolloStop = () => apollo.stop();
  const verify = createVerifier(t.config);
  const app = createHttpApp({ apollo, executor: t.executor, verify, ready: async () => true });
  // graphql-ws's keep-alive (12 s) would drop the paused client first on a busy box: this server pings less.
  told = await startLive(app, verify, SLOW_MS, 120_000, 120_000);
  cut = await startLive(app, verify, 1000, CUT_MS);
}, 120_000);

afterAll(async () => {
  await told?.stop();
  await cut?.stop();
  await apolloStop?.();
  await t.stop();
  await closeTestDriver();
});

describe('a subscriber that stops reading', () => {
  it('holds one alert in the server, slows no writer, is told where to read on, and loses nothing', async () => {
    const baseline = await newcomers(1, 1);
    const sub = await rawSubscriber(told);
    const before = (await feed(null)).length;
    sub.ws.pause(); // stops reading its socket: the server's writes pile up in the kernel, then in the server
    let held = 0;
    const sampler = setInterval(() => (held = Math.max(held, told.live.buffered())), 10);
    try {
      // 80 alerts of ~400 KB each: more than the kernel's socket buffers took here.
      const bigWrite = await newcomers(20, 40);
      await newcomers(20, 40);
      const smallWrite = await newcomers(1, 1);
      // Writers do not wait for readers: these took what a write takes with nobody subscribed.
      expect(bigWrite).toBeLessThan(baseline * 10 + 5000);
      expect(smallWrite).toBeLessThan(baseline * 3 + 1000);
      // Past SLOW_MS the subscriber is slow (this server cuts off only after two minutes).
      await new Promise((r) => setTimeout(r, SLOW_MS * 1.2));
    } finally {
      clearInterval(sampler);
    }
    const pending = (await feed(null)).length - before;
    expect(pending).toBe(3 * WATCHES);
    // The server kept at most one alert (~800 KB) waiting for this socket, never the 32 MB the outbox holds.
    console.log(`paused subscriber: ${pending} alerts (~${Math.round((pending - WATCHES) * 0.4)} MB) in the outbox, at most ${(held / 1024).toFixed(0)} KB buffered in the server`);
    expect(held).toBeGreaterThan(0); // it did stall
    expect(held).toBeLessThan(1024 * 1024);

    sub.ws.resume(); // reads again: what the socket held, then the news that the subscription ended
    await until(() => sub.errors().length > 0, 20_000);
    const [error] = sub.errors();
    expect(error!.extensions).toMatchObject({ code: 'SLOW_SUBSCRIBER', cursor: expect.any(String) });
    const received = sub.alerts();
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThan(pending);
    expect(error!.extensions.cursor).toBe(received[received.length - 1]!.cursor);
    await until(() => told.live.subscriptions() === 0, 5_000);

    // The feed from that cursor gives the rest: every alert once, in commit order.
    // (Cursors are sealed afresh at every read: alerts are compared by watch and records.)
    const key = (a: { watch: { id: string }; recordIds: string[] }) => `${a.watch.id} ${[...a.recordIds].sort().join(' ')}`;
    const rest = await feed(String(error!.extensions.cursor));
    // From the first alert the subscription delivered: a live subscription starts at the outbox head it
    // reads when it starts, which may already be past the first write of this test.
    const written = (await feed(null)).slice(before);
    const all = written.slice(written.findIndex((a) => key(a) === key(received[0]!)));
    expect([...received, ...rest].map(key)).toEqual(all.map(key));
    expect(new Set(all.map(key)).size).toBe(all.length);
    sub.ws.close();
  }, 120_000);

  it('is cut off when it accepts nothing for the cut-off time', async () => {
    const sub = await rawSubscriber(cut);
    sub.ws.pause();
    await newcomers(20, 40);
    await newcomers(20, 40);
    // The server lets go by itself: no subscription, no buffer left for it.
    const waited = await until(() => cut.live.subscriptions() === 0, CUT_MS + 20_000);
    expect(waited).toBeGreaterThan(0);
    await until(() => cut.live.buffered() === 0, 5_000);
    sub.ws.resume();
    await until(() => sub.closed(), 10_000);
  }, 120_000);
});
