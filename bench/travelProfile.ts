// Where travelRoutes spends its time: runs the bench query once through the API, records every statement
// it sent (ACL expanded, with its parameters), then times each alone (best of 3) and PROFILEs it beside
// the bench's raw statements. Uses the graph `npm run bench:travel -- --build-only` keeps.
// `flock ... npx tsx bench/travelProfile.ts` (BENCH_DB_PORT, BENCH_PEOPLE, BENCH_TRAVEL_DB as bench:travel).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor, type Params } from '../src/graph/executor.js';
import { RequestReader } from '../src/graph/requestTx.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { createContext } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { API_QUERY, RAW_QUERIES } from './travelQueries.js';
import { ACL_VERSION_GUARD, expandAcl } from '../src/graph/acl.js';
import { ROUTE_CANDIDATES } from '../src/travel/queries.js';
import { hits, tree, type Plan } from './plans.js';

// Candidate rewrites of the route-candidates statement, timed with the parameters Skein sent it: cut
// from ROUTE_CANDIDATES itself, so they stay the statement that ships but for the part they change.
function cut(from: string, to: string): string {
  const a = from === '' ? 0 : ROUTE_CANDIDATES.indexOf(from);
  const b = to === '' ? ROUTE_CANDIDATES.length : ROUTE_CANDIDATES.indexOf(to, a); // '': to the end
  if (a < 0 || b < 0) throw new Error(`ROUTE_CANDIDATES changed: no ${JSON.stringify(from)} … ${JSON.stringify(to)} in it`);
  return ROUTE_CANDIDATES.slice(a, b);
}
const VARIANTS: Record<string, string> = {
  // The reachability test on the legs read anyway, instead of a second walk over each person's legs.
  'candidates, reach tested on the legs': `${cut('', '\n  AND ($toPlaces')}
WITH p, collect([t.id, t.departedAt.epochMillis, coalesce(t.arrivedAt, t.departedAt).epochMillis]) AS entries
${cut('CALL {', 'RETURN p.id AS pid')}WITH p, legs WHERE $toPlaces IS NULL OR any(e IN entries WHERE any(x IN legs WHERE x[4] IN $toPlaces AND x[0] <> e[0] AND x[1] >= e[1]
  AND coalesce(x[2], x[1]) <= e[2] + $withinSeconds * 1000))
RETURN p.id AS pid, legs
LIMIT $max`,
  // The anchor legs' window tested before the rule on the leg and its TO link (CASE fixes the order;
  // the planner evaluated the rule on every leg into an anchor, in or out of the window).
  'candidates, window before the rule': `${cut('', 'WHERE l.id IN $anchors')}WHERE l.id IN $anchors AND ACL(l) AND ACL(m) AND ACL(p)
  AND CASE WHEN ($from IS NULL OR t.departedAt >= $from) AND ($to IS NULL OR t.departedAt <= $to) THEN ACL(rt) AND ACL(t) ELSE false END
${cut('  AND ($toPlaces', '')}`,
  // Every run of `ACL(a) AND ACL(b) …` as one multi-variable ACL(a, b, …) (graph/acl.ts: clause by
  // clause, stopping at the first that fails, instead of every property read up front).
  'candidates, ACL(a, b, …)': ROUTE_CANDIDATES.replace(/ACL\(\w+\)(?: AND ACL\(\w+\))+/g, (run) => `ACL(${[...run.matchAll(/ACL\((\w+)\)/g)].map((m) => m[1]).join(', ')})`),
  // Only the travellers part, to see what the legs cost on top of it.
  'candidates only (no legs)': `${cut('', 'WITH DISTINCT p')}RETURN DISTINCT p.id AS pid
LIMIT $max`,
};

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 250_000);
const dataDir = process.env.BENCH_TRAVEL_DB ?? join(tmpdir(), `skein-travel-db-${PEOPLE}`);
if (!existsSync(`${dataDir}.loaded.json`)) throw new Error(`no graph in ${dataDir}: run npm run bench:travel -- --build-only first`);

const sent: Array<{ cypher: string; params: Params }> = [];
const read = RequestReader.prototype.read;
RequestReader.prototype.read = function (this: RequestReader, cypher: string, params: Params, counted?: boolean) {
  sent.push({ cypher, params });
  return read.call(this, cypher, params, counted);
};


const db = await startLocalNeo4j({ port: Number(process.env.BENCH_DB_PORT ?? 7689), dataDir, heap: '2g', pageCache: '1g', txTimeout: '300s' });
const config = loadConfig({ ...process.env, SKEIN_QUERY_TIMEOUT_MS: '120000' });
const driver = createDriver(db.uri, config.neo4j);
try {
  const graph = new GraphExecutor(driver, { database: undefined, timeoutMs: 300_000 });
  const apollo = createServer({ config, logger: createLogger('warn'), auditLog: openAuditLog(join(mkdtempSync(join(tmpdir(), 'skein-travel-profile-')), 'audit.log')) });
  await apollo.start();
  const run = async () => {
    const ctx = createContext(graph, { subject: 'bench', agency: 'EU-POLICE', role: 'ANALYST' }, 'bench');
    const t0 = performance.now();
    const res = await apollo.executeOperation({ query: API_QUERY }, { contextValue: ctx });
    if (res.body.kind === 'single' && res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
    return performance.now() - t0;
  };
  for (let i = 0; i < 3; i++) await run(); // warm the JIT and the page cache
  sent.length = 0;
  const total = Math.min(await run(), await run(), await run());
  const statements = sent.slice(0, sent.length / 3);
  console.log(`API travelRoutes: best of 3 ${total.toFixed(0)} ms, ${statements.length} statements`);
  const measure = async (name: string, cypher: string, params: Params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      let best = Infinity;
      let rows = 0;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        rows = (await session.run(cypher, params)).records.length;
        best = Math.min(best, performance.now() - t0);
      }
      const profiled = await session.run(`PROFILE ${cypher}`, params);
      const plan = profiled.summary.profile as unknown as Plan;
      console.log(`${name.padEnd(40)} ${best.toFixed(0).padStart(6)} ms  ${String(rows).padStart(6)} rows  ${String(hits(plan)).padStart(10)} db hits`);
      if (best > 20) console.log(tree(plan).map((l) => `    ${l}`).join('\n'));
    } finally {
      await session.close();
    }
  };
  for (const [i, s] of statements.entries()) await measure(`#${i + 1} ${/(?:MATCH|UNWIND)[^\n]{0,30}/.exec(s.cypher)?.[0] ?? ''}`, s.cypher, s.params);
  const candidates = statements.find((x) => x.cypher.includes('WITH DISTINCT p'));
  if (candidates) {
    for (const [name, text] of Object.entries(VARIANTS)) {
      const guarded = candidates.cypher.startsWith(ACL_VERSION_GUARD) ? ACL_VERSION_GUARD : '';
      await measure(`variant: ${name}`, guarded + expandAcl(text), candidates.params);
    }
  }
  for (const [name, cypher] of Object.entries(RAW_QUERIES)) await measure(`raw: ${name}`, cypher, {});
  await apollo.stop();
} finally {
  await driver.close();
  await db.stop();
}
