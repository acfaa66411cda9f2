// Benchmark: (a) match quality on the generator's planted duplicates (precision and recall at the
// default threshold, and around it); (b) screening throughput of a 10,000-row manifest through the
// GraphQL API beside a naive baseline (one full-text fuzzy query per row through the raw driver).
// `flock /tmp/skein-bench.lock npm run bench:screen -- [--people 100000] [--seed 7] [--world FILE]
//   [--rows 10000] [--quality-people N] [--naive-rows N] [--port 7732] [--heap 3g] [--pagecache 3g]
//   [--only quality|throughput|eval] [--eval-pairs 150] [--warm-up-rows 10000] [--warm-cache]`  (--naive-rows 0 skips the naive baseline;
//   --warm-up-rows: a first manifest of other travellers (other people, so not the measured rows' pages)
//   screened before the measured one, on the Neo4j just started: its figure is the cold start, the
//   measured one a server that has been screening, JIT-compiled, index pages read, candidates' pages not;
//   --warm-cache: after the measured run, read every person's and document's matching properties once, as
//   a long-running server's page cache holds them, and screen a second manifest of other rows)
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from '../src/server.js';
import { createContext, type Context } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { createLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { createRecordLoaders } from '../src/records/loaders.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { matchPeople } from '../src/identity/matches.js';
import { DEFAULT_THRESHOLD } from '../src/identity/score.js';
import { MARKINGS } from '../src/model/graphModel.js';
import { AGENCIES, AGREEMENTS } from '../seed/agencies.js';
import { openBenchWorld, type BenchWorld } from './screeningWorld.js';
import { personGid } from '../src/generator/person.js';
import { manifest, naiveScreen } from './screeningNaive.js';
import { runEval } from './screeningEval.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
    world: { type: 'string' },
    rows: { type: 'string', default: '10000' },
    'quality-people': { type: 'string', default: '200000' },
    'naive-rows': { type: 'string', default: '1000' },
    port: { type: 'string', default: '7732' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '3g' },
    agency: { type: 'string', default: 'TR-INTEL' },
    only: { type: 'string' },
    'eval-pairs': { type: 'string', default: '150' },
    'warm-cache': { type: 'boolean', default: false },
    'warm-up-rows': { type: 'string', default: '10000' },
  },
});
const log = (m: string) => console.error(`[bench:screen] ${m}`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** A context that sees every record of every agency: match quality is about the matcher, not the ACL. */
function allSeeing(world: BenchWorld): Context {
  const base = createContext(world.executor, { subject: 'bench', agency: 'EU-POLICE', role: 'ADMIN' }, 'bench-quality');
  const acl = Object.fromEntries(AGENCIES.map((a) => [a.code, MARKINGS.indexOf('RED')]));
  const graph = world.executor.forViewer(async () => acl, base.stats);
  return { ...base, graph, records: createRecordLoaders(graph, () => {}) };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

async function quality(world: BenchWorld, limit: number): Promise<void> {
  const truth = (JSON.parse(readFileSync(world.truth, 'utf8')) as { pairs: Array<[string, string]> }).pairs;
  const people = Math.min(limit, world.people);
  const inRange = (id: string) => Number(/-per-(\d+)/.exec(id)?.[1] ?? -1) < people;
  const truthSet = new Set(truth.filter(([a, b]) => inRange(a) && inRange(b)).map(([a, b]) => pairKey(a, b)));
  const dupOf = new Map(truth.map(([a, b]) => [a, b]));
  const ids: string[] = [];
  for (let i = 0; i < people; i++) {
    const id = personGid(world.seed, 'gen', i);
    ids.push(id);
    const dup = dupOf.get(id);
    if (dup) ids.push(dup);
  }
  const ctx = allSeeing(world);
  const floor = 0.6;
  const proposed = new Map<string, number>();
  const t0 = Date.now();
  for (let i = 0; i < ids.length; i += 2000) {
    const chunk = ids.slice(i, i + 2000);
    const found = await matchPeople(ctx, chunk, floor, 20);
    found.forEach((m, k) => {
      for (const c of m?.candidates ?? []) {
        const key = pairKey(chunk[k]!, c.id);
        proposed.set(key, Math.max(proposed.get(key) ?? 0, c.score));
      }
    });
    if (i % 20_000 === 0) log(`quality: ${i}/${ids.length} people matched`);
  }
  const elapsed = Date.now() - t0;
  console.log(`\n(a) match quality: ${ids.length} person records (people 0..${people - 1} of a ${world.people}-people world and their planted duplicates), ${truthSet.size} planted duplicate pairs`);
  console.log(`    every record matched against the whole graph with identityMatches' engine in ${seconds(elapsed)} s (${Math.round(ids.length / (elapsed / 1000))} records/s)`);
  console.log('    threshold   proposed pairs   true   precision   recall');
  for (const t of [0.7, 0.75, DEFAULT_THRESHOLD, 0.85, 0.9]) {
    const pairs = [...proposed].filter(([, s]) => s >= t).map(([k]) => k);
    const hits = pairs.filter((k) => truthSet.has(k)).length;
    const mark = t === DEFAULT_THRESHOLD ? '  <- default' : '';
    console.log(`    ${t.toFixed(2).padStart(9)}   ${String(pairs.length).padStart(14)}   ${String(hits).padStart(4)}   ${(hits / Math.max(1, pairs.length)).toFixed(3).padStart(9)}   ${(hits / Math.max(1, truthSet.size)).toFixed(3).padStart(6)}${mark}`);
  }
}

const SCREEN = `query Screen($t: [TravellerInput!]!) { screen(travellers: $t) { rowCount matchedRows hitRows rows { index
  candidates { score person { id name } reasons { field how score } watchlists { id } network { recruiterDistance watchlistDistance } }
  hits { agency { code } reference } } } }`;

/** Reads what screening reads of every person and document once, so it is in Neo4j's page cache. */
const WARM_CACHE = `CALL { MATCH (p:Person) RETURN count(p.nameKeys) + count(p.nameTokens) + count(p.name) + count(p.aliases) + count(p.markingRank) AS people }
CALL { MATCH (d:Document) RETURN count(d.numberKey) + count(d.markingRank) AS documents }
RETURN people, documents`;

async function throughput(world: BenchWorld, rowCount: number, naiveRows: number, agency: string, warmCache: boolean): Promise<void> {
  await writeAgencies(world.executor, AGENCIES, AGREEMENTS);
  const rows = await manifest(world.executor, rowCount, 11);
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-bench-screen-')), SKEIN_QUERY_TIMEOUT_MS: '600000' });
  const apollo = createServer({ config, logger: createLogger('silent'), auditLog: openAuditLog(config.auditLogPath) });
  await apollo.start();
  const run = async (travellers: unknown[]) => {
    const contextValue = createContext(world.executor, { subject: 'bench', agency, role: 'ANALYST' }, `bench-${Date.now()}`);
    const t0 = Date.now();
    const res = await apollo.executeOperation({ query: SCREEN, variables: { t: travellers } }, { contextValue });
    const ms = Date.now() - t0;
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    const data = res.body.singleResult.data as { screen: { matchedRows: number; hitRows: number } };
    return { ms, data: data.screen, queries: contextValue.stats.queries };
  };
  const warmUpRows = Number(values['warm-up-rows']);
  const first = warmUpRows > 0 ? (log(`first manifest (other travellers): ${warmUpRows} rows`), await run(await manifest(world.executor, warmUpRows, 13))) : null;
  const api = await run(rows);
  let warm: { ms: number; data: { matchedRows: number; hitRows: number }; queries: number; cacheMs: number } | null = null;
  if (warmCache) {
    const t0 = Date.now();
    await world.executor.trustedRead(WARM_CACHE);
    const cacheMs = Date.now() - t0;
    log(`page cache warmed in ${seconds(cacheMs)} s; a second manifest of other rows`);
    warm = { ...(await run(await manifest(world.executor, rowCount, 12))), cacheMs };
  }
  await apollo.stop();
  const naive = naiveRows > 0 ? (log(`naive baseline on ${Math.min(naiveRows, rows.length)} rows`), await naiveScreen(world.executor, rows.slice(0, naiveRows), agency)) : null;
  const [counts] = await world.executor.trustedRead('CALL { MATCH (p:Person) RETURN count(p) AS people } CALL { MATCH (n:Entity) RETURN count(n) AS nodes } RETURN people, nodes');
  console.log(`\n(b) screening throughput: ${rows.length}-row manifest as ${agency} (ANALYST) against ${counts?.people} people (${counts?.nodes} records)`);
  if (first) console.log(`    first manifest after Neo4j started (${warmUpRows} other travellers; JIT, index and store pages cold): ${seconds(first.ms)} s = ${Math.round(warmUpRows / (first.ms / 1000))} rows/s`);
  console.log(`    skein screen (GraphQL, batched, ACL, hit/no-hit, network context)${first ? ', the next manifest' : ''}: ${seconds(api.ms)} s = ${Math.round(rows.length / (api.ms / 1000))} rows/s, ${api.queries} Cypher statements, ${api.data.matchedRows} rows with candidates, ${api.data.hitRows} with hit notices`);
  if (warm) console.log(`    the same after reading every person and document once (${seconds(warm.cacheMs)} s), another ${rows.length}-row manifest: ${seconds(warm.ms)} s = ${Math.round(rows.length / (warm.ms / 1000))} rows/s, ${warm.queries} Cypher statements, ${warm.data.matchedRows} rows with candidates, ${warm.data.hitRows} with hit notices`);
  if (naive) console.log(`    naive baseline (one full-text fuzzy query per row, raw driver; the manifest's first ${naive.rows} rows): ${seconds(naive.ms)} s = ${Math.round(naive.rows / (naive.ms / 1000))} rows/s, ${naive.matchedRows} rows with hits`);
}

// (c) the independent evaluation set needs no database: it runs first, and alone with --only eval.
if (values.only === undefined || values.only === 'eval') {
  console.log('\n(c) independent evaluation set (Faker names, variants by the bench\'s own rules; no generator data)');
  runEval(Number(values['eval-pairs']), Number(values.seed));
}
if (values.only === 'eval') process.exit(0);

const world = await openBenchWorld(
  { people: Number(values.people), seed: Number(values.seed), port: Number(values.port), heap: values.heap, pageCache: values.pagecache, world: values.world },
  log,
);
try {
  console.log(`world: ${world.file} (${world.people} generated people); load: ${JSON.stringify(world.loadSeconds)} s`);
  if (values.only !== 'throughput') await quality(world, Number(values['quality-people']));
  if (values.only !== 'quality') await throughput(world, Number(values.rows), Number(values['naive-rows']), values.agency, values['warm-cache']);
} finally {
  await world.stop();
}
