// Resolved identities: records joined by visible SAME_AS links collapse into one node.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import type { SubgraphEdgeModel, SubgraphModel, SubgraphNodeModel } from './models.js';
import { toSubgraphNode } from './mapSubgraph.js';
import { SAME_AS_OF } from './queries.js';
import { NOW, viewParams, type View } from '../records/view.js';

/** Union-find over record ids; the representative of a cluster is its smallest id (stable). */
export class IdentityClusters {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(id, root);
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }

  members(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      out.set(root, [...(out.get(root) ?? []), id]);
    }
    for (const list of out.values()) list.sort();
    return out;
  }
}

/** Collapses a subgraph; SAME_AS partners outside it join as members of their cluster. */
export async function resolveIdentities(ctx: Context, sub: SubgraphModel, view: View = NOW): Promise<SubgraphModel> {
  const rows = await ctx.graph.read(SAME_AS_OF, { ids: sub.nodes.map((n) => n.id), ...viewParams(view) });
  const clusters = new IdentityClusters();
  const partners = new Map<string, SubgraphNodeModel>();
  for (const n of sub.nodes) clusters.find(n.id);
  for (const row of rows) {
    const partner = toSubgraphNode(row.b as Plain, 0, view);
    partners.set(partner.id, partner);
    clusters.union(String(row.a), partner.id);
  }
  return collapse(sub, clusters, partners);
}

export function collapse(sub: SubgraphModel, clusters: IdentityClusters, partners = new Map<string, SubgraphNodeModel>()): SubgraphModel {
  const byId = new Map([...partners, ...sub.nodes.map((n) => [n.id, n] as const)]);
  const nodes: SubgraphNodeModel[] = [];
  for (const [root, members] of clusters.members()) {
    const inSub = members.map((m) => byId.get(m)).filter((n): n is SubgraphNodeModel => !!n && sub.nodes.includes(n));
    if (inSub.length === 0) continue;
    const head = byId.get(root) ?? inSub[0]!;
    nodes.push({ ...head, id: root, members, depth: Math.min(...inSub.map((n) => n.depth)) });
  }
  const edges: SubgraphEdgeModel[] = [];
  for (const e of sub.edges) {
    const [source, target] = [clusters.find(e.source), clusters.find(e.target)];
    if (source !== target) edges.push({ ...e, source, target }); // SAME_AS becomes a self-loop: dropped
  }
  nodes.sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));
  return { ...sub, nodes, edges, cappedNodes: [...new Set(sub.cappedNodes.map((id) => clusters.find(id)))] };
}
