// Benchmark: a page of people with documents and memberships, through the API vs raw Cypher on the driver.
// `npm run bench:read` (uses NEO4J_URI, or starts the local launcher on SKEIN_DB_PORT; seeds the demo world if empty).
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/database.js';
import { createServer } from '../src/server.js';
import { createContext } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { int } from '../src/graph/params.js';
import { percentiles, sample } from './timing.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const PAGE = 100;

const API_QUERY = `query Page($first: Int!) { people(first: $first) { totalCount edges { node { id name
  documents { totalCount edges { node { number } } } memberships { edges { node { name } link { properties } } } } } } }`;

// What a hand-written client would run without any access control: the floor we compare against.
const RAW_QUERY = `
MATCH (p:Person) WITH p ORDER BY p.id LIMIT $first
OPTIONAL MATCH (p)-[:HOLDS]->(d:Document)
WITH p, collect(d.number) AS documents
OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Organisation)
RETURN p.id, p.name, documents, collect({name: o.name, role: m.role}) AS memberships`;

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 15_000);
const time = (fn: () => Promise<unknown>) => sample(fn, ROUNDS, WARMUP_MS);

const config = loadConfig({ ...process.env, SKEIN_LOG_LEVEL: 'warn' });
const logger = createLogger('warn');
const db = await openDatabase(config, logger);
const apollo = createServer({ config, logger, auditLog: openAuditLog(`${config.dataDir}/bench-audit.log`) });
await apollo.start();
try {
  const api = await time(async () => {
    const ctx = createContext(db.executor, { subject: 'bench', agency: 'EU-POLICE', role: 'ANALYST' }, 'bench');
    const res = await apollo.executeOperation({ query: API_QUERY, variables: { first: PAGE } }, { contextValue: ctx });
    if (res.body.kind === 'single' && res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
  });
  const raw = await time(() => db.executor.trustedRead(RAW_QUERY, { first: int(PAGE) }).then(() => undefined));
  const a = percentiles(api);
  const r = percentiles(raw);
  const fmt = (x: number) => x.toFixed(2).padStart(8);
  console.log(`read path: page of ${PAGE} people + documents + memberships, ${ROUNDS} rounds`);
  console.log(`                         p50 ms   p95 ms   p99 ms   ops/s`);
  console.log(`API (ACL, 3 queries)   ${fmt(a.p50)} ${fmt(a.p95)} ${fmt(a.p99)} ${fmt(a.opsPerSec)}`);
  console.log(`raw Cypher (no ACL)    ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.p99)} ${fmt(r.opsPerSec)}`);
  console.log(`API / raw (p50)        ${(a.p50 / r.p50).toFixed(2)}x`);
} finally {
  await apollo.stop();
  await db.close();
}
