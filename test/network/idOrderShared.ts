// Shared by idOrder.test.ts and its child process (test/fixtures/network/analyseInLocale.ts).
import type { NetworkAnalysisModel, SubgraphModel } from '../../src/network/models.js';

/** What the analysis's order decides: the metrics' order, key players, and the communities' members. */
export function orderOf(a: NetworkAnalysisModel) {
  return {
    metrics: a.metrics.map((m) => m.node.id),
    communities: a.communities.map((c) => c.members),
    brokers: a.brokers.map((b) => b.node.id),
    recruiters: a.recruiters.map((r) => r.node.id),
  };
}

/** A pure subgraph (no database) of Person nodes and typed links, for analyse(). */
export function subgraphOf(links: Array<[string, string, 'ASSOCIATE_OF' | 'RECRUITED']>): SubgraphModel {
  const ids = [...new Set(links.flatMap(([s, t]) => [s, t]))];
  return {
    nodes: ids.map((id) => ({ id, type: 'Person', entity: { id, type: 'Person' } as never, members: [id], depth: 0 })),
    edges: links.map(([s, t, type], i) => ({ id: `e${i}`, key: `${type}:e${i}`, type, source: s, target: t, props: {}, provenance: {} as never })),
    truncated: false,
    cappedNodes: [],
  };
}
