// Shortest paths between two records through visible records only (a hidden hop does not exist).
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { badInput } from '../errors.js';
import type { RelationshipType } from '../model/graphModel.js';
import { checkId } from '../records/service.js';
import type { PathModel } from './models.js';
import { toSubgraphEdge, toSubgraphNode } from './mapSubgraph.js';
import { byCodeUnit } from '../model/order.js';
import { searchInMemory } from './pathBalls.js';
import { viewParams, type View } from '../records/view.js';

export const MAX_HOPS = 6;
export const MAX_PATHS = 25;

const ENDS = `
MATCH (a:Entity {id: $from}) WHERE ACL(a)
MATCH (b:Entity {id: $to}) WHERE ACL(b)`;
const TYPES_OK = '(size($types) = 0 OR all(x IN relationships(p) WHERE type(x) IN $types))';
const RETURN_PATH = `RETURN [n IN nodes(p) | n] AS ns, [r IN relationships(p) | {r: r, s: startNode(r).id, t: endNode(r).id}] AS rs`;

// Hop bounds must be literals in Cypher; they come only from this table of validated integers.
const hops = Array.from({ length: MAX_HOPS }, (_, i) => i + 1);
export const ALL_SHORTEST = Object.fromEntries(
  hops.map((h) => [h, `${ENDS}
MATCH p = allShortestPaths((a)-[*..${h}]-(b))
WHERE ACL_PATH(p) AND ${TYPES_OK}
${RETURN_PATH}
LIMIT $limit`]),
) as Record<number, string>;
export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  types: readonly RelationshipType[];
  limit: number;
  mode: 'ALL_SHORTEST' | 'K_SHORTEST';
  /** SAME_AS hops join records of one human: they may be walked, and fold into one node. */
  resolveIdentities: boolean;
  view: View;
  /** The request is this one field (records/prefetch.ts onlyRootField): the one Cypher search statement then runs without a BEGIN/COMMIT. */
  sole?: boolean;
}

export async function findPaths(ctx: Context, req: PathRequest): Promise<PathModel[]> {
  checkId(req.from, 'from');
  checkId(req.to, 'to');
  if (req.from === req.to) throw badInput('`from` and `to` must be different records', 'to');
  const paths = req.mode === 'ALL_SHORTEST' && !req.resolveIdentities ? await allShortestCypher(ctx, req) : await searchInMemory(ctx, req);
  ctx.audit.add(paths.flatMap((p) => p.nodes.flatMap((n) => n.members)));
  return paths;
}

// Raw records, all shortest: Cypher's allShortestPaths is exact and needs no graph in memory.
async function allShortestCypher(ctx: Context, req: PathRequest): Promise<PathModel[]> {
  const params = { from: req.from, to: req.to, types: req.types, limit: int(req.limit), ...viewParams(req.view) };
  const rows = await ctx.graph.read(ALL_SHORTEST[req.maxHops]!, params, { sole: req.sole ?? false });
  const paths = rows.map((row) => toPath(row.ns as Plain[], row.rs as Array<{ r: Plain; s: string; t: string }>, req.view));
  paths.sort((a, b) => a.length - b.length || byCodeUnit(pathKey(a), pathKey(b)));
  return paths.slice(0, req.limit);
}

function toPath(ns: Plain[], rs: Array<{ r: Plain; s: string; t: string }>, view: View): PathModel {
  const nodes = ns.map((n, i) => toSubgraphNode(n, i, view));
  const edges = rs.map(({ r, s, t }) => toSubgraphEdge(r, s, t));
  return { nodes, edges, length: edges.length };
}

const pathKey = (p: PathModel) => p.nodes.map((n) => n.id).join('>');
