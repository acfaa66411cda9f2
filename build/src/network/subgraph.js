import { int } from "../graph/params.js";
import { checkId, MAX_IDS } from "../records/service.js";
import { badInput } from "../errors.js";
import { viewParams } from "../records/view.js";
import { toSubgraphEdge, toSubgraphNode } from "./mapSubgraph.js";
import { EXPAND_LEVEL, INDUCED_EDGES } from "./queries.js";
import { windowParams } from "../time/window.js";
import { loadAll } from "../records/loaders.js";
class SubgraphBuilder {
  constructor(limit, view) {
    this.limit = limit;
    this.view = view;
  }
  limit;
  view;
  nodes = /* @__PURE__ */ new Map();
  edges = /* @__PURE__ */ new Map();
  capped = [];
  truncated = false;
  /** Adds a level's links; returns the newly reached node ids (the next frontier). */
  addLevel(fid, links, perNode, depth) {
    if (links.length > perNode) {
      this.capped.push(fid);
      this.truncated = true;
    }
    const next = [];
    for (const link of links.slice(0, perNode)) {
      const far = toSubgraphNode(link.t, depth, this.view);
      if (!this.nodes.has(far.id)) {
        if (this.nodes.size >= this.limit) {
          this.truncated = true;
          continue;
        }
        this.nodes.set(far.id, far);
        next.push(far.id);
      }
      const edge = toSubgraphEdge(link.r, link.s, link.s === fid ? far.id : fid);
      this.edges.set(edge.id, edge);
    }
    return next;
  }
  result() {
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
      truncated: this.truncated,
      cappedNodes: this.capped
    };
  }
}
async function buildSubgraph(ctx, req) {
  if (req.ids.length === 0 || req.ids.length > MAX_IDS) throw badInput(`give 1 to ${MAX_IDS} ids`, "ids");
  req.ids.forEach((id) => checkId(id, "ids"));
  const window = { ...windowParams(req.between), ...viewParams(req.view) };
  const builder = new SubgraphBuilder(req.limit, req.view);
  const seeds = (await loadAll(ctx.records.byIdAt(req.view), [...new Set(req.ids)])).filter((e) => !!e);
  for (const seed of seeds.slice(0, req.limit)) builder.nodes.set(seed.id, { id: seed.id, type: seed.type, entity: seed, members: [seed.id], depth: 0 });
  let frontier = [...builder.nodes.keys()];
  for (let depth = 1; depth <= req.depth && frontier.length > 0; depth++) {
    const rows = await ctx.graph.read(EXPAND_LEVEL, { frontier, cap: int(req.perNodeLimit + 1), types: req.types, ...window });
    const byId = new Map(rows.map((row) => [String(row.fid), row.links]));
    frontier = frontier.flatMap((fid) => builder.addLevel(fid, byId.get(fid) ?? [], req.perNodeLimit, depth));
  }
  await addInducedEdges(ctx, builder, req.types, window);
  ctx.audit.add(builder.nodes.keys());
  return builder.result();
}
async function addInducedEdges(ctx, b, types, window) {
  if (b.nodes.size < 2) return;
  const rows = await ctx.graph.read(INDUCED_EDGES, { ids: [...b.nodes.keys()], types, ...window });
  for (const row of rows) {
    const edge = toSubgraphEdge(row.r ?? null, String(row.s), String(row.t));
    if (!b.edges.has(edge.id)) b.edges.set(edge.id, edge);
  }
}
export {
  buildSubgraph
};
