import { toSubgraphNode } from "./mapSubgraph.js";
import { SAME_AS_OF } from "./queries.js";
import { NOW, viewParams } from "../records/view.js";
class IdentityClusters {
  parent = /* @__PURE__ */ new Map();
  find(id) {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root);
    this.parent.set(id, root);
    return root;
  }
  union(a, b) {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }
  members() {
    const out = /* @__PURE__ */ new Map();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      out.set(root, [...out.get(root) ?? [], id]);
    }
    for (const list of out.values()) list.sort();
    return out;
  }
}
async function resolveIdentities(ctx, sub, view = NOW) {
  const rows = await ctx.graph.read(SAME_AS_OF, { ids: sub.nodes.map((n) => n.id), ...viewParams(view) });
  const clusters = new IdentityClusters();
  const partners = /* @__PURE__ */ new Map();
  for (const n of sub.nodes) clusters.find(n.id);
  for (const row of rows) {
    const partner = toSubgraphNode(row.b, 0, view);
    partners.set(partner.id, partner);
    clusters.union(String(row.a), partner.id);
  }
  return collapse(sub, clusters, partners);
}
function collapse(sub, clusters, partners = /* @__PURE__ */ new Map()) {
  const byId = new Map([...partners, ...sub.nodes.map((n) => [n.id, n])]);
  const nodes = [];
  for (const [root, members] of clusters.members()) {
    const inSub = members.map((m) => byId.get(m)).filter((n) => !!n && sub.nodes.includes(n));
    if (inSub.length === 0) continue;
    const head = byId.get(root) ?? inSub[0];
    nodes.push({ ...head, id: root, members, depth: Math.min(...inSub.map((n) => n.depth)) });
  }
  const edges = [];
  for (const e of sub.edges) {
    const [source, target] = [clusters.find(e.source), clusters.find(e.target)];
    if (source !== target) edges.push({ ...e, source, target });
  }
  nodes.sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));
  return { ...sub, nodes, edges, cappedNodes: [...new Set(sub.cappedNodes.map((id) => clusters.find(id)))] };
}
export {
  IdentityClusters,
  collapse,
  resolveIdentities
};
