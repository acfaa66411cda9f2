// Betweenness and brokerage (src/network/centrality.ts) against deliberately naive references that count
// shortest paths pair by pair (no Brandes), on generated graphs: exact within the budget, and a sampled
// estimate beyond it that stays within its stated error bound (issue 15: the 10,000-node network).
import { describe, expect, it } from 'vitest';
import { centrality, errorBound } from '../../src/network/centrality.js';
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

/** Inter-community betweenness pair by pair: shortest paths between nodes of different communities through v. */
function brokerageByPairs(adj: number[][], community: number[]): number[] {
  const n = adj.length;
  const bfs = (s: number) => {
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
  };
  const all = adj.map((_, s) => bfs(s));
  const out = new Array<number>(n).fill(0);
  let pairs = 0;
  for (let s = 0; s < n; s++) for (let t = 0; t < n; t++) {
    if (community[s] === community[t]) continue;
    pairs += 1;
    const d = all[s]!.dist[t]!;
    if (s === t || d < 0) continue;
    for (let v = 0; v < n; v++) {
      if (v === s || v === t) continue;
      const [dsv, dvt] = [all[s]!.dist[v]!, all[v]!.dist[t]!];
      if (dsv >= 0 && dvt >= 0 && dsv + dvt === d) out[v]! += (all[s]!.sigma[v]! * all[v]!.sigma[t]!) / all[s]!.sigma[t]!;
    }
  }
  return out.map((x) => x / (pairs > 0 ? pairs : 1));
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
});

describe('centrality: sampled beyond the budget', () => {
  const adj = graph(800, 900, 7, 2);
  const community = adj.map((_, i) => i % 6);
  const exact = centrality(adj, community, 1);
  // A budget for about 150 of the 800 sources.
  const budget = 150 * (800 + adj.reduce((m, out) => m + out.length, 0));
  const sampled = centrality(adj, community, 1, budget);

  it('says it is an estimate, from how many sources, with which bound', () => {
    expect(exact.estimate.exact).toBe(true);
    expect(sampled.estimate).toEqual({ exact: false, sources: 150, errorBound: errorBound(800, 150), confidence: 0.95 });
    expect(sampled.estimate.errorBound).toBeGreaterThan(0);
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
