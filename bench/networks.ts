// Benchmark: neighbourhood and network with resolveIdentities: true beside the plain queries, through
// the GraphQL API on the generated 100k-people world (the screening benchmark's, loaded once and kept).
// `flock /tmp/skein-bench.lock npm run bench:networks -- [--people 100000] [--seed 1] [--rounds 40]
//   [--depth 2] [--port 7732] [--heap 3g] [--pagecache 3g]`
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from '../src/server.js';
import { createContext } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { createLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { AGENCIES, AGREEMENTS } from '../seed/agencies.js';
import { openBenchWorld } from './screeningWorld.js';
import { performance } from 'node:perf_hooks';
import { percentiles, sample } from './timing.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '40' },
    depth: { type: 'string', default: '2' },
    port: { type: 'string', default: '7732' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '3g' },
    agency: { type: 'string', default: 'EU-POLICE' },
  },
});
const log = (m: string) => console.error(`[bench:networks] ${m}`);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

// The generated world plants duplicate people but links none by SAME_AS: for the run, its planted pairs
// (the truth file) get a CLEAR SAME_AS each, removed again at the end, so resolution has clusters to walk.
const ADD_SAME_AS = `
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]}), (b:Person {id: pair[1]})
CREATE (a)-[:SAME_AS {id: 'bench-same-' + pair[0], source: 'EU-POLICE', marking: 'CLEAR', markingRank: 0,
  reportedAt: datetime('2015-01-01T00:00:00Z'), score: 0.9, method: 'bench'}]->(b)`;
const DROP_SAME_AS = `MATCH ()-[r:SAME_AS]->() WHERE r.id STARTS WITH 'bench-same-' DELETE r`;
// Seeds: people of those pairs with links of their own.
const SEEDS = `
MATCH (p:Person)-[:SAME_AS]-() WHERE COUNT { (p)--() } >= 3
WITH p ORDER BY p.id LIMIT 20
RETURN p.id AS id`;
const SAME_AS_COUNT = 'MATCH ()-[r:SAME_AS]->() RETURN count(r) AS n';

const QUERIES = {
  neighbourhood: `query($ids: [ID!]!, $d: Int, $r: Boolean) { neighbourhood(ids: $ids, depth: $d, limit: 2000, resolveIdentities: $r) { nodes { key members } edges { key } truncated } }`,
  network: `query($ids: [ID!]!, $d: Int, $r: Boolean) { network(seeds: $ids, depth: $d, limit: 2000, resolveIdentities: $r) { subgraph { nodes { key } truncated } metrics { node { key } betweenness pageRank } brokers { node { key } } } }`,
};

const world = await openBenchWorld(
  { people: Number(values.people), seed: Number(values.seed), port: Number(values.port), heap: values.heap, pageCache: values.pagecache },
  log,
);
try {
  await writeAgencies(world.executor, AGENCIES, AGREEMENTS);
  const pairs = (JSON.parse(readFileSync(world.truth, 'utf8')) as { pairs: string[][] }).pairs;
  await world.executor.trustedWrite(DROP_SAME_AS);
  await world.executor.trustedWrite(ADD_SAME_AS, { pairs });
  const seeds = (await world.executor.trustedRead(SEEDS)).map((r) => String(r.id));
  const [sameAs] = await world.executor.trustedRead(SAME_AS_COUNT);
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-bench-networks-')), SKEIN_QUERY_TIMEOUT_MS: '600000' });
  const apollo = createServer({ config, logger: createLogger('silent'), auditLog: openAuditLog(config.auditLogPath) });
  await apollo.start();
  let refused = 0;
  const run = async (query: string, resolve: boolean, seed: string) => {
    const contextValue = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, `bench-${seed}`);
    const res = await apollo.executeOperation({ query, variables: { ids: [seed], d: Number(values.depth), r: resolve } }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental answer');
    const err = res.body.singleResult.errors?.[0];
    if (err && err.extensions?.['code'] !== 'LIMIT_EXCEEDED') throw new Error(JSON.stringify(err));
    if (err) refused++;
  };
  console.log(`world: ${world.people} people, ${sameAs?.n} SAME_AS links (planted pairs, for this run); ${seeds.length} seeds, depth ${values.depth}, viewer ${values.agency}, ${values.rounds} rounds each, plain and resolved interleaved on the same seed`);
  console.log(`query           variant      p50 ms   p95 ms   load (1/5/15 min)`);
  for (const [name, query] of Object.entries(QUERIES)) {
    // Interleaved, so both variants see the same seeds, caches and load.
    let turn = 0;
    const times = { plain: [] as number[], resolved: [] as number[] };
    const both = async () => {
      const seed = seeds[turn++ % seeds.length]!;
      for (const resolve of [false, true]) {
        const t0 = performance.now();
        await run(query, resolve, seed);
        times[resolve ? 'resolved' : 'plain'].push(performance.now() - t0);
      }
    };
    await sample(both, Number(values.rounds), 10_000);
    const rounds = Number(values.rounds);
    const [plain, resolved] = [percentiles(times.plain.slice(-rounds)), percentiles(times.resolved.slice(-rounds))];
    for (const [variant, s] of [['plain', plain], ['resolved', resolved]] as const) {
      console.log(`${name.padEnd(15)} ${variant.padEnd(10)} ${s.p50.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}   ${load()}`);
    }
    console.log(`${name.padEnd(15)} resolved / plain (p50) ${(resolved.p50 / plain.p50).toFixed(2)}x (target <= 1.5x); LIMIT_EXCEEDED answers so far: ${refused}`);
  }
  await apollo.stop();
} finally {
  await world.executor.trustedWrite(DROP_SAME_AS).catch((e: unknown) => log(`could not remove the bench SAME_AS links: ${String(e)}`));
  await world.stop();
}
