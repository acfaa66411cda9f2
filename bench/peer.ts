// Benchmark against the peer (issue 15): Skein with its access control on, as `npm start` runs it
// (compiled JavaScript, a child process), beside @neo4j/graphql served by Apollo with no authorization
// (bench/peerServer.mjs, a child process) and raw Cypher on the driver, on the same Neo4j and the same
// data: the demo world, then a generated 100k-people world (kept between runs, as bench:screen's).
// Interleaved sequential rounds (p50/p95), then req/s at BENCH_CONNECTIONS in BENCH_RPS_ROUNDS rounds of
// every target, the order reversed each round (the mean is reported, with each server's and Neo4j's CPU
// time per request); prints ratios and load.
// `npm run bench:peer [-- --only demo,100k]` (BENCH_ROUNDS 200, BENCH_SECONDS 10, BENCH_CONNECTIONS 10, BENCH_RPS_ROUNDS 2,
// BENCH_RPS_WARMUP 10: seconds of untimed throughput per target first).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/database.js';
import { signLocalToken } from '../src/auth/tokens.js';
import { openBenchWorld } from './screeningWorld.js';
import { RUNGS, type Rung } from './peerRungs.js';
import { graphqlPost, rawLoop, sequential, throughput, type Target } from './peerDrive.js';
import { boxLine, cpuMs } from './timing.js';
import { stopChild } from './children.js';

const { values } = parseArgs({ options: { only: { type: 'string', default: 'demo,100k' }, people: { type: 'string', default: '100000' } } });
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 7736);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 7737);
const PEER_PORT = Number(process.env.BENCH_PEER_PORT ?? 7738);
const AGENCY = process.env.BENCH_AGENCY ?? 'NL-INTEL';
const SECRET = 'bench-peer-secret-that-is-long-enough-0123456789';
const root = fileURLToPath(new URL('../', import.meta.url));
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

interface Figures {
  rung: Rung;
  seq: Record<Target['name'], { p50: number; p95: number }>;
  rps: Record<Target['name'], number>;
  sizes: Record<Target['name'], number>;
  /** CPU ms per request under throughput: the target's own process (the bench itself for raw) and Neo4j. */
  cpu: Record<Target['name'], { server: number; neo4j: number }>;
  /** Skein and raw again, raw as one auto-commit statement: the raw baseline at its leanest. */
  autoCommit: Record<'skein' | 'raw', { p50: number; p95: number }>;
  load: string;
}

const RPS_ROUNDS = Number(process.env.BENCH_RPS_ROUNDS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Seconds of untimed throughput per target before the measured rounds. */
const RPS_WARMUP = Number(process.env.BENCH_RPS_WARMUP ?? 10);

const results: Figures[] = [];
const boxAtStart = boxLine('at start');
/** Sequential p50/p95 of `{ __typename }` on each server: the HTTP and GraphQL floor under every rung. */
type Floor = Record<'skein' | 'peer', { p50: number; p95: number }>;
let floor: Floor | undefined;
for (const world of values.only.split(',') as Array<'demo' | '100k'>) {
  const { uri, stop, neo4jPid } = world === 'demo' ? await demoWorld() : await bigWorld();
  const children: ChildProcess[] = [];
  const apiDir = mkdtempSync(join(tmpdir(), 'skein-bench-peer-api-'));
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  try {
    const [skein, peer] = [startSkein(uri, apiDir), startPeer(uri)];
    children.push(skein, peer);
    const pids = { skein: skein.pid ?? 0, peer: peer.pid ?? 0, raw: process.pid, neo4j: neo4jPid };
    const token = await signLocalToken(loadConfig({ SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: tmpdir() }), { agency: AGENCY, role: 'ANALYST', subject: 'bench-peer' });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${API_PORT}/readyz`)).ok);
    await waitFor(async () => (await graphqlPost(`http://127.0.0.1:${PEER_PORT}/`, '{ __typename }', {})).ok);
    for (const rung of RUNGS.filter((r) => r.world === world)) results.push(await measure(rung, driver, token, pids));
    floor ??= (await sequential([
      { name: 'skein', url: `http://127.0.0.1:${API_PORT}/graphql`, query: '{ __typename }', token },
      { name: 'peer', url: `http://127.0.0.1:${PEER_PORT}/`, query: '{ __typename }' },
    ], [{}], () => 1)).seq as Floor;
  } finally {
    await Promise.all(children.map((c) => stopChild(c)));
    await driver.close();
    await stop();
    // The API's audit log and its index: ~150 MB a run.
    rmSync(apiDir, { recursive: true, force: true });
  }
}
print(results);
console.log(boxAtStart);
console.log(boxLine('at end'));

async function measure(rung: Rung, driver: Driver, token: string, pids: Record<Target['name'] | 'neo4j', number>): Promise<Figures> {
  const ids = rung.pick ? (await driver.executeQuery(rung.pick, { agency: AGENCY })).records.map((r) => String(r.get('id'))) : [null];
  if (ids.length === 0) throw new Error(`no input for "${rung.name}" visible to ${AGENCY}`);
  const vars = ids.map((id) => (id === null ? {} : { id }));
  const targets: Target[] = [
    { name: 'skein', url: `http://127.0.0.1:${API_PORT}/graphql`, query: rung.skein, token },
    { name: 'peer', url: `http://127.0.0.1:${PEER_PORT}/`, query: rung.peer },
    { name: 'raw', cypher: rung.raw, driver },
  ];
  console.error(`${rung.name}: ${ids.length} inputs, load ${load()}`);
  const { seq, sizes } = await sequential(targets, vars, rung.size);
  // Every target under load first, untimed: a fresh Neo4j JVM compiles its hot code during the first tens
  // of seconds of throughput (docs/benchmarks.md), and whichever target it meets first would pay for it.
  for (const t of targets) await (t.driver ? rawLoop(t, vars, RPS_WARMUP) : throughput(t, vars, RPS_WARMUP));
  const rps = { skein: 0, peer: 0, raw: 0 } as Figures['rps'];
  const cpu = { skein: { server: 0, neo4j: 0 }, peer: { server: 0, neo4j: 0 }, raw: { server: 0, neo4j: 0 } } as Figures['cpu'];
  for (let round = 0; round < RPS_ROUNDS; round++) {
    for (const t of round % 2 === 0 ? targets : [...targets].reverse()) {
      const before = [cpuMs(pids[t.name]), cpuMs(pids.neo4j)];
      const r = t.driver ? await rawLoop(t, vars) : await throughput(t, vars);
      const requests = Math.max(1, r * SECONDS);
      rps[t.name] += r / RPS_ROUNDS;
      cpu[t.name].server += (cpuMs(pids[t.name]) - before[0]!) / requests / RPS_ROUNDS;
      cpu[t.name].neo4j += (cpuMs(pids.neo4j) - before[1]!) / requests / RPS_ROUNDS;
    }
  }
  // The raw rung above runs executeQuery (a managed transaction: two round trips); Skein runs a lookup's one
  // statement as an auto-commit transaction (one). Against raw run that way too, interleaved the same way.
  const lean = await sequential([targets[0]!, { ...targets[2]!, autoCommit: true }], vars, rung.size);
  return { rung, seq, rps, cpu, sizes, autoCommit: { skein: lean.seq.skein, raw: lean.seq.raw }, load: load() };
}

function print(all: Figures[]): void {
  const f = (x: number) => x.toFixed(1).padStart(7);
  const r = (a: number, b: number) => `${(a / b).toFixed(2)}x`.padStart(7);
  console.log(`\nbench:peer — Skein (ACL on, ${AGENCY} analyst) vs @neo4j/graphql (no authorization) vs raw Cypher (no ACL)`);
  console.log('rung                              | p50 ms: skein    peer     raw | p95: skein   peer    raw | skein/peer skein/raw | req/s: skein    peer     raw | skein/peer | answer sizes s/p/r | load 1/5/15');
  for (const x of all) {
    const { seq: s, rps } = x;
    console.log(
      `${`${x.rung.name} (${x.rung.world})`.padEnd(34)}|        ${f(s.skein.p50)} ${f(s.peer.p50)} ${f(s.raw.p50)} |    ${f(s.skein.p95)}${f(s.peer.p95)}${f(s.raw.p95)} |    ${r(s.skein.p50, s.peer.p50)}   ${r(s.skein.p50, s.raw.p50)} |       ${f(rps.skein)} ${f(rps.peer)} ${f(rps.raw)} |    ${r(rps.skein, rps.peer)} | ${x.sizes.skein}/${x.sizes.peer}/${x.sizes.raw} | ${x.load}`,
    );
  }
  console.log(`p50/p95 from interleaved sequential rounds (skein, peer, raw per input); req/s at ${process.env.BENCH_CONNECTIONS ?? 10} connections, mean of ${RPS_ROUNDS} rounds (order reversed each round)`);
  if (floor) {
    console.log(`floor: { __typename } over HTTP, sequential p50 / p95 ms: skein ${floor.skein.p50.toFixed(2)} / ${floor.skein.p95.toFixed(2)}, peer ${floor.peer.p50.toFixed(2)} / ${floor.peer.p95.toFixed(2)} (what any rung pays before it reads the graph)`);
    for (const x of all) console.log(`${`${x.rung.name} (${x.rung.world})`.padEnd(34)}| skein p50 above its floor ${(x.seq.skein.p50 - floor.skein.p50).toFixed(2)} ms = ${((x.seq.skein.p50 - floor.skein.p50) / x.seq.raw.p50).toFixed(2)}x raw; floor alone ${(floor.skein.p50 / x.seq.raw.p50).toFixed(2)}x raw`);
  }
  console.log('raw as one auto-commit statement (session.run: one round trip, as Skein runs a lookup) instead of executeQuery (BEGIN … COMMIT), sequential p50 / p95 ms, interleaved with Skein');
  for (const x of all) console.log(`${`${x.rung.name} (${x.rung.world})`.padEnd(34)}| skein ${x.autoCommit.skein.p50.toFixed(2)} / ${x.autoCommit.skein.p95.toFixed(2)}, raw auto-commit ${x.autoCommit.raw.p50.toFixed(2)} / ${x.autoCommit.raw.p95.toFixed(2)}: skein / raw ${(x.autoCommit.skein.p50 / x.autoCommit.raw.p50).toFixed(2)}x`);
  console.log('CPU ms per request under throughput (server process / Neo4j; raw: the bench process with its driver)');
  for (const x of all) console.log(`${`${x.rung.name} (${x.rung.world})`.padEnd(34)}| ${(['skein', 'peer', 'raw'] as const).map((n) => `${n} ${x.cpu[n].server.toFixed(2)} / ${x.cpu[n].neo4j.toFixed(2)}`).join(' | ')}`);
}

async function demoWorld() {
  const dataDir = mkdtempSync(join(tmpdir(), 'skein-bench-peer-'));
  const config = loadConfig({ ...process.env, NEO4J_URI: '', SKEIN_DATA_DIR: dataDir, SKEIN_DB_PORT: String(DB_PORT), SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'true' });
  const db = await openDatabase(config, createLogger('warn'));
  const pid = db.origin.kind === 'started' || db.origin.kind === 'running' ? db.origin.pid : 0;
  return { uri: `bolt://127.0.0.1:${DB_PORT}`, neo4jPid: pid, stop: async () => (await db.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

async function bigWorld() {
  const w = await openBenchWorld({ people: Number(values.people), seed: 1, port: DB_PORT, heap: '1g', pageCache: '1g' }, (m) => console.error(m));
  await w.executor.driver.close();
  return { uri: `bolt://127.0.0.1:${DB_PORT}`, neo4jPid: w.neo4jPid(), stop: () => w.stop() };
}

function startSkein(uri: string, dataDir: string): ChildProcess {
  // Exactly `npm start`: scripts/start.mjs builds when stale, then runs the compiled API with plain node.
  return spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEO4J_URI: uri, SKEIN_PORT: String(API_PORT), SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: dataDir, SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'false', SKEIN_RATE_LIMIT_PER_MINUTE: '0' },
  });
}

function startPeer(uri: string): ChildProcess {
  return spawn(process.execPath, ['bench/peerServer.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEO4J_URI: uri, PEER_PORT: String(PEER_PORT) } });
}

async function waitFor(check: () => Promise<boolean>, ms = 180_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    if (await check().catch(() => false)) return;
  }
  throw new Error('a server did not become ready');
}
