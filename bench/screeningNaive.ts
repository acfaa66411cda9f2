// The benchmark's manifest (deterministic) and the naive baseline it is compared with: one full-text
// fuzzy query per row (the API's own search query shape) through the raw driver, ACL inline.
import type { GraphExecutor } from '../src/graph/executor.js';
import { loadAclMap } from '../src/auth/aclFor.js';
import { searchTerms, toLuceneQuery } from '../src/search/luceneQuery.js';
import { SEARCH_INDEX } from '../src/graph/migrations.js';
import { int } from '../src/graph/params.js';
import type { TravellerRow } from '../src/screening/rows.js';

/** Park-Miller: the same manifest for the same seed. */
function rng(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

interface Sampled {
  name: string;
  birthDate: string | null;
  nationality: string | null;
  doc: string | null;
}

const SAMPLE = `
MATCH (p:Person) WHERE p.id CONTAINS ':gen-per-'
WITH p SKIP $skip LIMIT $limit
RETURN p.name AS name, p.birthDate AS birthDate, p.nationalities[0] AS nationality,
  [(p)-[:HOLDS]->(d:Document) | d.number][0] AS doc`;

/**
 * One row in ten is a known person under a reshuffled spelling (word order, upper-cased surname,
 * half with their document number); the others are new travellers whose given names and surnames
 * come from the same pools (so namesakes abound) with their own birth dates and documents.
 */
export async function manifest(executor: GraphExecutor, rows: number, seed: number): Promise<TravellerRow[]> {
  const [count] = await executor.trustedRead(`MATCH (p:Person) RETURN count(p) AS n`);
  const total = Number(count?.n ?? 0);
  const random = rng(seed);
  const skip = Math.floor(random() * Math.max(0, total - 5000));
  const sample = (await executor.trustedRead(SAMPLE, { skip: int(skip), limit: int(5000) })) as unknown as Sampled[];
  const pick = () => sample[Math.floor(random() * sample.length)]!;
  const out: TravellerRow[] = [];
  for (let i = 0; i < rows; i++) {
    if (i % 10 === 0) {
      const p = pick();
      const parts = p.name.split(' ');
      const name = `${parts.slice(1).join(' ').toUpperCase()} ${parts[0]}`;
      out.push({ ref: `row-${i}`, name, birthDate: p.birthDate, nationality: p.nationality, ...(i % 20 === 0 && p.doc ? { documentNumber: p.doc } : {}) });
    } else {
      const [a, b] = [pick(), pick()];
      const given = a.name.split(' ')[0];
      const surname = b.name.split(' ').slice(1).join(' ');
      const day = new Date(Date.UTC(1965 + Math.floor(random() * 37), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
      out.push({ ref: `row-${i}`, name: `${given} ${surname}`, birthDate: day.toISOString().slice(0, 10), nationality: b.nationality, documentNumber: `X${Math.floor(random() * 1e9)}` });
    }
  }
  return out;
}

const NAIVE = `
CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
WHERE node:Person AND coalesce($acl[node.source], 0) >= coalesce(node.markingRank, 4)
RETURN node.id AS id, score
LIMIT 10`;

/** Sequential, one query per row, as a simple client of the search index would do it. */
export async function naiveScreen(executor: GraphExecutor, rows: readonly TravellerRow[], agency: string): Promise<{ ms: number; rows: number; matchedRows: number }> {
  const acl = await loadAclMap(executor, agency);
  const session = executor.driver.session();
  let matchedRows = 0;
  const t0 = Date.now();
  try {
    for (const row of rows) {
      const terms = searchTerms(row.name);
      if (terms.length === 0) continue;
      const res = await session.run(NAIVE, { index: SEARCH_INDEX, q: toLuceneQuery(terms), acl });
      if (res.records.length > 0) matchedRows += 1;
    }
  } finally {
    await session.close();
  }
  return { ms: Date.now() - t0, rows: rows.length, matchedRows };
}
