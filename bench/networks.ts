// Benchmark: neighbourhood and network with resolveIdentities: true beside the plain queries, through
// the GraphQL API on the generated 100k-people world (the screening benchmark's, loaded once and kept).
// `flock /tmp/skein-bench.lock npm run bench:networks -- [--people 100000] [--seed 1] [--rounds 40]
//   [--depth 2] [--port 7732] [--heap 3g] [--pagecache 3g]`
import { mkdtempSync } from 'node:fs';
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

// Seeds with links of their own and a SAME_AS component if the world has any, so resolution has work.
const SEEDS = `
MATCH (p:Person) WHERE COUNT { (p)--() } >= 3
WITH p ORDER BY CASE WHEN EXISTS { (p)-[:SAME_AS]-() } THEN 0 ELSE 1 END, p.id LIMIT 20
RETURN p.id AS id, EXISTS { (p)-[:SAME_AS]-() } AS resolved`;
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
  const seeds = (await world.executor.trustedRead(SEEDS)).map((r) => String(r.id));
  const [sameAs] = await world.executor.trustedRead(SAME_AS_COUNT);
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-bench-networks-')), SKEIN_QUERY_TIMEOUT_MS: '600000' });
  const apollo = createServer({ config, logger: createLogger('silent'), auditLog: openAuditLog(config.auditLogPath) });
  await apollo.start();
  let turn = 0;
  const run = (query: string, resolve: boolean) => async () => {
    const contextValue = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, `bench-${turn}`);
    const ids = [seeds[turn++ % seeds.length]!];
    const res = await apollo.executeOperation({ query, variables: { ids, d: Number(values.depth), r: resolve } }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental answer');
    const err = res.body.singleResult.errors?.[0];
    if (err && err.extensions?.['code'] !== 'LIMIT_EXCEEDED') throw new Error(JSON.stringify(err));
  };
  console.log(`world: ${world.people} people, ${sameAs?.n} SAME_AS links; ${seeds.length} seeds, depth ${values.depth}, viewer ${values.agency}, ${values.rounds} rounds each`);
  console.log(`query           variant      p50 ms   p95 ms   load (1/5/15 min)`);
  for (const [name, query] of Object.entries(QUERIES)) {
    const p50 = { plain: 0, resolved: 0 };
    for (const resolve of [false, true]) {
      turn = 0;
      const s = percentiles(await sample(run(query, resolve), Number(values.rounds), 10_000));
      p50[resolve ? 'resolved' : 'plain'] = s.p50;
      console.log(`${name.padEnd(15)} ${(resolve ? 'resolved' : 'plain').padEnd(10)} ${s.p50.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}   ${load()}`);
    }
    console.log(`${name.padEnd(15)} resolved / plain (p50) ${(p50.resolved / p50.plain).toFixed(2)}x (target <= 1.5x)`);
  }
  await apollo.stop();
} finally {
  await world.stop();
}
