// Benchmark: travelRoutes ("through Istanbul, reached Gaziantep or Hatay within 14 days, 2014-2015") on a
// graph of >= 1M travel legs, through the API (ACL, journeys, grouping) beside raw Cypher on the driver.
// `npm run bench:travel` starts its own Neo4j (port BENCH_DB_PORT, default 7689) on a data folder kept between runs
// ($TMPDIR/skein-travel-db-<people>, or BENCH_TRAVEL_DB): the first run loads the graph (minutes), later runs reuse it.
// `npm run bench:travel -- --build-only` loads the graph and stops (run it under the heavy lock, the timing under the bench lock).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { createContext } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { progressReporter } from '../src/cli/progress.js';
import { percentiles } from './timing.js';
import { API_FULL_QUERY, API_QUERY, RAW_QUERIES } from './travelQueries.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 250_000);
const LEGS_PER_PERSON = 4;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const AIRPORTS = ['BRU', 'CRL', 'AMS', 'EIN', 'CDG', 'ORY', 'FRA', 'LHR', 'CGK', 'SUB', 'SYD', 'MEL', 'AYT', 'DLM', 'BJV', 'ADB', 'ESB', 'TUN', 'CMN', 'RAK'];
const SOURCES = ['TR-INTEL', 'NL-INTEL', 'BE-INTEL', 'FR-INTEL', 'EU-POLICE'];
const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

// Deterministic PRNG so every run builds the same graph.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const PLACES = `
UNWIND $rows AS row
MERGE (l:Entity {id: row.id}) SET l:Location, l.name = row.name, l.kind = row.kind, l.countryCode = row.cc,
  l.source = 'EU-POLICE', l.marking = 'CLEAR', l.markingRank = 0, l.reportedAt = datetime('2013-01-01T00:00:00Z'), l.confidence = 1.0`;
const HIERARCHY = `
UNWIND $rows AS row MATCH (a:Entity {id: row.a}) MATCH (b:Entity {id: row.b})
MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b) SET r.source = 'EU-POLICE', r.marking = 'CLEAR', r.markingRank = 0, r.reportedAt = datetime('2013-01-01T00:00:00Z')`;
const PEOPLE_AND_LEGS = `
UNWIND $rows AS row
CREATE (p:Entity:Person {id: row.id, name: row.id, source: row.source, marking: row.marking, markingRank: row.rank, reportedAt: datetime(row.reported), confidence: 0.8})
WITH p, row
UNWIND row.legs AS leg
MATCH (f:Location {id: leg.from}) MATCH (t:Location {id: leg.to})
CREATE (tr:Entity:Travel {id: leg.id, mode: leg.mode, departedAt: datetime(leg.dep), arrivedAt: datetime(leg.arr), source: row.source, marking: row.marking, markingRank: row.rank, reportedAt: datetime(row.reported), confidence: 0.8})
CREATE (p)-[:MADE {id: leg.id + '-m', source: row.source, marking: row.marking, markingRank: row.rank, reportedAt: datetime(row.reported)}]->(tr)
CREATE (tr)-[:FROM {id: leg.id + '-f', source: row.source, marking: row.marking, markingRank: row.rank, reportedAt: datetime(row.reported)}]->(f)
CREATE (tr)-[:TO {id: leg.id + '-t', source: row.source, marking: row.marking, markingRank: row.rank, reportedAt: datetime(row.reported)}]->(t)`;

const places = [
  ...AIRPORTS.map((a) => ({ id: `EU-POLICE:loc-${a.toLowerCase()}`, name: a, kind: 'AIRPORT', cc: 'XX' })),
  { id: 'EU-POLICE:loc-tr', name: 'Turkey', kind: 'COUNTRY', cc: 'TR' },
  { id: 'EU-POLICE:loc-istanbul', name: 'Istanbul', kind: 'CITY', cc: 'TR' },
  { id: 'EU-POLICE:loc-ist', name: 'Istanbul Airport', kind: 'AIRPORT', cc: 'TR' },
  { id: 'EU-POLICE:loc-saw', name: 'Sabiha Gokcen', kind: 'AIRPORT', cc: 'TR' },
  { id: 'EU-POLICE:loc-gaziantep', name: 'Gaziantep', kind: 'CITY', cc: 'TR' },
  { id: 'EU-POLICE:loc-hatay', name: 'Hatay', kind: 'CITY', cc: 'TR' },
  { id: 'EU-POLICE:loc-oncupinar', name: 'Oncupinar', kind: 'BORDER_CROSSING', cc: 'TR' },
];
const hierarchy = [['loc-ist', 'loc-istanbul'], ['loc-saw', 'loc-istanbul'], ['loc-istanbul', 'loc-tr'], ['loc-gaziantep', 'loc-tr'], ['loc-hatay', 'loc-tr'], ['loc-oncupinar', 'loc-tr']].map(([a, b], i) => ({ id: `EU-POLICE:li-${i}`, a: `EU-POLICE:${a}`, b: `EU-POLICE:${b}` }));

/** Mostly tourists between random airports; one in eight takes the Istanbul -> border route. */
function person(i: number) {
  const source = pick(SOURCES);
  const start = Date.UTC(2010, 0, 1) + rnd() * 9 * 365 * 86_400_000;
  const recruit = rnd() < 0.125;
  const home = `EU-POLICE:loc-${pick(AIRPORTS).toLowerCase()}`;
  const hops = recruit
    ? [[home, pick(['EU-POLICE:loc-ist', 'EU-POLICE:loc-saw']), 'AIR', 4], ['EU-POLICE:loc-istanbul', pick(['EU-POLICE:loc-gaziantep', 'EU-POLICE:loc-hatay']), 'LAND', 30 + rnd() * 200], ['EU-POLICE:loc-gaziantep', 'EU-POLICE:loc-oncupinar', 'LAND', 20 + rnd() * 100], ['EU-POLICE:loc-oncupinar', home, 'AIR', 24 * 60]]
    : [[home, `EU-POLICE:loc-${pick(AIRPORTS).toLowerCase()}`, 'AIR', 3], ['x', 'x', 'AIR', 24 * 7], ['x', 'x', 'AIR', 24 * 3], ['x', 'x', 'AIR', 24 * 30]];
  let t = start;
  let at = home;
  const legs = hops.map(([from, to, mode, waitH], k) => {
    const dest = to === 'x' ? `EU-POLICE:loc-${pick(AIRPORTS).toLowerCase()}` : String(to);
    const orig = from === 'x' ? at : String(from);
    t += Number(waitH) * 3_600_000;
    const dep = new Date(t).toISOString();
    const arr = new Date(t + 3 * 3_600_000).toISOString();
    at = dest;
    return { id: `${source}:bt-${i}-${k}`, from: orig, to: dest, mode, dep, arr };
  });
  const m = Math.floor(rnd() * 5);
  return { id: `${source}:bp-${i}`, source, marking: MARKINGS[m], rank: m, reported: new Date(t + 30 * 86_400_000).toISOString(), legs };
}

async function load(graph: GraphExecutor): Promise<void> {
  await writeAgencies(graph, SOURCES.map((code) => ({ code, name: code, country: 'EU' })), SOURCES.filter((s) => s !== 'EU-POLICE').map((from) => ({ from, to: 'EU-POLICE', upTo: 'AMBER' as const, hitNotification: false })));
  await graph.trustedWrite(PLACES, { rows: places });
  await graph.trustedWrite(HIERARCHY, { rows: hierarchy });
  const progress = progressReporter('people with 4 legs each');
  for (let i = 0; i < PEOPLE; i += 2500) {
    const rows = Array.from({ length: Math.min(2500, PEOPLE - i) }, (_, k) => person(i + k));
    await graph.trustedWrite(PEOPLE_AND_LEGS, { rows });
    progress(i + rows.length, PEOPLE);
  }
}

function summary(samples: number[]): string {
  const { p50, p95 } = percentiles(samples);
  return `p50 ${p50.toFixed(1).padStart(8)} ms   p95 ${p95.toFixed(1).padStart(8)} ms`;
}

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 10_000);

const dataDir = process.env.BENCH_TRAVEL_DB ?? join(tmpdir(), `skein-travel-db-${PEOPLE}`);
// Written once the graph is fully loaded: a folder without it (an interrupted load) is emptied and loaded again.
const stamp = `${dataDir}.loaded.json`;
const loaded = existsSync(stamp) && existsSync(dataDir) ? (JSON.parse(readFileSync(stamp, 'utf8')) as { people: number; seconds: number }) : null;
if (!loaded || loaded.people !== PEOPLE) rmSync(dataDir, { recursive: true, force: true });
const db = await startLocalNeo4j({ port: Number(process.env.BENCH_DB_PORT ?? 7689), dataDir, heap: '2g', pageCache: '1g', txTimeout: '300s' });
const config = loadConfig({ ...process.env, SKEIN_QUERY_TIMEOUT_MS: '120000' });
const driver = createDriver(db.uri, config.neo4j);
const apiDir = mkdtempSync(join(tmpdir(), 'skein-bench-travel-api-'));
try {
  const graph = new GraphExecutor(driver, { database: undefined, timeoutMs: 300_000 });
  await applyMigrations(graph);
  let seconds = loaded?.seconds ?? 0;
  if (!loaded || loaded.people !== PEOPLE) {
    const t0 = performance.now();
    await load(graph);
    seconds = Math.round((performance.now() - t0) / 1000);
    writeFileSync(stamp, JSON.stringify({ people: PEOPLE, seconds }));
  }
  const [{ legs } = { legs: 0 }] = (await graph.trustedRead('MATCH (t:Travel) RETURN count(t) AS legs')) as Array<{ legs: number }>;
  console.log(`${legs} travel legs in ${dataDir} (loaded in ${seconds} s${loaded ? ', reused' : ''})`);
  if (!process.argv.includes('--build-only')) await measure(graph, legs);
} finally {
  await driver.close();
  await db.stop();
  rmSync(apiDir, { recursive: true, force: true });
}

async function measure(graph: GraphExecutor, legs: number): Promise<void> {
  const apollo = createServer({ config, logger: createLogger('warn'), auditLog: openAuditLog(join(apiDir, 'audit.log')) });
  await apollo.start();
  const answers: Record<string, string> = {};
  const api = (query: string, name: string) => async () => {
    const ctx = createContext(graph, { subject: 'bench', agency: 'EU-POLICE', role: 'ANALYST' }, 'bench');
    const res = await apollo.executeOperation({ query }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental answer');
    const { errors, data } = res.body.singleResult;
    if (errors) throw new Error(JSON.stringify(errors));
    const routes = (data as { travelRoutes: { totalCount: number; edges: Array<{ node: { travellerCount: number } }> } }).travelRoutes;
    answers[name] = `${routes.totalCount} route patterns, top ${routes.edges[0]?.node.travellerCount ?? 0} travellers`;
  };
  const raw = (cypher: string, name: string) => async () => {
    const rows = await graph.trustedRead(cypher);
    answers[name] = rows.length === 1 && 'travellers' in rows[0]! ? `${String(rows[0]!.travellers)} travellers` : `${rows.length} travellers, ${rows.reduce((n, r) => n + (r.legs as unknown[]).length, 0)} legs`;
  };
  const rungs: Array<[string, () => Promise<void>]> = [
    ['API travelRoutes (bench selection)', api(API_QUERY, 'API travelRoutes (bench selection)')],
    ['API travelRoutes (every field)', api(API_FULL_QUERY, 'API travelRoutes (every field)')],
    ...Object.entries(RAW_QUERIES).map(([name, cypher]) => [`raw Cypher: ${name}`, raw(cypher, `raw Cypher: ${name}`)] as [string, () => Promise<void>]),
  ];
  // Interleaved rounds, so a change in the box's load shows in every rung alike.
  for (const until = performance.now() + WARMUP_MS; performance.now() < until; ) for (const [, fn] of rungs) await fn();
  const samples = rungs.map(() => [] as number[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, [, fn]] of rungs.entries()) {
      const t0 = performance.now();
      await fn();
      samples[k]!.push(performance.now() - t0);
    }
  }
  console.log(`travelRoutes on ${legs} legs, ${ROUNDS} interleaved rounds as EU-POLICE (ACL, journeys, grouping); raw Cypher has no ACL; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const rawCount = percentiles(samples[2]!).p50;
  const rawLegs = percentiles(samples[3]!).p50;
  for (const [k, [name]] of rungs.entries()) {
    const p50 = percentiles(samples[k]!).p50;
    console.log(`${name.padEnd(44)} ${summary(samples[k]!)}   ${(p50 / rawCount).toFixed(2).padStart(6)}x count ${(p50 / rawLegs).toFixed(2).padStart(6)}x legs   (${answers[name]})`);
  }
  await apollo.stop();
}
