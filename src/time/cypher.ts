// Cypher fragments for valid time, written once: a relationship `r` whose facts overlap [$from, $to].

/** Relationship `r` was still valid at `$from` / already valid at `$to` (a missing validity is open). */
const validUntilFrom = (r: string, from: string) => `${r}.validTo IS NULL OR ${r}.validTo >= $${from}`;
const validByTo = (r: string, to: string) => `${r}.validFrom IS NULL OR ${r}.validFrom <= $${to}`;

export const REL_IN_WINDOW = `($from IS NULL OR ${validUntilFrom('r', 'from')}) AND ($to IS NULL OR ${validByTo('r', 'to')})`;

/**
 * REL_IN_WINDOW for relationship variable `r` with bound parameters `from` and `to`, where the caller
 * knows which bounds a read has (`bounds`): a missing bound's clause is left out, and with neither the
 * whole test (true). A related read planned for an open window then reads no validity of its edges: the
 * 2-hop rung's statement took 4–5 % less of Neo4j's time without it (docs/benchmarks.md, session 20).
 */
export function relInWindow(r: string, from: string, to: string, bounds: { from: boolean; to: boolean }): string | null {
  const clauses = [
    bounds.from ? `(${validUntilFrom(r, from)})` : null,
    bounds.to ? `(${validByTo(r, to)})` : null,
  ].filter((c): c is string => c !== null);
  return clauses.length > 0 ? clauses.join(' AND ') : null;
}

/** The same for a node `n` (a list's records): its validity overlaps [$from, $to]. */
export const NODE_IN_WINDOW = (v: 'c' | 'n' | 'node') =>
  `($from IS NULL OR ${v}.validTo IS NULL OR ${v}.validTo >= $from) AND ($to IS NULL OR ${v}.validFrom IS NULL OR ${v}.validFrom <= $to)`;
