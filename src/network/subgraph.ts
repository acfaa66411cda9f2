// Builds the visible neighbourhood of seed records, level by level, with node and per-node link caps.
// With resolved identities the walk is over identities: a node is a whole visible SAME_AS component,
// its links are its members' links, and depth and both caps count identities, never records.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { checkId, MAX_IDS } from '../records/service.js';
import { badInput } from '../errors.js';
import type { RelationshipType } from '../model/graphModel.js';
import type { SubgraphEdgeModel, SubgraphModel, SubgraphNodeModel } from './models.js';
import type { EntityModel } from '../records/models.js';
import { viewParams, type View } from '../records/view.js';
import { toSubgraphEdge, toSubgraphNode } from './mapSubgraph.js';
import { EXPAND_LEVEL, INDUCED_EDGES } from './queries.js';
import { windowParams, type WindowInput } from '../time/window.js';
import { loadAll } from '../records/loaders.js';
import { identitiesOf, type Identity } from './identities.js';
import { ITEMS_PER_TURN, turn } from './listInTurns.js';
import { byCodeUnit } from '../model/order.js';

export interface SubgraphRequest {
  ids: readonly string[];
  depth: number;
  types: readonly RelationshipType[];
  between: WindowInput | null | undefined;
  limit: number;
  perNodeLimit: number;
  view: View;
  /** Walk resolved identities (whole visible SAME_AS components) instead of records. */
  resolve?: boolean;
  /**
   * Nodes (records other than the seeds) and edges without their properties and provenance: only
   * ids, types and what labels read. For answers that select neither (mapSubgraph.ts reads what is there).
   */
  slim?: { nodes: boolean; links: boolean };
}

interface Link {
  r: Plain;
  t: Plain;
  tid: string;
  s: string;
  same: Plain[];
}

class SubgraphBuilder {
  readonly nodes = new Map<string, SubgraphNodeModel>();
  /** Record id -> the key of the node it belongs to (itself when unresolved). */
  readonly keyOf = new Map<string, string>();
  readonly edges = new Map<string, SubgraphEdgeModel>();
  readonly capped: string[] = [];
  truncated = false;

  constructor(private readonly limit: number) {}

  /** Adds a node unless the limit is reached; returns whether it is in the subgraph. */
  add(identity: Identity, depth: number): boolean {
    if (this.nodes.has(identity.key)) return true;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(identity.key, { ...identity.head, id: identity.key, members: identity.members, depth });
    for (const m of identity.members) this.keyOf.set(m, identity.key);
    return true;
  }

  /** Adds one node's links of a level; returns the newly reached node keys (the next frontier). */
  addLevel(fid: string, links: Link[], perNode: number, depth: number, identities: Map<string, Identity>): string[] {
    if (links.length > perNode) {
      this.capped.push(fid);
      this.truncated = true;
    }
    const next: string[] = [];
    for (const link of links.slice(0, perNode)) {
      const tid = link.tid;
      const known = this.keyOf.get(tid);
      const far = known ? this.identity(known) : identities.get(tid)!;
      if (!this.add(far, depth)) continue; // the edge goes too: it would point at a node the caller does not get
      if (!known) next.push(far.key);
      const [source, target] = link.s === tid ? [far.key, fid] : [fid, far.key];
      const edge = toSubgraphEdge(link.r, source, target);
      if (source !== target) this.edges.set(edge.key, edge);
    }
    return next;
  }

  identity(key: string): Identity {
    const node = this.nodes.get(key)!;
    return { key, members: node.members, head: node };
  }

  result(): SubgraphModel {
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()].sort((a, b) => byCodeUnit(a.key, b.key)),
      truncated: this.truncated,
      cappedNodes: this.capped,
    };
  }
}

export async function buildSubgraph(ctx: Context, req: SubgraphRequest): Promise<SubgraphModel> {
  if (req.ids.length === 0 || req.ids.length > MAX_IDS) throw badInput(`give 1 to ${MAX_IDS} ids`, 'ids');
  req.ids.forEach((id) => checkId(id, 'ids'));
  const window = { ...windowParams(req.between), ...viewParams(req.view), slimNodes: req.slim?.nodes ?? false, slimLinks: req.slim?.links ?? false };
  const resolve = req.resolve ?? false;
  const builder = new SubgraphBuilder(req.limit);
  const seeds = (await loadAll(ctx.records.byIdAt(req.view), [...new Set(req.ids)])).filter((e): e is EntityModel => !!e);
  const seedIdentities = await identitiesOf(ctx, seeds.map(seedNode), resolve, window, req.view);
  for (const seed of seeds) builder.add(seedIdentities.get(seed.id)!, 0);
  let frontier = [...builder.nodes.keys()];
  for (let depth = 1; depth <= req.depth && frontier.length > 0; depth++) {
    const groups = frontier.map((key) => ({ key, members: builder.nodes.get(key)!.members }));
    const known = Object.fromEntries([...builder.keyOf.keys()].map((id) => [id, true]));
    const rows = await ctx.graph.read(EXPAND_LEVEL, { frontier: groups, known, cap: int(req.perNodeLimit + 1), types: req.types, resolve, ...window });
    const byId = new Map<string, Link[]>();
    for (const row of rows) {
      const fid = String(row.fid);
      if (!byId.has(fid)) byId.set(fid, []);
      byId.get(fid)!.push(row as unknown as Link);
    }
    const walked = [...byId.values()].flatMap((links) => links.slice(0, req.perNodeLimit)).filter((l) => !builder.keyOf.has(l.tid));
    const oneHop = new Map(walked.map((l) => [l.tid, l.same] as const));
    const reached = await inTurns(walked, (l) => toSubgraphNode(l.t, depth, req.view));
    const identities = await identitiesOf(ctx, reached, resolve, window, req.view, oneHop);
    frontier = (await inTurns(frontier, (fid) => builder.addLevel(fid, byId.get(fid) ?? [], req.perNodeLimit, depth, identities))).flat();
  }
  await addInducedEdges(ctx, builder, req.depth, req.types, window);
  await turn();
  return builder.result();
}


/**
 * Maps a level's rows a slice at a time, letting other requests run in between: a 10,000-node network
 * built in one go held the event loop for every request of the process.
 */
async function inTurns<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += ITEMS_PER_TURN) {
    if (i > 0) await turn();
    for (const item of items.slice(i, i + ITEMS_PER_TURN)) out.push(fn(item));
  }
  return out;
}

function seedNode(seed: EntityModel): SubgraphNodeModel {
  return { id: seed.id, type: seed.type, entity: seed, members: [seed.id], depth: 0 };
}

/**
 * Links among collected nodes complete the picture (and the metrics) without growing the node set.
 * Every visible link of a node short of the last level was walked, unless the node was capped, so
 * then only links among last-level nodes can be missing (at 10,000 nodes, a fifth of the links read).
 */
async function addInducedEdges(ctx: Context, b: SubgraphBuilder, depth: number, types: readonly string[], window: object): Promise<void> {
  const nodes = [...b.nodes.values()];
  const ids = (b.capped.length > 0 ? nodes : nodes.filter((n) => n.depth === depth)).flatMap((n) => n.members);
  if (ids.length < 2) return;
  const inside = Object.fromEntries(ids.map((id) => [id, true]));
  // Restricted to the last level, no walked link has both ends inside: nothing to tell apart.
  const walked = b.capped.length > 0 ? Object.fromEntries([...b.edges.keys()].map((key) => [key, true])) : {};
  const rows = await ctx.graph.read(INDUCED_EDGES, { ids, inside, walked, types, ...window });
  await inTurns(rows, (row) => {
    const [s, t] = [b.keyOf.get(String(row.s))!, b.keyOf.get(String(row.t))!];
    const edge = toSubgraphEdge(row.r ?? null, s, t);
    if (s !== t && !b.edges.has(edge.key)) b.edges.set(edge.key, edge);
  });
}
