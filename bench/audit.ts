// Audit benchmark (issue 16). Two parts:
//  1. queries: a generated, hash-chained audit log of BENCH_AUDIT_ENTRIES entries (default 10,000,000:
//     6 agencies, 240 users, 1–100 record ids per entry, a year of traffic) is indexed as the API
//     indexes it (src/audit/store.ts); prints the build time and size, and p50/p95 of "who read
//     record R" and "all reads of our records last week" (first page, and the whole week walked).
//  2. overhead (`-- --overhead`): the demo world served by the API (bench/auditServer.ts, a child
//     process) with the audit off, the log only, and the log with its index; 50 connections of demo
//     lookups and searches; one warm-up cycle, then BENCH_AUDIT_ROUNDS (3) interleaved cycles; req/s and
//     p50/p99 each way and the median per mode.
// `npm run bench:audit [-- --overhead] [-- --only-overhead] [-- --only-cost]` (--only-cost: the per-request
// write and index cost alone, timed in-process, seconds). The log and index are kept under
// BENCH_AUDIT_DIR (default /tmp/skein-bench-audit) and reused while their size matches.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { chainLine, GENESIS } from '../src/audit/chain.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { AuditStore } from '../src/audit/store.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/database.js';
import { signLocalToken } from '../src/auth/tokens.js';
import { cpuMs, percentiles } from './timing.js';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 10_000_000);
const DIR = process.env.BENCH_AUDIT_DIR ?? '/tmp/skein-bench-audit';
const QUERIES = Number(process.env.BENCH_AUDIT_QUERIES ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const OVERHEAD_ROUNDS = Number(process.env.BENCH_AUDIT_ROUNDS ?? 3);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 7721);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 7722);
const root = fileURLToPath(new URL('../', import.meta.url));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const AGENCIES = ['NL-INTEL', 'BE-INTEL', 'FR-DGSI', 'DE-BFV', 'ES-CNI', 'IT-AISI'];
const RECORDS_PER_AGENCY = 200_000;
const USERS_PER_AGENCY = 40;
const OPERATIONS = ['query PersonCard', 'query Search', 'query Hood', 'query Paths', 'query Screen', 'query Travel', 'query Network', 'query People', 'mutation Ingest', 'query Watchlist'];
const YEAR_MS = 365 * 86_400_000;

/** A small, fast, seeded generator (mulberry32): the same log for the same size. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Popular records are read far more often than the rest (a cubed uniform: a few hot, a long tail). */
const recordOf = (r: () => number, agency: string) => `${agency}:person-${Math.floor(RECORDS_PER_AGENCY * r() ** 3)}`;

function idsPerEntry(r: () => number): number {
  const u = r();
  if (u < 0.6) return 1; // a lookup
  if (u < 0.9) return 2 + Math.floor(r() * 9); // a card with its links
  if (u < 0.99) return 11 + Math.floor(r() * 40); // a page, a neighbourhood
  return 51 + Math.floor(r() * 50); // a large subgraph
}

/** Writes the log through the real chain (chain.ts), so `npm run audit:verify` holds on it. */
function generateLog(path: string, entries: number, end: number): void {
  const r = rng(16);
  const fd = openSync(path, 'w');
  const start = end - YEAR_MS;
  let prev = GENESIS;
  let out: string[] = [];
  for (let i = 0; i < entries; i++) {
    const agency = AGENCIES[Math.floor(r() * AGENCIES.length)]!;
    const u = r();
    const role = u < 0.9 ? 'ANALYST' : u < 0.97 ? 'INGEST' : 'ADMIN';
    const recordIds = new Set<string>();
    const k = idsPerEntry(r);
    for (let j = 0; j < k; j++) recordIds.add(recordOf(r, r() < 0.5 ? agency : AGENCIES[Math.floor(r() * AGENCIES.length)]!));
    const refused = r() < 0.01;
    const entry = {
      level: 30,
      time: new Date(start + Math.floor((i / entries) * YEAR_MS)).toISOString(),
      requestId: `req-${i.toString(36)}-${Math.floor(r() * 1e9).toString(36)}`,
      subject: `${agency.toLowerCase()}-user-${Math.floor(r() * USERS_PER_AGENCY)}`,
      agency,
      role,
      operation: OPERATIONS[Math.floor(r() * OPERATIONS.length)]!,
      recordIds: refused ? [] : [...recordIds],
      errors: refused ? ['FORBIDDEN'] : [],
      event: 'graphql',
    };
    const { line, hash } = chainLine(prev, entry);
    prev = hash;
    out.push(line);
    if (out.length === 20_000) {
      writeSync(fd, `${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length) writeSync(fd, `${out.join('\n')}\n`);
  closeSync(fd);
}

const sizeOf = (path: string) => ['', '-wal', '-shm'].reduce((s, x) => s + (existsSync(path + x) ? statSync(path + x).size : 0), 0);
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

async function queries(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const log = join(DIR, `audit-${ENTRIES}.log`);
  const index = `${log}.sqlite`;
  const endFile = `${log}.end`;
  let end: number;
  if (!existsSync(log) || !existsSync(endFile)) {
    end = Date.now();
    const t0 = performance.now();
    generateLog(log, ENTRIES, end);
    writeSync(openSync(endFile, 'w'), String(end));
    console.log(`generated ${ENTRIES.toLocaleString('en')} entries, ${mb(statSync(log).size)} in ${((performance.now() - t0) / 1000).toFixed(0)} s (load ${load()})`);
  } else {
    end = Number((await import('node:fs')).readFileSync(endFile, 'utf8'));
    console.log(`reusing ${log} (${mb(statSync(log).size)})`);
  }
  if (process.argv.includes('--rebuild')) for (const x of ['', '-wal', '-shm']) rmSync(index + x, { force: true });
  const t0 = performance.now();
  const store = AuditStore.open(index, log);
  const buildS = (performance.now() - t0) / 1000;
  console.log(`index: ${store.indexedLines().toLocaleString('en')} lines, ${mb(sizeOf(index))}, opened/built in ${buildS.toFixed(1)} s (load ${load()})`);

  const r = rng(7);
  const owner = 'NL-INTEL';
  const all = { owner, from: 0, to: Number.MAX_SAFE_INTEGER };
  const time = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  // Who read record R: the first page of 50, and every read of R walked in pages of 500.
  const firstPage: number[] = [];
  const walk: number[] = [];
  let readsSeen = 0;
  for (let i = 0; i < QUERIES; i++) {
    const recordId = recordOf(r, owner);
    firstPage.push(time(() => store.reads({ ...all, recordId, first: 50 })));
    walk.push(
      time(() => {
        let after = null;
        for (;;) {
          const page = store.reads({ ...all, recordId, first: 500, after });
          readsSeen += page.items.length;
          if (!page.hasMore) break;
          after = { time: page.items[page.items.length - 1]!.time.getTime(), line: page.items[page.items.length - 1]!.line };
        }
      }),
    );
  }
  const report = (what: string, ms: number[]) => {
    const p = percentiles(ms);
    console.log(`${what.padEnd(52)} p50 ${p.p50.toFixed(2)} ms  p95 ${p.p95.toFixed(2)} ms  max ${Math.max(...ms).toFixed(1)} ms`);
  };
  console.log(`\n"who read record R" (${QUERIES} records of ${owner}, popular and not; ${(readsSeen / QUERIES).toFixed(0)} reads each on average)`);
  report('  first page (50 reads)', firstPage);
  report('  every read of R (pages of 500)', walk);

  // All reads of our records last week: the first page, and the whole week walked.
  const week = { owner, from: end - 7 * 86_400_000, to: end };
  const weekFirst: number[] = [];
  const weekRandom: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    weekFirst.push(time(() => store.reads({ ...week, first: 500 })));
    // A page from a random point of the year's weeks (not only the newest, which the cache favours).
    const from = end - YEAR_MS + Math.floor(r() * (YEAR_MS - 7 * 86_400_000));
    weekRandom.push(time(() => store.reads({ owner, from, to: from + 7 * 86_400_000, first: 500 })));
  }
  let weekReads = 0;
  const weekAll = time(() => {
    let after = null;
    for (;;) {
      const page = store.reads({ ...week, first: 500, after });
      weekReads += page.items.length;
      if (!page.hasMore) break;
      after = { time: page.items[page.items.length - 1]!.time.getTime(), line: page.items[page.items.length - 1]!.line };
    }
  });
  console.log(`\n"all reads of our records last week" (${owner}: ${weekReads.toLocaleString('en')} operations in the last week)`);
  report('  first page (500 reads), last week', weekFirst);
  report('  first page (500 reads), a random week of the year', weekRandom);
  console.log(`  the whole last week in pages of 500                ${(weekAll / 1000).toFixed(2)} s`);
  console.log(`(load ${load()})`);
  store.close();
}

/**
 * The audit's own cost per request, timed in this process away from the server: what one `write` (the
 * chained line written to the file) and its share of the index catch-up take, for entries shaped like
 * the API's (a lookup with its documents and memberships: about 5 record ids). Far steadier than a
 * difference of two noisy throughputs.
 */
function perRequestCost(): void {
  const dir = mkdtempSync(join(tmpdir(), 'skein-bench-audit-cost-'));
  const n = 50_000;
  try {
    for (const withIndex of [false, true]) {
      const log = openAuditLog(join(dir, `audit-${withIndex}.log`), withIndex ? join(dir, `audit-${withIndex}.log.sqlite`) : null);
      const entry = (i: number) => ({ requestId: `req-${i}`, subject: 'nl-intel-analyst', agency: 'NL-INTEL', role: 'ANALYST', operation: 'query Lookup', recordIds: [`NL-INTEL:per-${i % 339}`, `NL-INTEL:doc-${i % 339}`, `BE-INTEL:per-${i % 97}`, `NL-INTEL:org-${i % 12}`, `TR-INTEL:doc-${i % 51}`], errors: [] });
      for (let i = 0; i < 2_000; i++) log.write(entry(i)); // warm-up
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) log.write(entry(i));
      const t1 = process.hrtime.bigint();
      void log.flush(); // synchronous inside: the catch-up of all n lines, as the 1 s timer does in slices
      const t2 = process.hrtime.bigint();
      void log.close();
      const us = (a: bigint, b: bigint) => Number(b - a) / 1000 / n;
      console.log(`${withIndex ? 'log + index' : 'log only   '}  write ${us(t0, t1).toFixed(1)} µs/request${withIndex ? `   index catch-up ${us(t1, t2).toFixed(1)} µs/request` : ''}   (${n.toLocaleString('en')} entries, load ${load()})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function overhead(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skein-bench-audit-db-'));
  const config = loadConfig({ ...process.env, NEO4J_URI: '', SKEIN_DATA_DIR: dataDir, SKEIN_DB_PORT: String(DB_PORT), SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: 'true' });
  const db = await openDatabase(config, createLogger('warn'));
  const secret = 'bench-audit-secret-that-is-long-enough-0123456789';
  try {
    const people = (await db.executor.trustedRead('MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY p.id')).map((r) => ({ id: String(r.id), name: String(r.name) }));
    const agencies = (await db.executor.trustedRead('MATCH (a:Agency) RETURN a.code AS code ORDER BY code')).map((r) => String(r.code));
    const tokenConfig = loadConfig({ SKEIN_JWT_SECRET: secret, SKEIN_DATA_DIR: dataDir });
    const tokens = await Promise.all(agencies.map((agency) => signLocalToken(tokenConfig, { agency, role: 'ANALYST', subject: `${agency.toLowerCase()}-analyst` })));
    const bodies = people.flatMap((p) => [
      JSON.stringify({ operationName: 'Lookup', query: `query Lookup($id: ID!) { person(id: $id) { id name documents { edges { node { number } } } memberships { edges { node { name } } } } }`, variables: { id: p.id } }),
      JSON.stringify({ operationName: 'Search', query: `query Search($text: String!) { search(text: $text, first: 10) { edges { node { __typename id } } } }`, variables: { text: p.name.split(' ')[0] } }),
    ]);
    // One cycle first that is not counted: the first API of a run meets a cold Neo4j (page cache, query
    // plans) and ran at half the speed of the later ones on a quiet box. Then OVERHEAD_ROUNDS cycles,
    // interleaved, so a drift of the box's load does not favour one mode; the median per mode is the figure.
    const modes = ['off', 'log', 'index'] as const;
    const measured: Record<(typeof modes)[number], { rps: number; cpu: number; p50: number; p99: number }[]> = { off: [], log: [], index: [] };
    for (let round = 0; round <= OVERHEAD_ROUNDS; round++) {
      for (const mode of modes) {
        const api = spawn(process.execPath, ['--import', 'tsx', 'bench/auditServer.ts'], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${DB_PORT}`, SKEIN_PORT: String(API_PORT), SKEIN_JWT_SECRET: secret, SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-bench-audit-api-')), SKEIN_LOG_LEVEL: 'warn', SKEIN_RATE_LIMIT_PER_MINUTE: '0', BENCH_AUDIT_MODE: mode },
        });
        try {
          const base = `http://127.0.0.1:${API_PORT}`;
          await waitFor(async () => (await fetch(`${base}/readyz`)).ok, 120_000);
          await run(base, bodies, tokens, 5, []); // warm-up of this process
          const latencies: number[] = [];
          const cpuBefore = cpuMs(api.pid!);
          const res = await run(base, bodies, tokens, DURATION_S, latencies);
          // The API process's own CPU per answered request: what auditing adds to each request, and far
          // steadier than req/s on a box whose cores Neo4j, the client and the API share.
          const cpu = (cpuMs(api.pid!) - cpuBefore) / Math.max(1, res.requests.total);
          const p = percentiles(latencies);
          const label = round === 0 ? `${mode} (warm-up cycle, not counted)` : `${mode} (round ${round})`;
          console.log(`${label.padEnd(34)} ${res.requests.average.toFixed(1).padStart(8)} req/s   API CPU ${cpu.toFixed(2)} ms/req   p50 ${p.p50.toFixed(1).padStart(6)} ms   p99 ${p.p99.toFixed(1).padStart(7)} ms   errors ${res.errors + res.non2xx}   (load ${load()})`);
          if (round > 0) measured[mode].push({ rps: res.requests.average, cpu, p50: p.p50, p99: p.p99 });
        } finally {
          api.kill('SIGTERM');
          await new Promise((resolve) => api.once('exit', resolve));
        }
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const off = median(measured.off.map((m) => m.rps));
    console.log(`
median of ${OVERHEAD_ROUNDS} rounds`);
    for (const mode of modes) {
      const rps = median(measured[mode].map((m) => m.rps));
      console.log(`${mode.padEnd(6)} ${rps.toFixed(1).padStart(8)} req/s (${(rps / off).toFixed(2)}x off)   p50 ${median(measured[mode].map((m) => m.p50)).toFixed(1).padStart(6)} ms   p99 ${median(measured[mode].map((m) => m.p99)).toFixed(1).padStart(7)} ms`);
    }
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function run(base: string, bodies: string[], tokens: string[], seconds: number, latencies: number[]): Promise<autocannon.Result> {
  let n = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}/graphql`,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              n += 1;
              return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % tokens.length]}` }, body: bodies[n % bodies.length] };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _body, responseTime) => latencies.push(responseTime));
  });
}


async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error('API did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
}

if (process.argv.includes('--only-cost')) {
  perRequestCost();
  process.exit(0);
}
if (!process.argv.includes('--only-overhead')) await queries();
if (process.argv.includes('--overhead') || process.argv.includes('--only-overhead')) {
  console.log('\naudit cost per request, timed in-process');
  perRequestCost();
  console.log(`\naudit overhead: ${CONNECTIONS} connections, ${DURATION_S} s each, demo lookups and searches, API as a child process`);
  await overhead();
}
