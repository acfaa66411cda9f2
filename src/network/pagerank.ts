// PageRank by power iteration on an undirected simple graph, run until every node's value moves by at
// most 1e-6 of itself between two iterations (graphology's stop rule, total change < N·1e-6, left
// values up to 0.5 % off). Pure: plain ids and adjacency in, plain numbers out (worker-safe).

export const PAGERANK_DAMPING = 0.85;
/** Per-node relative change at which iteration stops. */
export const PAGERANK_TOLERANCE = 1e-6;
const MAX_ITERATIONS = 10_000;

/**
 * `adjacency[i]` lists the neighbours of node i (each once). Dangling nodes spread their rank evenly.
 * Stops when max_i |x'_i - x_i| / x'_i <= tolerance; the error to the fixed point is then below
 * tolerance · d / (1 - d) relative (geometric convergence at rate d), i.e. < 6e-6 for d = 0.85.
 */
export function pageRank(adjacency: readonly (readonly number[])[], tolerance = PAGERANK_TOLERANCE, damping = PAGERANK_DAMPING): number[] {
  const n = adjacency.length;
  if (n === 0) return [];
  let x = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = step(adjacency, x, damping);
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(next[i]! - x[i]!) / next[i]!);
    x = next;
    if (worst <= tolerance) break;
  }
  return x;
}

function step(adjacency: readonly (readonly number[])[], x: number[], damping: number): number[] {
  const n = adjacency.length;
  let dangling = 0;
  for (let i = 0; i < n; i++) if (adjacency[i]!.length === 0) dangling += x[i]!;
  const base = (1 - damping) / n + (damping * dangling) / n;
  const next = new Array<number>(n).fill(base);
  for (let i = 0; i < n; i++) {
    const out = adjacency[i]!;
    if (out.length === 0) continue;
    const share = (damping * x[i]!) / out.length;
    for (const j of out) next[j]! += share;
  }
  return next;
}
