// Watches benchmark: commit-to-delivery latency of live alerts (BENCH_SUBSCRIBERS graphql-ws
// subscribers, BENCH_WATCHES network watches) while the import CLI (its own process) loads BENCH_RECORDS records
// that touch the watched networks; the same import with no watches and no subscribers beside it, each
// into a fresh Neo4j; and the API's memory per idle subscriber (the API runs as `npm start` runs it,
// in a child process, so its RSS is its own).
// `npm run bench:watches` (BENCH_SUBSCRIBERS=500, BENCH_WATCHES=200, BENCH_RECORDS=100000, BENCH_BASE_PEOPLE=5000,
// BENCH_FANOUT=own: each subscriber follows one watch; all: every subscriber follows every watch).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startLocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { generateWorld } from '../src/generator/world.js';
import { importFiles } from '../src/ingest/import/importer.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { loadConfig } from '../src/config.js';
import { signLocalToken } from '../src/auth/tokens.js';
import { percentiles } from './timing.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const WATCHES = Number(process.env.BENCH_WATCHES ?? 200);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const BASE_PEOPLE = Number(process.env.BENCH_BASE_PEOPLE ?? 5000);
const FANOUT = process.env.BENCH_FANOUT === 'all' ? 'all' : 'own';
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 7740);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 7741);
const SECRET = 'bench-watches-secret-that-is-long-enough-0123456789';
const AGENCY = 'EU-POLICE';
const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'skein-bench-watches-'));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

async function freshDb() {
  const dataDir = mkdtempSync(join(work, 'neo4j-'));
  const db = await startLocalNeo4j({ port: DB_PORT, dataDir, heap: '2g', pageCache: '512m', txTimeout: '600s' });
  const driver = createDriver(db.uri, { uri: db.uri, user: 'neo4j', password: '', database: undefined, queryTimeoutMs: 600_000 });
  const executor = new GraphExecutor(driver, { database: undefined, timeoutMs: 600_000 });
  await applyMigrations(executor);
  return { uri: db.uri, executor, stop: async () => { await driver.close(); await db.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** New people, each linked to a random existing person: every record may land inside a watched network. */
async function writeLoadFile(file: string, targets: string[]): Promise<void> {
  const out = createWriteStream(file);
  const pairs = Math.floor(RECORDS / 2);
  const prov = `"source":"${AGENCY}","marking":"CLEAR","reportedAt":"2020-01-01T00:00:00Z","confidence":0.8`;
  for (let i = 0; i < pairs; i++) out.write(`{"kind":"node","type":"Person","id":"bwl-per-${i}",${prov},"properties":{"name":"Bench Person ${i}"}}\n`);
  for (let i = 0; i < pairs; i++) {
    const to = targets[(i * 7919) % targets.length]!;
    out.write(`{"kind":"relationship","type":"ASSOCIATE_OF","id":"bwl-rel-${i}","from":"bwl-per-${i}","to":"${to}",${prov},"properties":{}}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

async function baseWorld(executor: GraphExecutor, baseFile: string): Promise<string[]> {
  await writeAgencies(executor, [{ code: AGENCY, name: 'EU police (bench)', country: 'EU' }], []);
  const r = await importFiles(executor, { files: [baseFile], agency: AGENCY, trustSources: true, batchSize: 5000 });
  if (r.totals.rejected) throw new Error(`${r.totals.rejected} base records rejected`);
  await executor.trustedWrite("MATCH (n:Entity) SET n.marking = 'CLEAR', n.markingRank = 0");
  return (await executor.trustedRead('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((r) => String(r.id));
}

/** The import CLI as a data team runs it (its own process), against the bench's Neo4j. */
async function timedImport(uri: string, file: string) {
  const cli = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file, '--agency', AGENCY, '--trust-sources', '--batch', '5000'], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
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

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function startApi(uri: string): Promise<ChildProcess> {
  // As `npm start` runs it: compiled JavaScript (scripts/start.mjs builds when stale), no loader.
  const api = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEO4J_URI: uri, SKEIN_PORT: String(API_PORT), SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: mkdtempSync(join(work, 'api-')), SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'false', SKEIN_RATE_LIMIT_PER_MINUTE: '0' },
  });
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`http://127.0.0.1:${API_PORT}/readyz`)).ok) return api; } catch { /* not yet */ }
    if (Date.now() - t0 > 120_000) throw new Error('API not ready in 120 s');
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function gql(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const baseFile = join(work, 'base.ndjson');
const loadFile = join(work, 'load.ndjson');
await generateWorld({ people: BASE_PEOPLE, seed: 7, out: baseFile, prefix: 'bw', duplicateRate: 0 });
console.log(`load average at start: ${load()}`);

// Run 1: no watches, no subscribers.
let off: { records: number; seconds: number };
{
  const db = await freshDb();
  try {
    const people = await baseWorld(db.executor, baseFile);
    await writeLoadFile(loadFile, people);
    off = await timedImport(db.uri, loadFile);
  } finally { await db.stop(); }
}
console.log(`import, no watches: ${off.records} records in ${off.seconds.toFixed(1)} s = ${(off.records / off.seconds).toFixed(0)} records/s (load ${load()})`);

// Run 2: watches and live subscribers.
const db = await freshDb();
let api: ChildProcess | undefined;
const clients: Client[] = [];
try {
  const people = await baseWorld(db.executor, baseFile);
  api = await startApi(db.uri);
  const tokenConfig = loadConfig({ SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: work });
  const token = await signLocalToken(tokenConfig, { agency: AGENCY, role: 'ANALYST', subject: 'bench' });
  const watchIds: string[] = [];
  for (let w = 0; w < WATCHES; w++) {
    const made = await gql(token, 'mutation($input: WatchInput!) { createWatch(input: $input) { id } }', { input: { name: `w${w}`, kind: 'NETWORK', seeds: [people[(w * 104729) % people.length]], depth: 1 } });
    watchIds.push(made.createWatch.id as string);
  }
  const rssBefore = rssMb(api.pid!);
  const latencies: number[] = [];
  let delivered = 0;
  let errorsShown = 0;
  for (let s = 0; s < SUBSCRIBERS; s++) {
    const c = createClient({ url: `ws://127.0.0.1:${API_PORT}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    clients.push(c);
    // FANOUT=own: each subscriber follows one watch (an analyst and their network); all: every watch.
    const variables = FANOUT === 'all' ? {} : { ids: [watchIds[s % watchIds.length]] };
    c.subscribe<{ alerts: { at: string } }>({ query: 'subscription($ids: [ID!]) { alerts(watchIds: $ids) { at recordIds } }', variables }, {
      next: (m) => { if (m.data) { delivered++; latencies.push(Date.now() - Date.parse(m.data.alerts.at)); } else if (errorsShown++ < 3) console.error('alert error', JSON.stringify(m.errors)); },
      error: (e) => console.error('subscriber error', e), complete: () => {},
    });
  }
  await new Promise((r) => setTimeout(r, 5000));
  const rssIdle = rssMb(api.pid!);
  console.log(`API RSS: ${rssBefore.toFixed(0)} MB with ${WATCHES} watches, ${rssIdle.toFixed(0)} MB with ${SUBSCRIBERS} idle subscribers: ${(((rssIdle - rssBefore) * 1024) / SUBSCRIBERS).toFixed(1)} kB per idle subscriber`);
  await writeLoadFile(loadFile, people);
  const on = await timedImport(db.uri, loadFile);
  const t0 = Date.now();
  // Until deliveries stop: at least one alert, then no new one for 5 s (at most 3 minutes).
  let last = -1;
  while (!(delivered > 0 && delivered === last) && Date.now() - t0 < 180_000) { last = delivered; await new Promise((r) => setTimeout(r, 5000)); }
  const p = percentiles(latencies);
  console.log(`import, ${WATCHES} watches and ${SUBSCRIBERS} subscribers: ${on.records} records in ${on.seconds.toFixed(1)} s = ${(on.records / on.seconds).toFixed(0)} records/s (${(on.seconds ? off.seconds / on.seconds : 0).toFixed(2)}x of no watches; load ${load()})`);
  console.log(`alerts delivered (fan-out ${FANOUT}): ${delivered} (${(delivered / SUBSCRIBERS).toFixed(0)} per subscriber); commit-to-delivery p50 ${p.p50} ms, p99 ${p.p99} ms, max ${Math.max(...latencies)} ms`);
} finally {
  for (const c of clients) await c.dispose();
  api?.kill('SIGINT');
  await db.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
