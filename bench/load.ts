// Load benchmark: autocannon against the API as `npm start` runs it (a child process, so its RSS is
// its own), over the demo world in a throw-away Neo4j, with a realistic mix from many tokens of all
// demo agencies. Prints req/s, p50/p95/p99, errors (HTTP and GraphQL) and peak API RSS.
// `npm run bench:load` (BENCH_CONNECTIONS=50, BENCH_DURATION=30 s, BENCH_WARMUP=10 s per run after one
// BENCH_JVM_WARMUP=100 s of the whole mix, BENCH_DB_PORT=7726, BENCH_API_PORT=7727).
// BENCH_EACH=1 then runs every kind of the mix alone for the same duration (where the time goes);
// BENCH_ROUNDS=N measures the mix N times over, each on a fresh API against the same, ever warmer Neo4j
// (how far the JVM still is from its steady state after the warm-up); BENCH_API_ENV='A=1|A=2' alternates
// API settings over the rounds on that one warm Neo4j (an A/B of settings; see below);
// BENCH_ONLY=lookup,search runs only those kinds (screenContext, a screen selecting watchlists and network
// context, runs only when named); BENCH_NODE_ARGS passes flags to the API's node
// (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`: the profile is written when the API exits);
// BENCH_SAMPLE_TX=1 samples Neo4j's running transactions (SHOW TRANSACTIONS) every 100 ms and prints
// which statements hold the server most, per run: a sampling profile of Neo4j's side.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/database.js';
import { signLocalToken } from '../src/auth/tokens.js';
import { stopChild } from './children.js';
import { boxLine, cpuMs, percentiles } from './timing.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 30);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 10);
const JVM_WARMUP_S = Number(process.env.BENCH_JVM_WARMUP ?? 100);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 7726);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 7727);
const ANALYSTS_PER_AGENCY = 6;
const SECRET = 'bench-load-secret-that-is-long-enough-0123456789';
const root = fileURLToPath(new URL('../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'skein-bench-load-'));

const OPS = {
  lookup: `query Lookup($id: ID!) { person(id: $id) { id name aliases nationalities documents { edges { node { number kind } } } memberships { edges { node { name } } } } }`,
  search: `query Search($text: String!) { search(text: $text, first: 10) { totalCount edges { node { __typename id } } } }`,
  neighbourhood: `query Hood($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 200) { truncated nodes { key type label } edges { key type source target } } }`,
  paths: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 5) { length nodes { key } } }`,
  screen: `query Screen($travellers: [TravellerInput!]!) { screen(travellers: $travellers) { rowCount matchedRows rows { index candidates { score } } } }`,
  // Not in the standard mix (weight 0): the same screen with each candidate's watchlists and network
  // context (nearest recruiter and watchlisted person), run with BENCH_ONLY=screenContext.
  screenContext: `query ScreenContext($travellers: [TravellerInput!]!) { screen(travellers: $travellers) { rowCount matchedRows rows { index candidates { score watchlists { id } network { recruiterDistance watchlistDistance nearestRecruiter { id } } } } } }`,
};
/** Share of each kind in the mix (screening only when the API has a `screen` query). */
const WEIGHTS: Record<keyof typeof OPS, number> = { lookup: 35, search: 25, neighbourhood: 15, paths: 15, screen: 10, screenContext: 0 };
type Kind = keyof typeof OPS;
const KINDS = Object.keys(OPS) as Kind[];
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean) as Kind[];
for (const k of ONLY) if (!KINDS.includes(k)) throw new Error(`BENCH_ONLY: unknown kind ${k} (${KINDS.join(', ')})`);
const EACH = process.env.BENCH_EACH === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
// BENCH_API_ENV='SKEIN_MAX_IN_FLIGHT=24|SKEIN_MAX_IN_FLIGHT=48' (variants separated by |, settings within one
// by spaces): the mix rounds take the variants in turn, each on a fresh API with those settings, against the
// same warm Neo4j: an A/B of API settings without a JVM's warm-up between them. With ROUNDS 2× the variants.
const API_ENVS: Array<Record<string, string>> = (process.env.BENCH_API_ENV ?? '').split('|').filter((v) => v.trim()).map((v) =>
  Object.fromEntries(v.trim().split(/\s+/).map((kv) => {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new Error(`BENCH_API_ENV: "${kv}" is not NAME=value`);
    return [kv.slice(0, eq), kv.slice(eq + 1)];
  })),
);
const envLabel = (env: Record<string, string>) => Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ');
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const SAMPLE_TX = process.env.BENCH_SAMPLE_TX === '1';
/** API processes the benchmark itself is stopping (any other exit is reported). */
const stopping = new WeakSet<object>();
/** The API processes' data folders (audit log and index), removed at the end. */
const apiDirs: string[] = [];

// 1. Neo4j with the demo world, in a temp folder.
const config = loadConfig({ ...process.env, NEO4J_URI: '', SKEIN_DATA_DIR: dataDir, SKEIN_DB_PORT: String(DB_PORT), SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'true' });
const db = await openDatabase(config, createLogger('warn'));
const uri = `bolt://127.0.0.1:${DB_PORT}`;
const neo4jPid = db.origin.kind === 'started' || db.origin.kind === 'running' ? db.origin.pid : 0;
let api: ReturnType<typeof spawn> | undefined;
try {
  // 2. The API as a separate process, exactly as `npm start` runs it (scripts/start.mjs: the compiled
  // build, rebuilt when stale), against that Neo4j; a fresh one for each run, so no run inherits the
  // previous one's leftovers (each is drained on SIGTERM) and each writes its own CPU profile.
  const base = `http://127.0.0.1:${API_PORT}`;
  const startApi = async (extra: Record<string, string> = {}) => {
    const apiDir = mkdtempSync(join(tmpdir(), 'skein-bench-api-'));
    apiDirs.push(apiDir);
    // Its log (warnings and errors, JSON lines on stdout) goes to a file, shown if it exits on its own.
    const logPath = join(apiDir, 'api.log');
    const log = openSync(logPath, 'a');
    const child = spawn(process.execPath, [...NODE_ARGS, 'scripts/start.mjs'], {
      cwd: root,
      stdio: ['ignore', log, 'inherit'],
      env: { ...process.env, NEO4J_URI: uri, SKEIN_PORT: String(API_PORT), SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: apiDir, SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'false', SKEIN_RATE_LIMIT_PER_MINUTE: '0', ...extra },
    });
    closeSync(log);
    child.once('exit', (code, signal) => {
      if (stopping.has(child)) return;
      console.log(`the API (pid ${child.pid}) exited on its own: code ${code}, signal ${signal}; last log lines:`);
      if (existsSync(logPath)) console.log(readFileSync(logPath, 'utf8').split('\n').slice(-12).join('\n'));
    });
    api = child;
    await waitFor(async () => (await fetch(`${base}/readyz`)).ok, 120_000);
    return child;
  };

  // 3. Inputs from the demo world, and tokens for every agency.
  const people = (await db.executor.trustedRead('MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY p.id')).map((r) => ({ id: String(r.id), name: String(r.name) }));
  const agencies = (await db.executor.trustedRead('MATCH (a:Agency) RETURN a.code AS code ORDER BY code')).map((r) => String(r.code));
  const tokenConfig = loadConfig({ SKEIN_JWT_SECRET: SECRET, SKEIN_DATA_DIR: dataDir });
  const tokens = await Promise.all(agencies.flatMap((agency) => Array.from({ length: ANALYSTS_PER_AGENCY }, (_, i) => signLocalToken(tokenConfig, { agency, role: 'ANALYST', subject: `${agency.toLowerCase()}-analyst-${i}` }))));
  await startApi();
  const screening = await hasScreen(base, tokens[0]!);
  // Kinds of weight 0 run only when named in BENCH_ONLY.
  const kinds = (ONLY.length ? ONLY : KINDS.filter((k) => WEIGHTS[k] > 0)).filter((k) => !k.startsWith('screen') || screening);
  if (!screening) console.log('no screen query in this API: screening skipped');
  console.log(boxLine('at start'));
  console.log(`load: ${CONNECTIONS} connections, ${DURATION_S} s (after ${WARMUP_S} s warm-up), ${tokens.length} tokens of ${agencies.length} agencies, demo world (${people.length} people)`);

  // 4. Per run: warm-up, then the measured run, RSS sampled throughout. With BENCH_EACH each kind
  // alone first, then the mix.
  const title = `mix (weights): ${kinds.map((k) => `${k} ${WEIGHTS[k]}`).join(', ')}`;
  /** A measured run: its title, the kinds it mixes, the API's extra settings. */
  type Run = [name: string, kinds: Kind[], env: Record<string, string>];
  const rounds = API_ENVS.length ? Math.max(ROUNDS, 2 * API_ENVS.length) : ROUNDS;
  const mixRuns = Array.from({ length: rounds }, (_, i): Run => {
    const env = API_ENVS.length ? API_ENVS[i % API_ENVS.length]! : {};
    const label = `${rounds > 1 ? `${title}, round ${i + 1} of ${rounds}` : title}${API_ENVS.length ? ` [${envLabel(env)}]` : ''}`;
    return [label, kinds, env];
  });
  const runs: Run[] = [...(EACH ? kinds.map((k): Run => [`${k} alone`, [k], {}]) : []), ...mixRuns];
  let peakMb = 0;
  // A fresh Neo4j JVM compiles its hot code during the first minutes of load: on the 2-core box Neo4j's
  // CPU per mix request was still 2.8-3.3 ms in a run measured after 40 s of warm-up, 1.7-2.0 ms in the
  // runs after it (BENCH_ROUNDS, session 22). Warm it with the whole mix once, so no run measures a JVM
  // still compiling (a server in use is warm). BENCH_JVM_WARMUP seconds.
  await run(base, mix(people, kinds), tokens, JVM_WARMUP_S);
  for (const [name, only, env] of runs) {
    // The API started for the inputs runs the first round only when that round wants no other settings.
    if (api && Object.keys(env).length) {
      await stopApi(api);
      api = undefined;
    }
    const child = api ?? (await startApi(env));
    const rss = sampleRss(child.pid!);
    await run(base, mix(people, only), tokens, WARMUP_S);
    rss.reset();
    await measure(`${name}${NODE_ARGS.length ? ` (API pid ${child.pid})` : ''}`, mix(people, only));
    peakMb = Math.max(peakMb, rss.stop());
    await stopApi(child);
    api = undefined;
  }
  console.log(`peak API RSS   ${peakMb.toFixed(0)} MB (target <= 300 MB)`);
  console.log(boxLine('at end'));

  async function measure(name: string, bodies: Body[]): Promise<void> {
    const latencies = new Map<Kind, number[]>();
    const sampler = SAMPLE_TX ? sampleTransactions(db.executor) : undefined;
    const cpu0 = [cpuMs(api!.pid!), cpuMs(neo4jPid), cpuMs(process.pid)];
    const wall0 = performance.now();
    const tx0 = transactions(await scrape(base));
    const result = await run(base, bodies, tokens, DURATION_S, latencies);
    const after = await scrape(base);
    const tx = transactions(after) - tx0;
    const memory = memoryNow(after);
    const spent = [cpuMs(api!.pid!) - cpu0[0]!, cpuMs(neo4jPid) - cpu0[1]!, cpuMs(process.pid) - cpu0[2]!];
    const wallMs = performance.now() - wall0;
    const perRequest = spent.map((ms) => (ms / Math.max(1, result.requests.total)).toFixed(2));
    const held = await sampler?.stop();
    const p = percentiles([...latencies.values()].flat());
    console.log(`${name}  (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
    console.log(`  requests       ${result.requests.total}`);
    console.log(`  req/s          ${result.requests.average.toFixed(1)}`);
    console.log(`  latency ms     p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  p99 ${p.p99.toFixed(1)}  max ${result.latency.max.toFixed(1)}`);
    // In a mix, each kind's own latencies: which kinds make the tail.
    if (latencies.size > 1) {
      for (const [kind, ms] of latencies) {
        const k = percentiles(ms);
        console.log(`    ${kind.padEnd(14)} n ${String(ms.length).padStart(6)}  p50 ${k.p50.toFixed(1)}  p95 ${k.p95.toFixed(1)}  p99 ${k.p99.toFixed(1)}  max ${Math.max(...ms).toFixed(1)}`);
      }
    }
    console.log(`  CPU ms/request API ${perRequest[0]}  Neo4j ${perRequest[1]}  load generator ${perRequest[2]} (this process)`);
    // The box's budget: at these costs per request, the rate all cores could serve if nothing waited.
    const total = spent.reduce((a, b) => a + b, 0);
    const perReq = total / Math.max(1, result.requests.total);
    const cores = availableParallelism();
    console.log(`  cores busy     ${(total / wallMs).toFixed(2)} of ${cores}; at ${perReq.toFixed(2)} ms of CPU a request, ${cores} cores serve at most ${((cores * 1000) / perReq).toFixed(0)} req/s`);
    console.log(`  Neo4j work/request ${(tx / Math.max(1, result.requests.total)).toFixed(2)} (transactions and statements of shared transactions, skein_neo4j_transaction_duration_seconds)`);
    console.log(`  API memory MB  ${memory}`);
    console.log(`  event loop     ${loopDelay(after)}`);
    console.log(`  errors         ${result.errors + result.timeouts + result.non2xx + result.graphqlErrors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${result.graphqlErrors})`);
    if (held) console.log(held);
  }
} finally {
  if (api) stopping.add(api);
  api?.kill('SIGTERM');
  await db.close();
  for (const dir of [dataDir, ...apiDirs]) rmSync(dir, { recursive: true, force: true });
}

interface RunResult extends autocannon.Result {
  graphqlErrors: number;
}

/** One request of the mix: its kind and its JSON body. */
interface Body {
  kind: Kind;
  body: string;
}

/**
 * One autocannon run; every request picks a random body and token. 200s carrying `errors` count as
 * errors. `latencies` collects each response's time under its kind.
 */
async function run(base: string, bodies: Body[], tokens: string[], seconds: number, latencies?: Map<Kind, number[]>): Promise<RunResult> {
  let graphqlErrors = 0;
  // A connection has one request in flight: autocannon calls onResponse (with the connection's context,
  // which setupRequest labelled) right before it emits 'response' with the time, in the same turn.
  let answered: Kind = bodies[0]!.kind;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
    url: `${base}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context: { kind?: Kind }) => {
          const { kind, body } = pick(bodies);
          context.kind = kind;
          return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${pick(tokens)}` }, body };
        },
        onResponse: (status, body, context: { kind?: Kind }) => {
          answered = context.kind!;
          if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  }, (err: unknown, result: autocannon.Result) => (err ? reject(err) : resolve(result)));
  });
  instance!.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (!latencies) return;
    const list = latencies.get(answered);
    if (list) list.push(ms);
    else latencies.set(answered, [ms]);
  });
  const result = await done;
  return { ...result, graphqlErrors };
}

/** The API's own metrics, as Prometheus would scrape them. */
async function scrape(base: string): Promise<string> {
  return (await fetch(`${base}/metrics`)).text();
}

/** The API's count of Neo4j transactions (a shared read transaction counts once per statement). */
function transactions(text: string): number {
  let total = 0;
  for (const m of text.matchAll(/^skein_neo4j_transaction_duration_seconds_count\{[^}]*\} (\d+)/gm)) total += Number(m[1]);
  return total;
}

/** The API's event-loop delay over the run (prom-client's histogram restarts at every scrape; 10 ms resolution). */
function loopDelay(text: string): string {
  const ms = (name: string) => {
    const m = new RegExp(`^nodejs_eventloop_lag_${name}_seconds(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text);
    return m ? (Number(m[1]) * 1000).toFixed(1) : '?';
  };
  return `delay ms p50 ${ms('p50')}  p99 ${ms('p99')}  max ${ms('max')}`;
}

/** Where the API's memory is at the end of a run (its own process metrics). */
function memoryNow(text: string): string {
  const mb = (name: string) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+(?:\\.\\d+)?(?:e\\+\\d+)?)`, 'm').exec(text);
    return m ? (Number(m[1]) / 1_048_576).toFixed(0) : '?';
  };
  const spaces = [...text.matchAll(/^nodejs_heap_space_size_total_bytes\{space="([a-z_]+)"\} (\d+)/gm)]
    .filter((m) => Number(m[2]) >= 1_048_576)
    .map((m) => `${m[1]} ${(Number(m[2]) / 1_048_576).toFixed(0)}`);
  return `RSS ${mb('process_resident_memory_bytes')}, heap ${mb('nodejs_heap_size_used_bytes')} used of ${mb('nodejs_heap_size_total_bytes')} (${spaces.join(', ')}), external ${mb('nodejs_external_memory_bytes')}`;
}

/** The request bodies of the given kinds, each as often as its weight. */
function mix(people: Array<{ id: string; name: string }>, kinds: Kind[]): Body[] {
  const bodies: Body[] = [];
  const add = (kind: Kind, variables: Record<string, unknown>) => bodies.push({ kind, body: JSON.stringify({ query: OPS[kind], variables }) });
  for (let i = 0; i < 100; i++) {
    const a = people[(i * 7) % people.length]!;
    const b = people[(i * 13 + 5) % people.length]!;
    const weight = (k: Kind) => (kinds.includes(k) ? WEIGHTS[k] : 0);
    for (let w = 0; w < weight('lookup'); w++) add('lookup', { id: a.id });
    for (let w = 0; w < weight('search'); w++) add('search', { text: i % 2 ? a.name.split(' ')[0] : a.name });
    for (let w = 0; w < weight('neighbourhood'); w++) add('neighbourhood', { ids: [a.id] });
    for (let w = 0; w < weight('paths'); w++) add('paths', { from: a.id, to: b.id });
    // Small manifests: three travellers, one of them a known name.
    const travellers = [{ ref: '1', name: a.name }, { ref: '2', name: 'Jan Jansen' }, { ref: '3', name: b.name, birthDate: '1990-01-01' }];
    for (let w = 0; w < weight('screen'); w++) add('screen', { travellers });
    // Alone (BENCH_ONLY=screenContext) it has the mix to itself: one body per input.
    if (kinds.length === 1 && kinds[0] === 'screenContext') add('screenContext', { travellers });
  }
  return bodies;
}

async function hasScreen(base: string, token: string): Promise<boolean> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: OPS.screen, variables: { travellers: [{ name: 'Nobody Atall' }] } }),
  });
  const body = (await res.json()) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  // Only an API without the field skips screening; any other error (a slow first call) is the benchmark's to count.
  const code = body.errors?.[0]?.extensions?.code;
  if (code !== 'GRAPHQL_VALIDATION_FAILED') return true;
  console.log(`screen query not available: ${code} ${body.errors?.[0]?.message ?? ''}`);
  return false;
}


/** Peak resident set of a process, from /proc (Linux), sampled every 100 ms. */
function sampleRss(pid: number) {
  let peak = 0;
  const read = () => {
    let status = '';
    try {
      status = readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      return; // the process is gone (its exit is reported where it is watched)
    }
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    if (m) peak = Math.max(peak, Number(m[1]) / 1024);
  };
  const timer = setInterval(read, 100);
  return {
    reset: () => void (peak = 0),
    stop: () => {
      clearInterval(timer);
      read();
      return peak;
    },
  };
}

/**
 * Samples the statements running in Neo4j (other than the sampler's own) every 100 ms; stop() gives
 * the top ones by share of samples, i.e. by share of the time transactions spent running them.
 */
function sampleTransactions(executor: { trustedRead: (cypher: string) => Promise<Array<Record<string, unknown>>> }) {
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await executor.trustedRead("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN currentQuery").catch(() => []);
      samples += 1;
      for (const r of rows) {
        const text = String(r.currentQuery ?? '').replace(/^CALL \{ OPTIONAL MATCH \(aclMeta[^\n]*\n/, '');
        const key = text.replace(/\s+/g, ' ').trim().slice(0, 110) || '(between statements)';
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await new Promise((res) => setTimeout(res, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
      return top.map(([q, n]) => `  tx ${(n / samples).toFixed(1).padStart(5)} running  ${q}`).join('\n');
    },
  };
}

/** SIGTERM, then wait for the exit (a CPU profile is written as the process exits). */
async function stopApi(child: ReturnType<typeof spawn>): Promise<void> {
  stopping.add(child);
  await stopChild(child);
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become ready');
}

function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(Math.random() * xs.length)]!;
}
