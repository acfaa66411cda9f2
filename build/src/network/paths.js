import { int } from "../graph/params.js";
import { badInput } from "../errors.js";
import { checkId } from "../records/service.js";
import { toSubgraphEdge, toSubgraphNode } from "./mapSubgraph.js";
import { viewParams } from "../records/view.js";
const MAX_HOPS = 6;
const MAX_PATHS = 25;
const ENDS = `
MATCH (a:Entity {id: $from}) WHERE ACL(a)
MATCH (b:Entity {id: $to}) WHERE ACL(b)`;
const TYPES_OK = "(size($types) = 0 OR all(x IN relationships(p) WHERE type(x) IN $types))";
const RETURN_PATH = `RETURN [n IN nodes(p) | n] AS ns, [r IN relationships(p) | {r: r, s: startNode(r).id, t: endNode(r).id}] AS rs`;
const hops = Array.from({ length: MAX_HOPS }, (_, i) => i + 1);
const ALL_SHORTEST = Object.fromEntries(
  hops.map((h) => [h, `${ENDS}
MATCH p = allShortestPaths((a)-[*..${h}]-(b))
WHERE ACL_PATH(p) AND ${TYPES_OK}
${RETURN_PATH}
LIMIT $limit`])
);
function kShortest(k, h) {
  if (!Number.isInteger(k) || k < 1 || k > MAX_PATHS || !Number.isInteger(h) || h < 1 || h > MAX_HOPS) throw new Error("k or hops out of range");
  return `${ENDS}
MATCH p = SHORTEST ${k} (a) (()-[r]-(x:Entity) WHERE ACL(r) AND ACL(x) AND (size($types) = 0 OR type(r) IN $types)){1,${h}} (b)
${RETURN_PATH}`;
}
async function findPaths(ctx, req) {
  checkId(req.from, "from");
  checkId(req.to, "to");
  if (req.from === req.to) throw badInput("`from` and `to` must be different records", "to");
  const query = req.mode === "K_SHORTEST" ? kShortest(req.limit, req.maxHops) : ALL_SHORTEST[req.maxHops];
  const types = req.resolveIdentities && req.types.length > 0 ? [...req.types, "SAME_AS"] : req.types;
  const rows = await ctx.graph.read(query, { from: req.from, to: req.to, types, limit: int(req.limit), ...viewParams(req.view) });
  const found = rows.map((row) => toPath(row.ns, row.rs, req.view));
  const paths = req.resolveIdentities ? found.map(foldSameAs) : found;
  paths.sort((a, b) => a.length - b.length || pathKey(a).localeCompare(pathKey(b)));
  ctx.audit.add(paths.flatMap((p) => p.nodes.map((n) => n.id)));
  return paths.slice(0, req.limit);
}
function toPath(ns, rs, view) {
  const nodes = ns.map((n, i) => toSubgraphNode(n, i, view));
  const edges = rs.map(({ r, s, t }) => toSubgraphEdge(r, s, t));
  return { nodes, edges, length: edges.length };
}
function foldSameAs(p) {
  const nodes = [p.nodes[0]];
  const edges = [];
  for (const [i, edge] of p.edges.entries()) {
    const next = p.nodes[i + 1];
    if (edge.type === "SAME_AS") {
      const last = nodes[nodes.length - 1];
      nodes[nodes.length - 1] = { ...last, members: [...last.members, ...next.members].sort() };
    } else {
      nodes.push({ ...next, depth: nodes.length });
      edges.push(edge);
    }
  }
  return { nodes, edges, length: edges.length };
}
const pathKey = (p) => p.nodes.map((n) => n.id).join(">");
export {
  ALL_SHORTEST,
  MAX_HOPS,
  MAX_PATHS,
  findPaths,
  kShortest
};
