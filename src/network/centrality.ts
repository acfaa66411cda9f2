// Betweenness and inter-community brokerage in one Brandes pass per source, over a compact adjacency
// (typed arrays), exact when the network fits the time budget and estimated from a sample of source
// nodes beyond it (Brandes & Pich 2007), with a stated error bound. Pure (worker-safe).
//
// Exact: betweenness(v) = Σ_s δ_s(v) / ((n-1)(n-2)), δ_s(v) Brandes' dependency of source s on v,
// which is networkx's and graphology's normalised undirected betweenness. Brokerage: a broker is a
// person with a link into another community, ranked by inter-community betweenness, the share of
// shortest paths between two nodes of DIFFERENT communities that pass through them (the same
// accumulation, counting from each source only targets outside its community). A hub deep inside one
// cell has high betweenness but brokers nothing.
//
// Sampled: k sources drawn without replacement, each sum scaled by n/k. Each source's term of a
// normalised betweenness lies in [0, n/(n-1)], so by Hoeffding's inequality (which holds for sampling
// without replacement) and a union bound over the n nodes, with probability ≥ 1 - δ every node's
// estimate is within ε = n/(n-1) · sqrt(ln(2n/δ) / (2k)) of its exact value.

/**
 * Steps an analysis may spend on centrality: each source costs about n + (adjacency entries) steps;
 * when all n sources do not fit, a sample does. 20M steps take about 0.4–0.5 s on the 2-core project
 * machines, which with the walk (~1 s at 10,000 nodes) keeps `network` within its 2 s (issue 15):
 * 9,897 nodes with 12,187 links get ~590 sources, 10,000 with 25,000 links 333; exact up to about
 * 2,500 nodes in a sparse network (links ≈ nodes). (40M, before, took 0.8–1 s of the metrics' 1 s at 10,000 nodes.)
 */
export const CENTRALITY_BUDGET = 20_000_000;
/** Confidence of the stated error bound. */
export const CENTRALITY_CONFIDENCE = 0.95;
/** A sample never has fewer sources than this (below it the bound says nothing useful). */
const MIN_SOURCES = 64;

export interface CentralityEstimate {
  exact: boolean;
  /** Source nodes traversed (all n when exact). */
  sources: number;
  /** Every node's betweenness is within ±errorBound of the exact value with probability `confidence` (0 when exact). */
  errorBound: number;
  confidence: number;
}

export interface Centrality {
  /** Normalised betweenness per node index. */
  betweenness: Float64Array;
  /** Inter-community betweenness per node index (normalised by the ordered pairs in different communities). */
  brokerage: Float64Array;
  estimate: CentralityEstimate;
}

/** Compressed adjacency: node i's neighbours are targets[offsets[i] .. offsets[i+1]). */
interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

function csr(adjacency: readonly (readonly number[])[]): Csr {
  const n = adjacency.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + adjacency[i]!.length;
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) targets.set(adjacency[i]!, offsets[i]!);
  return { offsets, targets };
}

/** How many sources fit the budget for n nodes and `arcs` adjacency entries (2 per undirected link). */
export function sourcesWithin(n: number, arcs: number, budget = CENTRALITY_BUDGET): number {
  const perSource = n + arcs;
  return perSource === 0 ? n : Math.min(n, Math.max(MIN_SOURCES, Math.floor(budget / perSource)));
}

/** ε for k of n sources at the given confidence (see the header). */
export function errorBound(n: number, k: number, confidence = CENTRALITY_CONFIDENCE): number {
  if (k >= n || n <= 2) return 0;
  return (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * k));
}

/**
 * Betweenness and brokerage for an undirected simple graph given as adjacency lists of node indexes.
 * `seed` makes the sample (if any) the same for the same input.
 */
export function centrality(
  adjacency: readonly (readonly number[])[],
  community: readonly number[],
  seed: number,
  budget = CENTRALITY_BUDGET,
): Centrality {
  const n = adjacency.length;
  const g = csr(adjacency);
  const k = sourcesWithin(n, g.targets.length, budget);
  const sources = k >= n ? null : sample(n, k, seed);
  const between = new Float64Array(n);
  const broker = new Float64Array(n);
  const work = scratch(n, g.targets.length);
  const communityOf = Int32Array.from(community);
  const count = sources ? sources.length : n;
  for (let i = 0; i < count; i++) accumulate(g, communityOf, sources ? sources[i]! : i, work, between, broker);

  const scale = sources ? n / k : 1;
  const norm = n <= 2 ? 1 : (n - 1) * (n - 2);
  const sizes = new Map<number, number>();
  for (const c of community) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let pairs = 0; // ordered pairs (s, t) in different communities
  for (const size of sizes.values()) pairs += size * (n - size);
  for (let v = 0; v < n; v++) {
    between[v] = (between[v]! * scale) / norm;
    broker[v] = (broker[v]! * scale) / (pairs > 0 ? pairs : 1);
  }
  return {
    betweenness: between,
    brokerage: broker,
    estimate: { exact: sources === null, sources: count, errorBound: errorBound(n, count), confidence: CENTRALITY_CONFIDENCE },
  };
}

interface Scratch {
  sigma: Float64Array;
  dist: Int32Array;
  order: Int32Array;
  /** Predecessors of w: predOf[predStart[w] .. predStart[w] + predCount[w]) (at most deg(w) of them). */
  predOf: Int32Array;
  predCount: Int32Array;
  delta: Float64Array;
  deltaOwn: Float64Array;
}

function scratch(n: number, arcs: number): Scratch {
  return {
    sigma: new Float64Array(n),
    dist: new Int32Array(n).fill(-1),
    order: new Int32Array(n),
    predOf: new Int32Array(arcs),
    predCount: new Int32Array(n),
    delta: new Float64Array(n),
    deltaOwn: new Float64Array(n),
  };
}

// One source: BFS counting shortest paths, then dependencies accumulated in reverse BFS order, twice:
// over all targets (betweenness) and over targets outside the source's community (brokerage).
function accumulate(g: Csr, community: Int32Array, s: number, w: Scratch, between: Float64Array, broker: Float64Array): void {
  const { offsets, targets } = g;
  const { sigma, dist, order, predOf, predCount, delta, deltaOwn } = w;
  sigma[s] = 1;
  dist[s] = 0;
  order[0] = s;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    const dv = dist[v]! + 1;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const x = targets[a]!;
      if (dist[x] === -1) {
        dist[x] = dv;
        order[tail++] = x;
      }
      if (dist[x] === dv) {
        sigma[x]! += sigma[v]!;
        predOf[offsets[x]! + predCount[x]!] = v;
        predCount[x]! += 1;
      }
    }
  }
  const home = community[s];
  for (let i = tail - 1; i > 0; i--) {
    const x = order[i]!;
    const own = community[x] !== home ? 1 : 0;
    const base = offsets[x]!;
    for (let p = 0; p < predCount[x]!; p++) {
      const v = predOf[base + p]!;
      const share = sigma[v]! / sigma[x]!;
      delta[v]! += share * (1 + delta[x]!);
      deltaOwn[v]! += share * (own + deltaOwn[x]!);
    }
    between[x]! += delta[x]!;
    broker[x]! += deltaOwn[x]!;
  }
  // Only what this source reached was written: reset just that for the next one.
  for (let i = 0; i < tail; i++) {
    const x = order[i]!;
    sigma[x] = 0;
    dist[x] = -1;
    predCount[x] = 0;
    delta[x] = 0;
    deltaOwn[x] = 0;
  }
}

// k distinct sources out of n, the same for the same (n, k, seed): a partial Fisher–Yates shuffle
// driven by mulberry32.
function sample(n: number, k: number, seed: number): Int32Array {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}
