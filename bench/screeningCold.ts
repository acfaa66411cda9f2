// Where a screen's time goes on a Neo4j just started: every statement the screen runs, timed and
// summed by kind (name lookup, documents found, match statement, network context, loads, ...), with
// Neo4j's CPU time and the bytes it read from the disk (/proc/<pid>/io: pages the OS did not hold)
// per manifest. Diagnosis, not a figure: run it under the heavy lock and read it as ratios.
// `npx tsx bench/screeningCold.ts [--people 1000000] [--seed 7] [--port 7942] [--heap 3g] [--pagecache 4g]
//   [--manifests 13,11] [--rows 10000]` (a manifest per seed, screened one after the other as bench:screen does)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from '../src/server.js';
import { createContext } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { createLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { RequestReader } from '../src/graph/requestTx.js';
import { AGENCIES, AGREEMENTS } from '../seed/agencies.js';
import { openBenchWorld } from './screeningWorld.js';
import { manifest } from './screeningNaive.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '7' },
    port: { type: 'string', default: '7942' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '4g' },
    agency: { type: 'string', default: 'TR-INTEL' },
    manifests: { type: 'string', default: '13,11' },
    rows: { type: 'string', default: '10000' },
    // JFR recording of Neo4j per manifest (<prefix>-<seed>.jfr), read with `jfr print --events jdk.ExecutionSample`.
    jfr: { type: 'string' },
    each: { type: 'boolean', default: false },
  },
});
const log = (m: string) => console.error(`[cold] ${m}`);

const KINDS: Array<[string, string]> = [
  ['name lookup', 'db.index.fulltext.queryNodes'],
  ['documents found', 'UNWIND $batch.docKeys'],
  ['match statement', 'UNWIND $batch.subjects'],
  ['network context', 'SHORTEST 1'],
];
const kindOf = (cypher: string) => KINDS.find(([, s]) => cypher.includes(s))?.[0] ?? cypher.replace(/\s+/g, ' ').trim().slice(0, 50);

interface Sum {
  n: number;
  ms: number;
  rows: number;
}
let sums = new Map<string, Sum>();
/** Neo4j's plan cache key: the text and each list's or string's size as a power of 10 (QueryCache's size hint). */
const bucket = (n: number) => (n <= 1 ? n : 10 ** Math.ceil(Math.log10(n)));
function planKey(text: string, params: Record<string, unknown>): string {
  const sizes = Object.entries(params ?? {})
    .map(([k, v]) => (Array.isArray(v) ? `${k}:${bucket(v.length)}` : typeof v === 'string' ? `${k}:s${bucket(v.length)}` : v === null ? `${k}:null` : ''))
    .filter(Boolean)
    .sort()
    .join(',');
  return `${text.length}:${text.slice(0, 40)}|${sizes}`;
}
const seenKeys = new Map<string, number>();
const log1 = (m: string) => values.each && console.log(m);

/** Times a method by the kind of its statement (argument `at`). */
function timed(target: object, method: string, at: number, label = ''): void {
  const proto = target as Record<string, (...a: unknown[]) => Promise<unknown[]>>;
  const original = proto[method]!;
  proto[method] = async function (this: unknown, ...a: unknown[]) {
    const kind = `${label}${kindOf(String(a[at]))}`;
    const key = planKey(String(a[at]), a[at + 1] as Record<string, unknown>);
    const uses = (seenKeys.get(key) ?? 0) + 1;
    seenKeys.set(key, uses);
    const t0 = performance.now();
    const rows = await original.apply(this, a);
    log1(`      ${kind.slice(0, 40).padEnd(40)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms  plan key use #${uses} ${uses === 1 ? `NEW ${key.slice(0, 160)}` : ''}`);
    const s = sums.get(kind) ?? { n: 0, ms: 0, rows: 0 };
    sums.set(kind, { n: s.n + 1, ms: s.ms + performance.now() - t0, rows: s.rows + rows.length });
    return rows;
  };
}
timed(GraphExecutor.prototype, 'run', 1);
timed(RequestReader.prototype, 'read', 0, 'shared tx: ');

/** CPU ms of the process's threads by name (digits dropped: "C2 CompilerThre", "neo4j.BoltWorker-", ...). */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim().replace(/\d+/g, '#');
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(name, (out.get(name) ?? 0) + ((Number(stat[11]) + Number(stat[12])) * 1000) / TICK);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

const SCREEN = `query Screen($t: [TravellerInput!]!) { screen(travellers: $t) { rowCount matchedRows hitRows rows { index
  candidates { score person { id name } reasons { field how score } watchlists { id } network { recruiterDistance watchlistDistance } }
  hits { agency { code } reference } } } }`;

const TICK = 100; // USER_HZ
function neo4jUsage(pid: number): { cpuMs: number; readBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const io = readFileSync(`/proc/${pid}/io`, 'utf8');
  return { cpuMs: ((Number(stat[11]) + Number(stat[12])) * 1000) / TICK, readBytes: Number(/read_bytes: (\d+)/.exec(io)?.[1] ?? 0) };
}

const world = await openBenchWorld(
  { people: Number(values.people), seed: Number(values.seed), port: Number(values.port), heap: values.heap, pageCache: values.pagecache },
  log,
);
try {
  await writeAgencies(world.executor, AGENCIES, AGREEMENTS);
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-screen-cold-')), SKEIN_QUERY_TIMEOUT_MS: '600000' });
  const apollo = createServer({ config, logger: createLogger('silent'), auditLog: openAuditLog(config.auditLogPath) });
  await apollo.start();
  for (const seed of values.manifests.split(',').map(Number)) {
    const rows = await manifest(world.executor, Number(values.rows), seed);
    sums = new Map();
    const contextValue = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, `cold-${seed}`);
    const pid = world.neo4jPid();
    if (values.jfr) execFileSync('jcmd', [String(pid), 'JFR.start', `name=m${seed}`, 'settings=profile', `filename=${values.jfr}-${seed}.jfr`]);
    const threads0 = threadCpu(pid);
    const before = neo4jUsage(world.neo4jPid());
    const api0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await apollo.executeOperation({ query: SCREEN, variables: { t: rows } }, { contextValue });
    const ms = performance.now() - t0;
    const api = process.cpuUsage(api0);
    const after = neo4jUsage(world.neo4jPid());
    const threads1 = threadCpu(pid);
    if (values.jfr) execFileSync('jcmd', [String(pid), 'JFR.stop', `name=m${seed}`]);
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body).slice(0, 2000));
    const data = (res.body.singleResult.data as { screen: { matchedRows: number; hitRows: number } }).screen;
    console.log(
      `manifest seed ${seed}: ${rows.length} rows in ${(ms / 1000).toFixed(2)} s = ${Math.round(rows.length / (ms / 1000))} rows/s; ` +
        `${data.matchedRows} rows with candidates, ${data.hitRows} with hits; API CPU ${((api.user + api.system) / 1000).toFixed(0)} ms, ` +
        `Neo4j CPU ${(after.cpuMs - before.cpuMs).toFixed(0)} ms, Neo4j disk reads ${((after.readBytes - before.readBytes) / 2 ** 20).toFixed(1)} MiB`,
    );
    for (const [kind, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`    ${kind.padEnd(50)} ${String(s.n).padStart(4)} statements ${s.ms.toFixed(0).padStart(7)} ms ${String(s.rows).padStart(7)} rows`);
    }
    const byThread = [...threads1].map(([name, ms]) => [name, ms - (threads0.get(name) ?? 0)] as const).filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
    console.log(`    Neo4j CPU by thread: ${byThread.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
  }
  await apollo.stop();
} finally {
  await world.stop();
}
