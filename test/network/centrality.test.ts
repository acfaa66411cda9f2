// Betweenness and brokerage (src/network/centrality.ts) against deliberately naive references that count
// shortest paths pair by pair (no Brandes), on generated graphs: exact within the budget, and a sampled
// estimate beyond it that stays within its stated error bound (issue 15: the 10,000-node network).
import { describe, expect, it } from 'vitest';
import { centrality, errorBound, sample } from '../../src/network/centrality.js';
import { betweenness } from './oracle/reference.js';

/** A seeded graph: a random forest plus extra links (some graphs disconnected), as adjacency lists. */
function graph(n: number, extra: number, seed: number, trees = 1): number[][] {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (let i = trees; i < n; i++) {
    const j = Math.floor(rnd() * i);
    adj[i]!.add(j);
    adj[j]!.add(i);
  }
  for (let e = 0; e < extra; e++) {
    const [a, b] = [Math.floor(rnd() * n), Math.floor(rnd() * n)];
    if (a !== b) {
      adj[a]!.add(b);
      adj[b]!.add(a);
    }
  }
  return adj.map((x) => [...x].sort((a, b) => a - b));
}

const asMap = (adj: number[][]) => new Map(adj.map((out, i) => [String(i), new Map(out.map((j) => [String(j), ['e']]))]));

/** Shortest-path counts from every node, by breadth-first search (no Brandes). */
function allPairs(adj: number[][]) {
  const n = adj.length;
  return adj.map((_, s) => {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (const v of adj[u]!) {
        if (dist[v] === -1) { dist[v] = dist[u]! + 1; queue.push(v); }
        if (dist[v] === dist[u]! + 1) sigma[v]! += sigma[u]!;
      }
    }
    return { dist, sigma };
  });
}

/**
 * Pair by pair, from the given sources to every target (of another community than the source when
 * `community` is given): the share of shortest paths through each v, summed.
 */
function dependencies(adj: number[][], sources: Iterable<number>, community?: number[]): number[] {
  const n = adj.length;
  const all = allPairs(adj);
  const out = new Array<number>(n).fill(0);
  for (const s of sources) for (let t = 0; t < n; t++) {
    if (community && community[s] === community[t]) continue;
    const d = all[s]!.dist[t]!;
    if (s === t || d < 0) continue;
    for (let v = 0; v < n; v++) {
      if (v === s || v === t) continue;
      const [dsv, dvt] = [all[s]!.dist[v]!, all[v]!.dist[t]!];
      if (dsv >= 0 && dvt >= 0 && dsv + dvt === d) out[v]! += (all[s]!.sigma[v]! * all[v]!.sigma[t]!) / all[s]!.sigma[t]!;
    }
  }
  return out;
}

/** Ordered pairs of nodes in different communities. */
const pairsApart = (community: number[]) => community.reduce((m, c) => m + community.filter((d) => d !== c).length, 0);

/** Inter-community betweenness pair by pair: shortest paths between nodes of different communities through v. */
function brokerageByPairs(adj: number[][], community: number[]): number[] {
  const pairs = pairsApart(community);
  return dependencies(adj, adj.keys(), community).map((x) => x / (pairs > 0 ? pairs : 1));
}

/**
 * Communities as a community detection gives them to sparse cells: blocks of nodes by index, each
 * leaf (one link) with its neighbour, except every fifth leaf, which is kept apart.
 */
function cells(adj: number[][]): number[] {
  const block = adj.map((_, i) => Math.floor(i / 6) % 5);
  let leaf = 0;
  return adj.map((out, i) => (out.length === 1 && leaf++ % 5 !== 0 ? block[out[0]!]! : block[i]!));
}

describe('centrality: exact within the budget', () => {
  const cases = Array.from({ length: 24 }, (_, i) => ({ n: 5 + i * 3, extra: (i * 7) % 23, seed: 100 + i, trees: 1 + (i % 3) }));

  it.each(cases)('betweenness equals the pair-by-pair count (n=$n, +$extra links, $trees trees)', ({ n, extra, seed, trees }) => {
    const adj = graph(n, extra, seed, trees);
    const got = centrality(adj, adj.map(() => 0), 1);
    const want = betweenness(asMap(adj));
    expect(got.estimate).toEqual({ exact: true, sources: n, errorBound: 0, confidence: 0.95 });
    adj.forEach((_, v) => expect(got.betweenness[v], `node ${v}`).toBeCloseTo(want.get(String(v))!, 12));
  });

  it.each(cases)('brokerage equals the pair-by-pair count over communities (n=$n)', ({ n, extra, seed, trees }) => {
    const adj = graph(n, extra, seed, trees);
    const community = adj.map((_, i) => (i * 5 + seed) % 4);
    const got = centrality(adj, community, 1);
    const want = brokerageByPairs(adj, community);
    adj.forEach((_, v) => expect(got.brokerage[v], `node ${v}`).toBeCloseTo(want[v]!, 12));
  });

  // Leaves that share their neighbour's community are folded into it (one pass serves both): these
  // communities fold most leaves and keep some apart, on graphs of stars, paths and two-node pieces.
  it.each(cases)('with leaves in their neighbour\'s community: both equal the pair-by-pair counts (n=$n)', ({ n, extra, seed, trees }) => {
    const adj = graph(n, extra % 5, seed, trees + 1);
    const community = cells(adj);
    const folded = adj.filter((out, i) => out.length === 1 && adj[out[0]!]!.length > 1 && community[out[0]!] === community[i]).length;
    expect(folded, 'leaves folded').toBeGreaterThan(0);
    const got = centrality(adj, community, 1);
    const between = betweenness(asMap(adj));
    const broker = brokerageByPairs(adj, community);
    expect(got.estimate.exact).toBe(true);
    adj.forEach((_, v) => {
      expect(got.betweenness[v], `betweenness of ${v}`).toBeCloseTo(between.get(String(v))!, 12);
      expect(got.brokerage[v], `brokerage of ${v}`).toBeCloseTo(broker[v]!, 12);
    });
  });

  it('pieces of two nodes, lone nodes and a star whose leaves are all folded', () => {
    // 0-1 (two leaves of each other), 2 alone, star 3 with leaves 4..8, path 9-10-11.
    const adj = [[1], [0], [], [4, 5, 6, 7, 8], [3], [3], [3], [3], [3], [10], [9, 11], [10]];
    const community = [0, 0, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4];
    const got = centrality(adj, community, 1);
    const between = betweenness(asMap(adj));
    const broker = brokerageByPairs(adj, community);
    adj.forEach((_, v) => {
      expect(got.betweenness[v], `betweenness of ${v}`).toBeCloseTo(between.get(String(v))!, 12);
      expect(got.brokerage[v], `brokerage of ${v}`).toBeCloseTo(broker[v]!, 12);
    });
    expect(got.betweenness[3]).toBeGreaterThan(0);
    expect(got.brokerage[10]).toBeGreaterThan(0);
  });
});

describe('centrality: sampled beyond the budget', () => {
  const adj = graph(500, 120, 7, 2);
  const community = cells(adj);
  const exact = centrality(adj, community, 1);
  // A pass costs the nodes and adjacency entries left when the leaves in their neighbour's community
  // are folded into it; a budget for about 100 of the 500 sources.
  const folded = adj.map((out, i) => out.length === 1 && adj[out[0]!]!.length > 1 && community[out[0]!] === community[i]);
  const perPass = adj.reduce((m, out, i) => (folded[i] ? m : m + 1 + out.filter((j) => !folded[j]).length), 0);
  const budget = 100 * perPass;
  const sampled = centrality(adj, community, 1, budget);

  it('says it is an estimate, from how many sources, with which bound', () => {
    expect(folded.filter(Boolean).length).toBeGreaterThan(100);
    expect(exact.estimate.exact).toBe(true);
    expect(sampled.estimate).toEqual({ exact: false, sources: 100, errorBound: errorBound(500, 100), confidence: 0.95 });
    expect(sampled.estimate.errorBound).toBeGreaterThan(0);
  });

  it('is Brandes & Pich\'s estimate: the sampled sources\' dependencies, pair by pair, scaled by n / k', () => {
    const sources = [...sample(500, 100, 1)];
    expect(sources.some((s) => folded[s])).toBe(true);
    const between = dependencies(adj, sources).map((x) => (x * 500) / 100 / (499 * 498));
    const broker = dependencies(adj, sources, community).map((x) => (x * 500) / 100 / pairsApart(community));
    adj.forEach((_, v) => {
      expect(sampled.betweenness[v], `betweenness of ${v}`).toBeCloseTo(between[v]!, 12);
      expect(sampled.brokerage[v], `brokerage of ${v}`).toBeCloseTo(broker[v]!, 12);
    });
  });

  it('every node lies within the stated bound of its exact betweenness', () => {
    const worst = Math.max(...adj.map((_, v) => Math.abs(sampled.betweenness[v]! - exact.betweenness[v]!)));
    expect(worst).toBeLessThanOrEqual(sampled.estimate.errorBound);
    // Not a trivial pass: the estimate differs from the exact values, yet finds the same top nodes.
    expect(worst).toBeGreaterThan(0);
    const top = (xs: Float64Array, k: number) => [...xs.keys()].sort((a, b) => xs[b]! - xs[a]!).slice(0, k);
    expect(top(sampled.betweenness, 10)).toContain(top(exact.betweenness, 1)[0]);
  });

  it('is the same for the same network', () => {
    const again = centrality(adj, community, 1, budget);
    expect([...again.betweenness]).toEqual([...sampled.betweenness]);
    expect([...again.brokerage]).toEqual([...sampled.brokerage]);
  });
});
