// Cypher fragments for valid time, written once: a relationship `r` whose facts overlap [$from, $to].

/** A relationship or record `r` was still valid at `$from` / already valid at `$to` (a missing validity is open). */
const validUntilFrom = (r: string, from: string) => `${r}.validTo IS NULL OR ${r}.validTo >= $${from}`;
const validByTo = (r: string, to: string) => `${r}.validFrom IS NULL OR ${r}.validFrom <= $${to}`;

/**
 * The window test for relationship variable `r` against the bound parameters `from` and `to`. With
 * `bounds`, the caller knows which bounds the read has: a missing bound's clause is left out, and null
 * stands for no test at all (a related read planned for an open window reads no validity of its edges:
 * the 2-hop rung's statement took 4–5 % less of Neo4j's time, docs/benchmarks.md, session 20). Without,
 * either bound may be null at run time and each clause tests for that.
 */
export function relInWindow(r: string, from: string, to: string, bounds?: { from: boolean; to: boolean }): string | null {
  const clause = (known: boolean | undefined, param: string, test: string) => (known === undefined ? `($${param} IS NULL OR ${test})` : known ? `(${test})` : null);
  const clauses = [clause(bounds?.from, from, validUntilFrom(r, from)), clause(bounds?.to, to, validByTo(r, to))].filter((c): c is string => c !== null);
  return clauses.length > 0 ? clauses.join(' AND ') : null;
}

/** `r` overlaps [$from, $to], either bound null meaning open. */
export const REL_IN_WINDOW = relInWindow('r', 'from', 'to')!;

/** The same for a node `n` (a list's records): its validity overlaps [$from, $to]. */
export const NODE_IN_WINDOW = (v: 'c' | 'n' | 'node') => relInWindow(v, 'from', 'to')!;
