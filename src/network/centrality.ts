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
 * Steps an analysis may spend on centrality: each Brandes pass costs about (nodes + adjacency entries)
 * of the network with its leaves folded in (below); when a pass from every node does not fit, a sample
 * of sources does. 10M steps take about 0.2 s on the 2-core project machines, which with the walk
 * (~1 s at 10,000 nodes) keeps `network` within its 2 s (issue 15). The bench's 9,897 nodes with 12,187
 * links (two thirds of them leaves) get 648 sources (586 from 20M steps before leaves were folded, in
 * twice the time); a network with few leaves, 10,000 nodes and 25,000 links, 166. Exact while a pass
 * from every node that is not a folded leaf fits: up to about 1,800 such nodes in a sparse network.
 */
export const CENTRALITY_BUDGET = 10_000_000;
/** Confidence of the stated error bound. */
export const CENTRALITY_CONFIDENCE = 0.95;
/** A sample never has fewer sources than this (below it the bound says nothing useful). */
const MIN_SOURCES = 64;

export interface CentralityEstimate {
  exact: boolean;
  /** Source nodes counted (all n when exact). */
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

/**
 * The network with its leaves folded in. A leaf (one link, to a node with more, in the same community)
 * lies inside no shortest path, and every shortest path from it is its link and then one from its
 * neighbour: a pass from the neighbour gives the leaf's dependencies too, and a leaf as a target is
 * weighed into its neighbour. So passes run on the core (every node that is not a folded leaf, indexed
 * 0..core−1), each core node weighing 1 + its folded leaves (Baglioni et al. 2012). Two thirds of the
 * bench's 10,000-node network are such leaves (people with one link into the cell).
 */
interface Folded {
  core: Csr;
  /** Per core index: its node index. */
  node: Int32Array;
  /** Per core index: its folded leaves. */
  leaves: Float64Array;
  /** Per core index: 1 + its folded leaves (itself and the targets reached only through it). */
  weight: Float64Array;
  community: Int32Array;
  /** Per core index: the nodes of its component, and those of them in its community. */
  componentSize: Float64Array;
  sameCommunity: Float64Array;
  /** Per node: the core index it is, or the one it hangs on when folded. */
  rep: Int32Array;
  folded: Uint8Array;
}

function fold(adjacency: readonly (readonly number[])[], community: readonly number[]): Folded {
  const n = adjacency.length;
  const folded = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const out = adjacency[i]!;
    if (out.length === 1 && adjacency[out[0]!]!.length > 1 && community[out[0]!] === community[i]) folded[i] = 1;
  }
  const rep = new Int32Array(n).fill(-1);
  let size = 0;
  for (let i = 0; i < n; i++) if (!folded[i]) rep[i] = size++;
  const node = new Int32Array(size);
  const leaves = new Float64Array(size);
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) {
    if (folded[i]) continue;
    node[rep[i]!] = i;
    let kept = 0;
    for (const j of adjacency[i]!) if (!folded[j]) kept++;
    offsets[rep[i]! + 1] = kept;
  }
  for (let c = 0; c < size; c++) offsets[c + 1]! += offsets[c]!;
  const targets = new Int32Array(offsets[size]!);
  for (let c = 0; c < size; c++) {
    let at = offsets[c]!;
    for (const j of adjacency[node[c]!]!) if (!folded[j]) targets[at++] = rep[j]!;
  }
  for (let i = 0; i < n; i++) {
    if (!folded[i]) continue;
    const to = rep[adjacency[i]![0]!]!;
    rep[i] = to;
    leaves[to]! += 1;
  }
  const weight = leaves.map((l) => 1 + l);
  const coreCommunity = Int32Array.from(node, (i) => community[i]!);
  // Components of the core (folding disconnects nothing), with their weighed sizes, per community too.
  const label = new Int32Array(size).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(size);
  for (let c = 0; c < size; c++) {
    if (label[c] !== -1) continue;
    const id = sizes.length;
    let total = 0;
    let tail = 0;
    queue[tail++] = c;
    label[c] = id;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      total += weight[v]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const x = targets[a]!;
        if (label[x] === -1) {
          label[x] = id;
          queue[tail++] = x;
        }
      }
    }
    sizes.push(total);
  }
  const key = (c: number) => `${label[c]} ${coreCommunity[c]}`;
  const byCommunity = new Map<string, number>();
  for (let c = 0; c < size; c++) byCommunity.set(key(c), (byCommunity.get(key(c)) ?? 0) + weight[c]!);
  return {
    core: { offsets, targets },
    node,
    leaves,
    weight,
    community: coreCommunity,
    componentSize: Float64Array.from(label, (l) => sizes[l]!),
    sameCommunity: Float64Array.from({ length: size }, (_, c) => byCommunity.get(key(c))!),
    rep,
    folded,
  };
}

/**
 * How many of n sources fit the budget when each pass costs `perPass` steps and a pass from each of
 * `passes` nodes covers all n (every node that is not a folded leaf).
 */
export function sourcesWithin(n: number, passes: number, perPass: number, budget = CENTRALITY_BUDGET): number {
  if (perPass === 0 || passes * perPass <= budget) return n;
  return Math.min(n, Math.max(MIN_SOURCES, Math.floor(budget / perPass)));
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
  const f = fold(adjacency, community);
  const coreSize = f.node.length;
  const k = sourcesWithin(n, coreSize, coreSize + f.core.targets.length, budget);
  // Per core node: how many of the sources are it or one of its folded leaves, and how many are leaves.
  const passes = new Float64Array(coreSize);
  const leafSources = new Float64Array(coreSize);
  const sources = k >= n ? null : sample(n, k, seed);
  if (sources) {
    for (const s of sources) {
      passes[f.rep[s]!]! += 1;
      if (f.folded[s]) leafSources[f.rep[s]!]! += 1;
    }
  } else {
    passes.set(f.weight);
    leafSources.set(f.leaves);
  }
  const between = new Float64Array(n);
  const broker = new Float64Array(n);
  const work = scratch(coreSize, f.core.targets.length);
  for (let c = 0; c < coreSize; c++) {
    if (passes[c]! > 0) accumulate(f, c, passes[c]!, work, between, broker);
    // From each of its folded leaves, a node lies on the path to every other node of its component
    // (and, for brokerage, to every one outside its community).
    if (leafSources[c]! > 0) {
      between[f.node[c]!]! += leafSources[c]! * (f.componentSize[c]! - 2);
      broker[f.node[c]!]! += leafSources[c]! * (f.componentSize[c]! - f.sameCommunity[c]!);
    }
  }

  const count = sources ? sources.length : n;
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

// One pass from core node s, counted `times` (s and the sources among its folded leaves: past s their
// dependencies are s's): BFS counting shortest paths, then dependencies accumulated in reverse BFS
// order, each target weighing 1 + its folded leaves, twice: over all targets (betweenness) and over
// targets outside the source's community (brokerage). A node's own folded leaves add to its dependency
// as targets reached through it.
function accumulate(f: Folded, s: number, times: number, w: Scratch, between: Float64Array, broker: Float64Array): void {
  const { offsets, targets } = f.core;
  const { weight, leaves, community, node } = f;
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
    const outside = community[x] !== home;
    const own = outside ? weight[x]! : 0;
    const base = offsets[x]!;
    for (let p = 0; p < predCount[x]!; p++) {
      const v = predOf[base + p]!;
      const share = sigma[v]! / sigma[x]!;
      delta[v]! += share * (weight[x]! + delta[x]!);
      deltaOwn[v]! += share * (own + deltaOwn[x]!);
    }
    between[node[x]!]! += times * (delta[x]! + leaves[x]!);
    broker[node[x]!]! += times * (deltaOwn[x]! + (outside ? leaves[x]! : 0));
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
export function sample(n: number, k: number, seed: number): Int32Array {
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
