// Search's Lucene query on one `names` field (SEARCH_INDEX) against the same query on `name` and
// `aliases` apart (the index before schema 5, rebuilt here beside it), on the demo world in a throw-away
// Neo4j: the same hits for every query, and Neo4j's CPU per query. Queries: every demo person's and
// organisation's name and aliases as typed, with one edit per word, and with two edits per long word.
// `npx tsx bench/searchFields.ts` (BENCH_DB_PORT=7728, BENCH_ROUNDS=4, BENCH_CONCURRENCY=10); run it
// under the bench lock. Each round runs both variants, in alternating order. BENCH_DB_DATA=<folder>
// opens an existing store instead (a copy: its schema is migrated, `names` filled, the time printed),
// with BENCH_NAMES (default 300) names and aliases spread over it.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/database.js';
import { SEARCH_INDEX } from '../src/graph/migrations.js';
import { searchTerms, toLuceneQuery } from '../src/search/luceneQuery.js';
import { cpuMs } from './timing.js';

const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 7728);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const SPLIT_INDEX = 'bench_search_split';
const STORE = process.env.BENCH_DB_DATA;
const NAMES = Number(process.env.BENCH_NAMES ?? 300);

/** The query as sent before schema 5: fuzzy terms on `name` and on `aliases`. */
function splitQuery(terms: string[]): string {
  return terms
    .map((t) => {
      if (t.length < 3) return `(${t}^3 OR ${t}*)`;
      const d = t.length < 6 ? 1 : 2;
      return `(${t}^3 OR ${t}*^2 OR name:${t}~${d} OR aliases:${t}~${d})`;
    })
    .join(' AND ');
}

/** `edits` letters of a word replaced (deterministically) by the next letter of the alphabet. */
function misspell(word: string, edits: number): string {
  const chars = [...word];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(((e + 1) * chars.length) / (edits + 1));
    const c = chars[at]!;
    chars[at] = /[a-y]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 1) : 'a';
  }
  return chars.join('');
}

const dataDir = mkdtempSync(join(tmpdir(), 'skein-bench-search-'));
const config = loadConfig({ ...process.env, NEO4J_URI: '', SKEIN_DATA_DIR: dataDir, SKEIN_DB_PORT: String(DB_PORT), SKEIN_LOG_LEVEL: 'warn', SKEIN_SEED_ON_EMPTY: STORE ? 'false' : 'true', ...(STORE ? { SKEIN_DB_DATA: STORE } : {}) });
const opened = performance.now();
const db = await openDatabase(config, createLogger('warn'));
console.log(`${STORE ?? 'demo world'}: Neo4j started and schema applied in ${((performance.now() - opened) / 1000).toFixed(1)} s`);
const neo4jPid = db.origin.kind === 'started' || db.origin.kind === 'running' ? db.origin.pid : 0;
try {
  await db.executor.trustedWrite(
    `CREATE FULLTEXT INDEX ${SPLIT_INDEX} IF NOT EXISTS FOR (n:Person|Organisation|Location|Document|Identifier|Watchlist)
     ON EACH [n.name, n.aliases, n.number, n.value]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  );
  await db.executor.trustedWait('CALL db.awaitIndexes(600)', {}, 630_000);
  const named = await db.executor.trustedRead('MATCH (n:Person|Organisation) RETURN n.name AS name, coalesce(n.aliases, []) AS aliases ORDER BY n.id');
  const all = named.flatMap((r) => [String(r.name), ...(r.aliases as string[])]);
  const step = STORE ? Math.max(1, Math.floor(all.length / NAMES)) : 1;
  const texts = all.filter((_, i) => i % step === 0);
  const queries = texts.flatMap((text) => {
    const terms = searchTerms(text);
    return [terms, terms.map((t) => (t.length >= 3 ? misspell(t, 1) : t)), terms.map((t) => (t.length >= 6 ? misspell(t, 2) : t))];
  });
  console.log(`${queries.length} queries from ${texts.length} names and aliases, ${CONCURRENCY} at a time, ${ROUNDS} rounds (Neo4j pid ${neo4jPid})`);
  const variants = {
    split: { index: SPLIT_INDEX, lucene: splitQuery },
    names: { index: SEARCH_INDEX, lucene: toLuceneQuery },
  };
  const HITS = 'CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN collect(node.id) AS ids';
  const runAll = async (v: (typeof variants)[keyof typeof variants]) => {
    const hits: string[][] = new Array(queries.length);
    let next = 0;
    const cpu0 = cpuMs(neo4jPid);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < queries.length; i = next++) {
          const [row] = await db.executor.trustedRead(HITS, { index: v.index, query: v.lucene(queries[i]!) });
          hits[i] = (row?.ids as string[]).map(String).sort();
        }
      }),
    );
    return { hits, cpu: (cpuMs(neo4jPid) - cpu0) / queries.length, wall: (performance.now() - t0) / queries.length };
  };
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 === 1 ? (['split', 'names'] as const) : (['names', 'split'] as const);
    const out: Record<string, Awaited<ReturnType<typeof runAll>>> = {};
    for (const name of order) out[name] = await runAll(variants[name]);
    const differing = queries.flatMap((q, i) => (out.split!.hits[i]!.join() !== out.names!.hits[i]!.join() ? [i] : []));
    const differ = differing.length;
    for (const i of differing.slice(0, 3)) console.log(`  differs: "${queries[i]!.join(' ')}": split ${out.split!.hits[i]!.length} hits, names ${out.names!.hits[i]!.length}`);
    const hits = (name: string) => out[name]!.hits.reduce((a, h) => a + h.length, 0);
    console.log(
      `round ${round} (${order.join(' then ')}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}): ` +
        order.map((n) => `${n} ${out[n]!.cpu.toFixed(2)} ms Neo4j CPU/query, ${out[n]!.wall.toFixed(2)} ms wall/query, ${hits(n)} hits`).join('; ') +
        `; queries with different hits: ${differ}`,
    );
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
