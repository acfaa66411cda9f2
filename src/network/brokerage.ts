// Brokerage between detected communities. A broker is a person with a link into another community;
// brokers rank by inter-community betweenness: the share of shortest paths between two nodes of
// DIFFERENT communities that pass through the person (Brandes' accumulation with only those pairs
// counted). A hub deep inside one cell has high betweenness but brokers nothing. Pure (worker-safe).

/** Per node: inter-community betweenness (normalised by the number of such ordered pairs) and whether it bridges. */
export function brokerage(adjacency: readonly (readonly number[])[], community: readonly number[]): { score: number[]; bridges: boolean[] } {
  const n = adjacency.length;
  const score = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) accumulate(adjacency, community, s, score);
  const sizes = new Map<number, number>();
  for (const c of community) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let pairs = 0; // ordered pairs (s, t) in different communities
  for (const size of sizes.values()) pairs += size * (n - size);
  const norm = pairs > 0 ? pairs : 1;
  const bridges = adjacency.map((out, i) => out.some((j) => community[j] !== community[i]));
  return { score: score.map((x) => x / norm), bridges };
}

// One source of Brandes' algorithm (unweighted BFS), counting only targets outside the source's community.
function accumulate(adjacency: readonly (readonly number[])[], community: readonly number[], s: number, score: number[]): void {
  const n = adjacency.length;
  const sigma = new Array<number>(n).fill(0);
  const dist = new Array<number>(n).fill(-1);
  const preds: number[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  sigma[s] = 1;
  dist[s] = 0;
  const queue = [s];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    order.push(v);
    for (const w of adjacency[v]!) {
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
      if (dist[w] === dist[v]! + 1) {
        sigma[w]! += sigma[v]!;
        preds[w]!.push(v);
      }
    }
  }
  const delta = new Array<number>(n).fill(0);
  for (let i = order.length - 1; i >= 0; i--) {
    const w = order[i]!;
    const own = community[w] !== community[s] ? 1 : 0;
    for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (own + delta[w]!);
    if (w !== s) score[w]! += delta[w]!;
  }
}
