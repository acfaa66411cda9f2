// Paths searched in memory on the visible graph around both ends: resolved identities (hops counted
// between identities) and k shortest simple paths, which Cypher 5 cannot express (SHORTEST k only
// forbids repeating a relationship, and counts SAME_AS hops).
import type { Context } from '../context.js';
import { skeinError, ErrorCode } from '../errors.js';
import type { PathModel, SubgraphEdgeModel, SubgraphModel, SubgraphNodeModel } from './models.js';
import type { PathRequest } from './paths.js';
import { adjacency, allShortest, kShortestSimple, type Adjacency } from './pathSearch.js';
import { buildSubgraph } from './subgraph.js';

/** Records (or identities) loaded around each end; a path search over more is refused, never cut. */
export const PATH_BALL_LIMIT = 5000;
const LINKS_PER_NODE = 20_000;

/**
 * Every node of a path of at most L hops lies within ceil(L/2) hops of `from` or floor(L/2) of `to`,
 * and every one of its links is walked from one of the two sides, so the two balls hold every path.
 */
async function ballsAround(ctx: Context, req: PathRequest): Promise<SubgraphModel> {
  const ball = (id: string, depth: number) =>
    buildSubgraph(ctx, { ids: [id], depth, types: req.types, between: null, limit: PATH_BALL_LIMIT, perNodeLimit: LINKS_PER_NODE, view: req.view, resolve: req.resolveIdentities });
  const [a, b] = [await ball(req.from, Math.ceil(req.maxHops / 2)), await ball(req.to, Math.floor(req.maxHops / 2))];
  if (a.truncated || b.truncated) {
    throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${PATH_BALL_LIMIT} records lie within ${Math.ceil(req.maxHops / 2)} hops of an end of the path; lower maxHops or narrow types`);
  }
  const nodes = new Map([...b.nodes, ...a.nodes].map((n) => [n.id, n]));
  const edges = new Map([...a.edges, ...b.edges].map((e) => [e.key, e]));
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false, cappedNodes: [] };
}

export async function searchInMemory(ctx: Context, req: PathRequest): Promise<PathModel[]> {
  const graph = await ballsAround(ctx, req);
  // The ends as nodes of this graph: a resolved end is its identity (keyed by its lowest member id).
  const keyOf = (id: string) => graph.nodes.find((n) => n.members.includes(id))?.id;
  const [s, t] = [keyOf(req.from), keyOf(req.to)];
  if (!s || !t || s === t) return []; // a hidden end, or both ends one identity: no path to show
  const adj = adjacency(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  if (req.mode === 'K_SHORTEST') {
    return kShortestSimple(adj, s, t, req.maxHops, req.limit).map((ns) => toPath(ns, ns.slice(1).map((v, i) => adj.get(ns[i]!)!.get(v)![0]!), byId));
  }
  const out: PathModel[] = [];
  for (const ns of allShortest(adj, s, t, req.maxHops, req.limit)) {
    for (const links of linkChoices(adj, ns, req.limit - out.length)) out.push(toPath(ns, links, byId));
    if (out.length >= req.limit) break;
  }
  return out;
}

// Parallel links make distinct paths (as Cypher's do): every choice of one link per hop, lowest keys first.
function linkChoices(adj: Adjacency, ns: string[], limit: number): SubgraphEdgeModel[][] {
  let out: SubgraphEdgeModel[][] = [[]];
  for (let i = 1; i < ns.length; i++) {
    const links = adj.get(ns[i - 1]!)!.get(ns[i]!)!;
    out = out.flatMap((prefix) => links.map((l) => [...prefix, l])).slice(0, limit);
  }
  return out;
}

function toPath(ns: string[], edges: SubgraphEdgeModel[], byId: Map<string, SubgraphNodeModel>): PathModel {
  return { nodes: ns.map((id, depth) => ({ ...byId.get(id)!, depth })), edges, length: edges.length };
}
