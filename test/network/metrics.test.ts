// Network metrics as pure functions against naive references: PageRank to 1e-6 per node (issue 13
// item 10) and brokers between communities (item 8).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/network/analysis.js';
import type { SubgraphModel } from '../../src/network/models.js';

function subgraph(edges: Array<[string, string]>): SubgraphModel {
  const ids = [...new Set(edges.flat())].sort();
  const node = (id: string) => ({ id, type: 'Person' as const, entity: { id, type: 'Person' } as never, members: [id], depth: 0 });
  return {
    nodes: ids.map(node),
    edges: edges.map(([s, t], i) => ({ id: `e${String(i).padStart(4, '0')}`, key: `ASSOCIATE_OF:e${String(i).padStart(4, '0')}`, type: 'ASSOCIATE_OF' as const, source: s, target: t, props: {}, provenance: {} as never })),
    truncated: false,
    cappedNodes: [],
  };
}

/** PageRank as the solution of (I - d·M) x = (1-d)/n, by Gaussian elimination (no iteration at all). */
function exactPageRank(ids: string[], edges: Array<[string, string]>, d = 0.85): Map<string, number> {
  const n = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const nb: Set<number>[] = ids.map(() => new Set());
  for (const [s, t] of edges) if (s !== t) { nb[at.get(s)!]!.add(at.get(t)!); nb[at.get(t)!]!.add(at.get(s)!); }
  const a = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : 0) - (nb[j]!.has(i) ? d / nb[j]!.size : nb[j]!.size === 0 ? d / n : 0)));
  const b = ids.map(() => (1 - d) / n);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < n; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  return new Map(ids.map((id, i) => [id, b[i]! / a[i]![i]!]));
}

describe('PageRank', () => {
  it.each([
    ['a long chain', Array.from({ length: 80 }, (_, i) => [`n${String(i).padStart(3, '0')}`, `n${String(i + 1).padStart(3, '0')}`] as [string, string])],
    ['a star with a tail', [...Array.from({ length: 30 }, (_, i) => ['hub', `s${i}`] as [string, string]), ...Array.from({ length: 40 }, (_, i) => [`t${i}`, `t${i + 1}`] as [string, string]), ['hub', 't0']] as Array<[string, string]>],
  ])('is within 1e-5 relative of the exact solution on %s', async (_, edges) => {
    const result = await analyse(subgraph(edges));
    const exact = exactPageRank(result.subgraph.nodes.map((n) => n.id), edges);
    for (const m of result.metrics) expect(Math.abs(m.pageRank - exact.get(m.node.id)!) / exact.get(m.node.id)!, m.node.id).toBeLessThan(1e-5);
  });
});

describe('brokers', () => {
  // Two dense cells of six; `x` alone joins them (two links into each). Cell A also has a long tail behind
  // a1: a1 has high betweenness but every neighbour of a1 is in its own community (the tail joins cell A).
  const cell = (p: string) => Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (__, j) => [`${p}${i}`, `${p}${j}`] as [string, string]).slice(i + 1)).flat();
  const tail = Array.from({ length: 3 }, (_, i) => [i === 0 ? 'a1' : `z${i - 1}`, `z${i}`] as [string, string]);
  const edges: Array<[string, string]> = [...cell('a'), ...cell('b'), ...tail, ['x', 'a4'], ['x', 'a5'], ['x', 'b4'], ['x', 'b5']];

  it('puts the one person joining two cells first, and no one whose links stay in their community', async () => {
    const result = await analyse(subgraph(edges));
    const community = new Map(result.metrics.map((m) => [m.node.id, m.community]));
    expect(community.get('a0')).not.toBe(community.get('b0'));
    expect(result.brokers[0]?.node.id).toBe('x');
    for (const b of result.brokers) {
      const neighbours = edges.filter((e) => e.includes(b.node.id)).map(([s, t]) => (s === b.node.id ? t : s));
      expect(neighbours.some((n) => community.get(n) !== community.get(b.node.id)), b.node.id).toBe(true);
    }
    // a1 is a high-betweenness hub inside cell A (its tail), but brokers nothing.
    expect(result.metrics.find((m) => m.node.id === 'a1')!.betweenness).toBeGreaterThan(0.3);
    expect(result.brokers.map((b) => b.node.id)).not.toContain('a1');
  });
});
