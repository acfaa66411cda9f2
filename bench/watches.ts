// Watches benchmark (issue 17): while the import CLI (its own process) loads BENCH_RECORDS records
// that land in watched networks, BENCH_SUBSCRIBERS graphql-ws subscribers follow BENCH_WATCHES
// network watches. It reports
// - commit-to-delivery latency: from the moment a change's transaction is visible to a reader (a
//   probe in this process polls the outbox every BENCH_PROBE_MS; the commit lies between the start
//   of the poll before and the start of the poll that first sees it) to the moment a subscriber here
//   receives the alert. Alerts are mapped to their change by opening their cursors with the
//   database's cursor key, so no timestamp written inside the transaction is trusted;
// - the import's throughput with watches on vs off: the same data into the same base world, passes
//   interleaved in one run (BENCH_PASSES, e.g. "off,on,on,off"), each into a fresh Neo4j with the API
//   running (idle for "off"), the import CLI as a data team runs it;
// - memory per idle subscriber: the API's heap and RSS after a forced GC (through the inspector)
//   before and after the subscribers connect.
// `npm run bench:watches` (BENCH_SUBSCRIBERS=500, BENCH_WATCHES=200, BENCH_RECORDS=100000,
// BENCH_BASE_PEOPLE=5000, BENCH_PASSES=off,on, BENCH_FANOUT=own: each subscriber follows one watch;
// all: every subscriber follows every watch). BENCH_BASE_STORE=DIR keeps the base world's stopped
// store between runs (BENCH_BASE_ONLY=1 only builds it), so a timed run spends its minutes on passes.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { stopChild } from './children.js';
import { startLocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { generateWorld } from '../src/generator/world.js';
import { importFiles } from '../src/ingest/import/importer.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { loadConfig } from '../src/config.js';
import { signLocalToken } from '../src/auth/tokens.js';
import { cursorKey, openPosition } from '../src/watches/cursor.js';
import { OUTBOX_HEAD } from '../src/watches/outbox.js';
import { int } from '../src/graph/params.js';
import { percentiles } from './timing.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const WATCHES = Number(process.env.BENCH_WATCHES ?? 200);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const BASE_PEOPLE = Number(process.env.BENCH_BASE_PEOPLE ?? 5000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5000);
const PASSES = (process.env.BENCH_PASSES ?? 'off,on').split(',').map((p) => p.trim()) as Array<'on' | 'off'>;
const FANOUT = process.env.BENCH_FANOUT === 'all' ? 'all' : 'own';
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 20);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 7740);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 7741);
const INSPECT_PORT = Number(process.env.BENCH_INSPECT_PORT ?? 7742);
const SECRET = 'bench-watches-secret-that-is-long-enough-0123456789';
const AGENCY = 'EU-POLICE';
if (PASSES.some((p) => p !== 'on' && p !== 'off')) throw new Error('BENCH_PASSES: a list of on and off');
const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'skein-bench-watches-'));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function openDb(dataDir: string) {
  const db = await startLocalNeo4j({ port: DB_PORT, dataDir, heap: '2g', pageCache: '512m', txTimeout: '600s' });
  const driver = createDriver(db.uri, { uri: db.uri, user: 'neo4j', password: '', database: undefined, queryTimeoutMs: 600_000 });
  const executor = new GraphExecutor(driver, { database: undefined, timeoutMs: 600_000 });
  return { uri: db.uri, pid: db.pid, executor, stop: async () => { await driver.close(); await db.stop(); } };
}

/**
 * The base world, built once (BENCH_BASE_STORE keeps it between runs: a bench run then spends its
 * minutes on the passes) and copied, stopped, for each pass: every pass starts from the same store.
 */
async function baseStore(): Promise<string> {
  const dir = process.env.BENCH_BASE_STORE ?? join(work, 'base-store');
  const marker = join(dir, 'skein-bench-base.json');
  const wanted = JSON.stringify({ people: BASE_PEOPLE, seed: 7 });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const baseFile = join(work, 'base.ndjson');
  await generateWorld({ people: BASE_PEOPLE, seed: 7, out: baseFile, prefix: 'bw', duplicateRate: 0 });
  const db = await openDb(dir);
  try {
    await applyMigrations(db.executor);
    await writeAgencies(db.executor, [{ code: AGENCY, name: 'EU police (bench)', country: 'EU' }], []);
    const r = await importFiles(db.executor, { files: [baseFile], agency: AGENCY, trustSources: true, batchSize: 5000 });
    if (r.totals.rejected) throw new Error(`${r.totals.rejected} base records rejected`);
    await db.executor.trustedWrite("MATCH (n:Entity) SET n.marking = 'CLEAR', n.markingRank = 0");
  } finally {
    await db.stop();
  }
  writeFileSync(marker, wanted);
  return dir;
}

async function freshDb(base: string) {
  const dataDir = mkdtempSync(join(work, 'neo4j-'));
  cpSync(base, dataDir, { recursive: true });
  const db = await openDb(dataDir);
  await applyMigrations(db.executor);
  const people = (await db.executor.trustedRead('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((r) => String(r.id));
  return { ...db, people, stop: async () => { await db.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}

/**
 * New people, each linked to an existing person (so half the records are links that may land in a
 * watched network), written pair by pair: the import alternates node and link batches, so alerts come
 * all through the load, while it writes.
 */
async function writeLoadFile(file: string, targets: string[]): Promise<void> {
  const out = createWriteStream(file);
  const pairs = Math.floor(RECORDS / 2);
  const prov = `"source":"${AGENCY}","marking":"CLEAR","reportedAt":"2020-01-01T00:00:00Z","confidence":0.8`;
  for (let i = 0; i < pairs; i++) {
    const to = targets[(i * 7919) % targets.length]!;
    out.write(`{"kind":"node","type":"Person","id":"bwl-per-${i}",${prov},"properties":{"name":"Bench Person ${i}"}}\n`);
    out.write(`{"kind":"relationship","type":"ASSOCIATE_OF","id":"bwl-rel-${i}","from":"bwl-per-${i}","to":"${to}",${prov},"properties":{}}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/**
 * One new person linked into the first watch's network, loaded before each timed import (watches on
 * or off): Neo4j plans the write and, with watches on, the live read once, as on any database that
 * has served before. Without it the first pass with watches pays a few seconds of planning that no
 * later import pays (measured: the first live read of a fresh database took 3.4 s, later ones 0.1-0.3 s).
 */
async function writeWarmUpFile(file: string, seed: string, n: number): Promise<void> {
  const prov = `"source":"${AGENCY}","marking":"CLEAR","reportedAt":"2020-01-01T00:00:00Z","confidence":0.8`;
  writeFileSync(file, `{"kind":"node","type":"Person","id":"bwl-warm-${n}",${prov},"properties":{"name":"Warm-up ${n}"}}\n` +
    `{"kind":"relationship","type":"ASSOCIATE_OF","id":"bwl-warm-rel-${n}","from":"bwl-warm-${n}","to":"${seed}",${prov},"properties":{}}\n`);
}

/** The import CLI as a data team runs it (its own process), against the bench's Neo4j. */
async function timedImport(uri: string, file: string) {
  const cli = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file, '--agency', AGENCY, '--trust-sources', '--batch', String(BATCH)], {
    cwd: root, stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: '', SKEIN_DATA_DIR: mkdtempSync(join(work, 'cli-')) },
  });
  let out = '';
  cli.stdout!.on('data', (c: Buffer) => (out += c));
  const code = await new Promise<number | null>((resolve) => cli.on('close', resolve));
  if (code !== 0) throw new Error(`import CLI exited ${code}`);
  const r = JSON.parse(out.trim().split('\n').pop()!) as { totals: { read: number; rejected: number }; elapsedMs: number };
  if (r.totals.rejected) throw new Error(`${r.totals.rejected} load records rejected`);
  return { records: r.totals.read, seconds: r.elapsedMs / 1000 };
}

/** CPU seconds a process has used so far (user + system). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of Neo4j, the API and this process (500 clients and the probe) while `work` runs. */
async function cpuDuring<T>(pids: { neo4j: number; api: number }, work: () => Promise<T>): Promise<[T, string]> {
  const own = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const before = { neo4j: cpuSeconds(pids.neo4j), api: cpuSeconds(pids.api), bench: own() };
  const result = await work();
  const spent = `CPU s during the import: Neo4j ${(cpuSeconds(pids.neo4j) - before.neo4j).toFixed(1)}, API ${(cpuSeconds(pids.api) - before.api).toFixed(1)}, bench clients and probe ${(own() - before.bench).toFixed(1)}`;
  return [result, spent];
}

function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** The API's own memory after a full GC, through the inspector it was started with. */
async function inspector(port: number) {
  const [target] = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const ws = new WebSocket(target!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  let next = 0;
  const pending = new Map<number, (m: any) => void>();
  ws.on('message', (d) => { const m = JSON.parse(String(d)); pending.get(m.id)?.(m); pending.delete(m.id); });
  const call = (method: string, params: Record<string, unknown> = {}) => new Promise<any>((resolve) => { const id = ++next; pending.set(id, resolve); ws.send(JSON.stringify({ id, method, params })); });
  return {
    async memory(pid: number) {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const r = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
      const m = JSON.parse(r.result.result.value) as { heapUsed: number; external: number; arrayBuffers: number };
      return { heap: m.heapUsed, external: m.external, rss: rssBytes(pid) };
    },
    close: () => ws.close(),
  };
}

async function startApi(uri: string): Promise<ChildProcess> {
  // As `npm start` runs it: compiled JavaScript (scripts/start.mjs builds when stale), no loader;
  // with an inspector port, so memory is read after a forced GC.
  const api = spawn(process.execPath, [`--inspect=127.0.0.1:${INSPECT_PORT}`, 'scripts/start.mjs'], {
    cwd: root, stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NEO4J_URI: uri, SKEIN_PORT: String(API_PORT), SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: mkdtempSync(join(work, 'api-')), SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'false', SKEIN_RATE_LIMIT_PER_MINUTE: '0' },
  });
  api.stderr!.on('data', (c: Buffer) => { const s = String(c); if (!/Debugger|inspector|For help/.test(s)) process.stderr.write(s); });
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`http://127.0.0.1:${API_PORT}/readyz`)).ok) return api; } catch { /* not yet */ }
    if (Date.now() - t0 > 120_000) throw new Error('API not ready in 120 s');
    await sleep(300);
  }
}

async function stopApi(api: ChildProcess | undefined): Promise<void> {
  if (api) await stopChild(api, { signal: 'SIGINT' });
}

async function gql(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Watches the outbox from outside the API: the time each change became visible. The commit of
 * change N lies between the start of the last poll that did not see it and the start of the first
 * that did; `seen` is the latter (so latencies measured from it are short by at most one poll cycle).
 */
async function outboxProbe(executor: GraphExecutor) {
  const [head] = await executor.trustedRead(OUTBOX_HEAD);
  const changes = new Map<number, { seen: number; before: number; at: number; items: number; rels: number }>();
  const cycles: number[] = [];
  let stopped = false;
  let after = Number(head?.head ?? 0);
  const done = (async () => {
    let lastStart = Date.now();
    while (!stopped) {
      const start = Date.now();
      const rows = await executor.trustedRead(
        "MATCH (c:Change) WHERE c.seq > $after RETURN c.seq AS seq, c.at.epochMillis AS at, size(c.itemIds) AS items, size([k IN c.itemKinds WHERE k = 'rel']) AS rels ORDER BY seq",
        { after: int(after) },
      );
      for (const r of rows) {
        const seq = Number(r.seq);
        changes.set(seq, { seen: start, before: lastStart, at: Number(r.at), items: Number(r.items), rels: Number(r.rels) });
        after = Math.max(after, seq);
      }
      cycles.push(start - lastStart);
      lastStart = start;
      await sleep(PROBE_MS);
    }
  })();
  return { changes, cycles, stop: async () => { stopped = true; await done; } };
}

/** The API's Neo4j transactions so far (its /metrics): count and seconds, per access mode. */
async function apiTransactions(): Promise<Record<string, { count: number; seconds: number }>> {
  const text = await (await fetch(`http://127.0.0.1:${API_PORT}/metrics`)).text();
  const out: Record<string, { count: number; seconds: number }> = {};
  for (const m of text.matchAll(/^skein_neo4j_transaction_duration_seconds_(count|sum)\{mode="(\w+)",outcome="ok"\} (\S+)$/gm)) {
    const e = (out[m[2]!] ??= { count: 0, seconds: 0 });
    if (m[1] === 'count') e.count = Number(m[3]);
    else e.seconds = Number(m[3]);
  }
  return out;
}

interface Pass { kind: 'on' | 'off'; records: number; seconds: number; load: string }

const loadFile = join(work, 'load.ndjson');
const base = await baseStore();
if (process.env.BENCH_BASE_ONLY) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
console.log(`watches bench: ${RECORDS} records in batches of ${BATCH}, ${WATCHES} watches, ${SUBSCRIBERS} subscribers (fan-out ${FANOUT}), passes ${PASSES.join(',')}; load at start ${load()}`);

const passes: Pass[] = [];
const tokenConfig = loadConfig({ SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: work });
const token = await signLocalToken(tokenConfig, { agency: AGENCY, role: 'ANALYST', subject: 'bench' });

for (const kind of PASSES) {
  const db = await freshDb(base);
  const people = db.people;
  let api: ChildProcess | undefined;
  const clients: Client[] = [];
  try {
    if (!existsSync(loadFile)) await writeLoadFile(loadFile, people);
    api = await startApi(db.uri);
    const warmUpFile = join(work, `warm-${passes.length}.ndjson`);
    await writeWarmUpFile(warmUpFile, people[0]!, passes.length);
    if (kind === 'off') {
      await timedImport(db.uri, warmUpFile);
      await sleep(3000);
      // The same probe as with watches on: what the bench itself costs the box is in both passes.
      const probe = await outboxProbe(db.executor);
      const [r, cpu] = await cpuDuring({ neo4j: db.pid, api: api.pid! }, () => timedImport(db.uri, loadFile));
      await probe.stop();
      passes.push({ kind, ...r, load: load() });
      console.log(`pass off: ${r.records} records in ${r.seconds.toFixed(1)} s = ${(r.records / r.seconds).toFixed(0)} records/s (load ${load()}); ${cpu}`);
      continue;
    }
    const watchIds: string[] = [];
    let covered = 0;
    for (let w = 0; w < WATCHES; w++) {
      const made = await gql(token, 'mutation($input: WatchInput!) { createWatch(input: $input) { id coverage } }', { input: { name: `w${w}`, kind: 'NETWORK', seeds: [people[(w * 104729) % people.length]], depth: 1 } });
      watchIds.push(made.createWatch.id as string);
      covered += made.createWatch.coverage as number;
    }
    const inspect = await inspector(INSPECT_PORT);
    await sleep(2000);
    const before = await inspect.memory(api.pid!);
    const key = await cursorKey(db.executor);
    // Every delivery: [seq of its change, time received].
    const received: Array<[number, number]> = [];
    // Every delivery's (change, watch), to check that each alert of the feed reached all its live subscribers.
    const deliveredTo = new Map<string, number>();
    let errorsShown = 0;
    let connected = 0;
    for (let s = 0; s < SUBSCRIBERS; s++) {
      const c = createClient({ url: `ws://127.0.0.1:${API_PORT}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, on: { connected: () => void connected++ } });
      clients.push(c);
      // FANOUT=own: each subscriber follows one watch (an analyst and their network); all: every watch.
      const variables = FANOUT === 'all' ? {} : { ids: [watchIds[s % watchIds.length]] };
      c.subscribe<{ alerts: { cursor: string } }>({ query: 'subscription($ids: [ID!]) { alerts(watchIds: $ids) { cursor at recordIds } }', variables }, {
        next: (m) => {
          const now = Date.now();
          if (m.data) {
            const at = openPosition(key, AGENCY, m.data.alerts.cursor);
            received.push([at.seq, now]);
            deliveredTo.set(`${at.seq}|${at.watch}`, (deliveredTo.get(`${at.seq}|${at.watch}`) ?? 0) + 1);
          }
          else if (errorsShown++ < 3) console.error('alert error', JSON.stringify(m.errors));
        },
        error: (e) => console.error('subscriber error', e), complete: () => {},
      });
    }
    for (const t0 = Date.now(); connected < SUBSCRIBERS && Date.now() - t0 < 60_000; ) await sleep(200);
    await sleep(5000); // every subscription set up and waiting
    const idle = await inspect.memory(api.pid!);
    inspect.close();
    const per = (k: 'heap' | 'rss') => kb((idle[k] - before[k]) / SUBSCRIBERS);
    console.log(`API memory with ${WATCHES} watches (coverage ${covered} records): heap ${kb(before.heap)} kB, RSS ${kb(before.rss)} kB; with ${connected} idle subscribers: heap ${kb(idle.heap)} kB, RSS ${kb(idle.rss)} kB`);
    console.log(`  per idle subscriber: heap ${per('heap')} kB, RSS ${per('rss')} kB (after a forced GC; load ${load()})`);

    // A connector's cursor at the present, for the catch-up read after the load.
    const feedStart = (await gql(token, 'query { alerts(first: 1) { cursor hasMore } }', {})).alerts as { cursor: string; hasMore: boolean };
    const txBefore = await apiTransactions();
    // The warm-up load (watch 0 follows people[0]): its alerts are not counted.
    await timedImport(db.uri, warmUpFile);
    await sleep(3000);
    const warmUpAlerts = received.length;
    received.length = 0;
    const probe = await outboxProbe(db.executor);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const [r, cpu] = await cpuDuring({ neo4j: db.pid, api: api.pid! }, () => timedImport(db.uri, loadFile));
    passes.push({ kind, ...r, load: load() });
    console.log(`pass on: ${r.records} records in ${r.seconds.toFixed(1)} s = ${(r.records / r.seconds).toFixed(0)} records/s (load ${load()}); ${cpu}`);
    // Until deliveries stop: no new one for 5 s (at most 3 minutes).
    for (let last = -1, t0 = Date.now(); received.length !== last && Date.now() - t0 < 180_000; ) { last = received.length; await sleep(5000); }
    await probe.stop();
    lag.disable();
    const txAfter = await apiTransactions();
    // A connector that was away during the load reads it all from its cursor, a page of 500 at a time.
    const catchUp = { alerts: 0, pages: 0, slowest: 0, t0: Date.now() };
    const feedAlerts: Array<{ seq: number; watch: string | null }> = [];
    for (let cursor = feedStart.cursor, more = true; more; ) {
      const t = Date.now();
      const page = (await gql(token, 'query($after: String) { alerts(after: $after, first: 500) { cursor hasMore alerts { cursor } } }', { after: cursor })).alerts as { cursor: string; hasMore: boolean; alerts: Array<{ cursor: string }> };
      for (const a of page.alerts) feedAlerts.push(openPosition(key, AGENCY, a.cursor));
      catchUp.slowest = Math.max(catchUp.slowest, Date.now() - t);
      catchUp.pages++;
      catchUp.alerts += page.alerts.length;
      cursor = page.cursor;
      more = page.hasMore;
    }
    const catchUpMs = Date.now() - catchUp.t0;

    const latencies: number[] = [];
    const bounds: number[] = [];
    const perChange = new Map<number, number[]>();
    let unmatched = 0;
    for (const [seq, at] of received) {
      const c = probe.changes.get(seq);
      if (!c) { unmatched++; continue; }
      latencies.push(at - c.seen);
      bounds.push(at - c.before);
      const list = perChange.get(seq) ?? [];
      list.push(at - c.seen);
      perChange.set(seq, list);
    }
    const p = percentiles(latencies);
    const ub = percentiles(bounds);
    const cyc = percentiles(probe.cycles);
    console.log(`warm-up load: ${warmUpAlerts} alerts (not counted)`);
    // Nothing lost live: every alert the feed holds for the timed load reached each of its watch's subscribers.
    const subscribersOf = (watch: string) => (FANOUT === 'all' ? SUBSCRIBERS : [...Array(SUBSCRIBERS).keys()].filter((s) => watchIds[s % watchIds.length] === watch).length);
    let expected = 0;
    const short = new Set<number>();
    for (const a of feedAlerts.filter((f) => probe.changes.has(f.seq))) {
      const want = subscribersOf(a.watch!);
      expected += want;
      if ((deliveredTo.get(`${a.seq}|${a.watch}`) ?? 0) < want) short.add(a.seq);
    }
    console.log(`  live delivery check: ${received.length} of ${expected} expected deliveries (from the feed's alerts of the load); ${short.size ? `SHORT for changes ${[...short].sort((x, y) => x - y).join(', ')}` : 'every alert reached every subscriber of its watch'}`);
    console.log(`alerts delivered: ${received.length} (${perChange.size} changes with alerts, of ${probe.changes.size}; ${unmatched} not matched to a probed change)`);
    console.log(`  commit-to-delivery: p50 ${p.p50} ms, p99 ${p.p99} ms, max ${Math.max(...latencies)} ms (upper bound, from the poll before: p50 ${ub.p50} ms, p99 ${ub.p99} ms; probe cycle p50 ${cyc.p50} ms, p99 ${cyc.p99} ms)`);
    const reads = { count: (txAfter.READ?.count ?? 0) - (txBefore.READ?.count ?? 0), seconds: (txAfter.READ?.seconds ?? 0) - (txBefore.READ?.seconds ?? 0) };
    const writes = (txAfter.WRITE?.count ?? 0) - (txBefore.WRITE?.count ?? 0);
    console.log(`  the API's transactions while it delivered: ${reads.count} reads (${(reads.count / Math.max(1, probe.changes.size)).toFixed(1)} per change, polls included), ${reads.seconds.toFixed(1)} s in all; ${writes} writes`);
    console.log(`  feed catch-up over the whole load (all ${WATCHES} watches, pages of 500): ${catchUp.alerts} alerts in ${catchUp.pages} pages, ${(catchUpMs / 1000).toFixed(1)} s, slowest page ${catchUp.slowest} ms (load ${load()})`);
    const tails = [...probe.changes.values()].map((c) => c.seen - c.at);
    const tp = percentiles(tails);
    console.log(`  from the change's own timestamp (inside its transaction) to commit seen: p50 ${tp.p50} ms, p99 ${tp.p99} ms`);
    console.log(`  bench process event-loop delay: p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms, max ${(lag.max / 1e6).toFixed(0)} ms`);
    if (process.env.BENCH_VERBOSE) {
      for (const [seq, c] of [...probe.changes].sort((a, b) => a[0] - b[0])) {
        const l = perChange.get(seq)?.sort((a, b) => a - b);
        console.log(`  change ${seq}: ${c.items} items (${c.rels} links), in-tx stamp to seen ${c.seen - c.at} ms${l ? `; ${l.length} deliveries, first ${l[0]} ms, median ${l[Math.floor(l.length / 2)]} ms, last ${l[l.length - 1]} ms` : ''}`);
      }
    }
  } finally {
    for (const c of clients) await c.dispose();
    await stopApi(api);
    await db.stop();
  }
}

const rate = (k: 'on' | 'off') => {
  const ps = passes.filter((p) => p.kind === k);
  return ps.reduce((s, p) => s + p.records, 0) / ps.reduce((s, p) => s + p.seconds, 0);
};
if (passes.some((p) => p.kind === 'on') && passes.some((p) => p.kind === 'off')) {
  console.log(`import throughput: on ${rate('on').toFixed(0)} records/s, off ${rate('off').toFixed(0)} records/s: ${(rate('on') / rate('off')).toFixed(3)}x (${passes.map((p) => `${p.kind} ${(p.records / p.seconds).toFixed(0)}/s at load ${p.load}`).join('; ')})`);
}
rmSync(work, { recursive: true, force: true });
process.exit(0);
