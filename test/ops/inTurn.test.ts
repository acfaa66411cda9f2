// /graphql requests served at once (SKEIN_MAX_IN_FLIGHT): the rest wait in arrival order, give their
// place back when their client leaves, and answer QUERY_TIMEOUT when their deadline comes first.
// The waiting ones are counted in skein_graphql_requests_waiting. One waiting for a batch-statement
// place lends its place meanwhile.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type RequestHandler } from 'express';
import type { Viewer } from '../../src/auth/viewer.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OPS, Ops } from '../../src/ops/ops.js';
import { loadConfig } from '../../src/config.js';
import neo4j, { type Driver } from 'neo4j-driver';
import { GraphExecutor } from '../../src/graph/executor.js';

interface Held {
  id: string;
  release: () => void;
}

/** /graphql behind the ops guards; each request is held until the test releases it. */
async function serve(maxInFlight: number, requestTimeoutMs = 30_000, metrics = false) {
  const ops = new Ops({ ...DEFAULT_OPS, metrics, rateLimitPerMinute: 0, requestTimeoutMs, maxInFlight });
  const started: string[] = [];
  const held: Held[] = [];
  const hold: RequestHandler = (req, res) => {
    const id = String((req.body as { query?: unknown }).query);
    started.push(id);
    held.push({ id, release: () => void res.json({ data: { id } }) });
  };
  const app = express();
  app.use('/graphql', ...ops.graphqlGuards(), hold, ops.errorHandler());
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (id: string, signal?: AbortSignal) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: id }), ...(signal ? { signal } : {}) });
  return { started, held, post, ops };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** Until `check` holds (the server works on its own turns of the event loop). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('requests served at once (maxInFlight)', () => {
  it('serves at most that many; the others start in arrival order as places free up', async () => {
    const s = await serve(2);
    const answers = ['a', 'b', 'c', 'd'].map((id) => s.post(id));
    await until(() => s.started.length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(s.started).toEqual(['a', 'b']);
    s.held.shift()!.release();
    await until(() => s.started.length === 3);
    expect(s.started).toEqual(['a', 'b', 'c']);
    s.held.shift()!.release();
    await until(() => s.started.length === 4);
    for (const h of s.held.splice(0)) h.release();
    const bodies = await Promise.all(answers.map(async (a) => (await a).json()));
    expect(bodies).toEqual(['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })));
  });

  it('a client that leaves while waiting gives its place back', async () => {
    const s = await serve(1);
    const first = s.post('first');
    await until(() => s.started.length === 1);
    const leaving = new AbortController();
    const gone = s.post('gone', leaving.signal).catch(() => 'aborted');
    const next = s.post('next');
    await new Promise((r) => setTimeout(r, 50));
    leaving.abort();
    expect(await gone).toBe('aborted');
    await new Promise((r) => setTimeout(r, 50));
    s.held.shift()!.release();
    // "gone" never runs; "next" gets the place.
    await until(() => s.started.length === 2);
    expect(s.started).toEqual(['first', 'next']);
    s.held.shift()!.release();
    expect((await (await first).json()).data.id).toBe('first');
    expect((await (await next).json()).data.id).toBe('next');
  });

  it('a request whose deadline comes while it waits is answered QUERY_TIMEOUT, and never runs', async () => {
    const s = await serve(1, 300);
    const first = s.post('first');
    await until(() => s.started.length === 1);
    const late = await s.post('late');
    expect(late.status).toBe(503);
    expect(((await late.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('QUERY_TIMEOUT');
    s.held.shift()!.release();
    await first;
    await new Promise((r) => setTimeout(r, 50));
    expect(s.started).toEqual(['first']);
  });

  it('counts the requests waiting in skein_graphql_requests_waiting', async () => {
    const s = await serve(1, 30_000, true);
    const waiting = async () => /^skein_graphql_requests_waiting (\d+)$/m.exec(await s.ops.metrics!.registry.metrics())?.[1];
    const answers = ['a', 'b', 'c'].map((id) => s.post(id));
    await until(() => s.started.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(await waiting()).toBe('2');
    for (let i = 0; i < 3; i++) {
      await until(() => s.held.length > 0);
      s.held.shift()!.release();
    }
    await Promise.all(answers);
    expect(await waiting()).toBe('0');
  });

  it('serves every request at once with 0', async () => {
    const s = await serve(0);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((id) => s.post(id));
    await until(() => s.started.length === 5);
    for (const h of s.held.splice(0)) h.release();
    await Promise.all(answers);
  });

  it('is 24 by default (SKEIN_MAX_IN_FLIGHT), 0 turns it off, a negative value is refused', () => {
    expect(loadConfig({ SKEIN_DATA_DIR: '/tmp/x' }).ops.maxInFlight).toBe(24);
    expect(DEFAULT_OPS.maxInFlight).toBe(24);
    expect(loadConfig({ SKEIN_DATA_DIR: '/tmp/x', SKEIN_MAX_IN_FLIGHT: '0' }).ops.maxInFlight).toBe(0);
    expect(() => loadConfig({ SKEIN_DATA_DIR: '/tmp/x', SKEIN_MAX_IN_FLIGHT: '-1' })).toThrow(/SKEIN_MAX_IN_FLIGHT/);
  });

  it('a request waiting for a batch-statement place lends its place to the next request meanwhile', async () => {
    const ops = new Ops({ ...DEFAULT_OPS, metrics: false, rateLimitPerMinute: 0, requestTimeoutMs: 30_000, maxInFlight: 1 });
    // Never connects: only the executor's batch gate is used.
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'));
    drivers.push(driver);
    const executor = new GraphExecutor(driver, { database: undefined, timeoutMs: 30_000, batchStatements: 1 });
    let unblock!: () => void;
    const blocker = executor.inTurn(() => new Promise<void>((r) => (unblock = r))); // another request's long batch
    const started: string[] = [];
    const app = express();
    app.use(
      '/graphql',
      ...ops.graphqlGuards(),
      (async (req, res) => {
        const id = String((req.body as { query?: unknown }).query);
        started.push(id);
        if (id === 'batch') await executor.within(ops.scopeOf(res)!.statements).inTurn(async () => started.push('batch ran'));
        res.json({ data: { id } });
      }) as RequestHandler,
      ops.errorHandler(),
    );
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    const post = (id: string) =>
      fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: id }) });
    const batch = post('batch');
    await until(() => started.length === 1);
    // Served although "batch" holds the only place: it lent it while waiting at the batch gate.
    const quick = post('quick').then((r) => r.json());
    const first = await Promise.race([quick, new Promise((r) => setTimeout(() => r('still waiting after 2 s'), 2_000))]);
    unblock();
    expect(first).toEqual({ data: { id: 'quick' } });
    expect(started.slice(0, 2)).toEqual(['batch', 'quick']);
    await blocker;
    expect((await (await batch).json()).data.id).toBe('batch');
    expect(started).toEqual(['batch', 'quick', 'batch ran']);
    // And the place is whole again: one request at a time.
    expect((await (await post('after')).json()).data.id).toBe('after');
  });
});

describe('refused before the queue', () => {
  it('a request refused for its token or its rate is answered at once, without waiting for a place', async () => {
    // 12 a minute: a burst of 2, as in test/ops/hostile.test.ts.
    const ops = new Ops({ ...DEFAULT_OPS, metrics: false, rateLimitPerMinute: 12, requestTimeoutMs: 30_000, maxInFlight: 1 });
    const identified: string[] = [];
    const identify = async (req: Request): Promise<Viewer> => {
      const subject = req.get('x-subject');
      identified.push(subject ?? '(none)');
      if (!subject) throw new Error('no token');
      return { subject, agency: 'NL-INTEL', role: 'ANALYST' };
    };
    let release!: () => void;
    const app = express();
    app.use(
      '/graphql',
      ...ops.graphqlGuards(identify),
      ((_req, res) => {
        const identity = ops.identity(res)!;
        if (identity.refusal !== undefined) return void res.status(identity.viewer ? 429 : 401).json({ refused: String(identity.refusal) });
        if (identity.viewer!.subject === 'holder') return void (release = () => void res.json({ data: 'held' }));
        res.json({ data: identity.viewer!.subject });
      }) as RequestHandler,
      ops.errorHandler(),
    );
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    const post = (subject?: string) =>
      fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(subject ? { 'x-subject': subject } : {}) }, body: '{}' });
    const holder = post('holder');
    await until(() => release !== undefined);
    const within = <T,>(p: Promise<T>) => Promise.race([p, new Promise<'waited'>((r) => setTimeout(() => r('waited'), 2_000))]);
    // No token: refused at once although the only place is taken.
    const none = await within(post());
    expect(none === 'waited' ? none : none.status).toBe(401);
    // One subject's burst of 2 queues behind the holder; its third request is over the rate: refused at once.
    const queued = [post('busy'), post('busy')];
    await until(() => identified.filter((x) => x === 'busy').length === 2);
    const third = await within(post('busy'));
    expect(third === 'waited' ? third : third.status).toBe(429);
    release();
    expect(await (await holder).json()).toEqual({ data: 'held' });
    for (const q of queued) expect(await (await q).json()).toEqual({ data: 'busy' });
  });
});

const drivers: Driver[] = [];
afterEach(async () => {
  for (const d of drivers.splice(0)) await d.close();
});
