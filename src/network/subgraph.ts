// Builds the visible neighbourhood of seed records, level by level, with node and per-node link caps.
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

export interface SubgraphRequest {
  ids: readonly string[];
  depth: number;
  types: readonly RelationshipType[];
  between: WindowInput | null | undefined;
  limit: number;
  perNodeLimit: number;
  view: View;
}

interface Link {
  r: Plain;
  t: Plain;
  s: string;
}

class SubgraphBuilder {
  readonly nodes = new Map<string, SubgraphNodeModel>();
  readonly edges = new Map<string, SubgraphEdgeModel>();
  readonly capped: string[] = [];
  truncated = false;

  constructor(
    private readonly limit: number,
    private readonly view: View,
  ) {}

  /** Adds a level's links; returns the newly reached node ids (the next frontier). */
  addLevel(fid: string, links: Link[], perNode: number, depth: number): string[] {
    if (links.length > perNode) {
      this.capped.push(fid);
      this.truncated = true;
    }
    const next: string[] = [];
    for (const link of links.slice(0, perNode)) {
      const far = toSubgraphNode(link.t, depth, this.view);
      if (!this.nodes.has(far.id)) {
        if (this.nodes.size >= this.limit) {
          this.truncated = true;
          continue; // the edge goes too: it would point at a node the caller does not get
        }
        this.nodes.set(far.id, far);
        next.push(far.id);
      }
      const edge = toSubgraphEdge(link.r, link.s, link.s === fid ? far.id : fid);
      this.edges.set(edge.key, edge);
    }
    return next;
  }

  result(): SubgraphModel {
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
      truncated: this.truncated,
      cappedNodes: this.capped,
    };
  }
}

export async function buildSubgraph(ctx: Context, req: SubgraphRequest): Promise<SubgraphModel> {
  if (req.ids.length === 0 || req.ids.length > MAX_IDS) throw badInput(`give 1 to ${MAX_IDS} ids`, 'ids');
  req.ids.forEach((id) => checkId(id, 'ids'));
  const window = { ...windowParams(req.between), ...viewParams(req.view) };
  const builder = new SubgraphBuilder(req.limit, req.view);
  const seeds = (await loadAll(ctx.records.byIdAt(req.view), [...new Set(req.ids)])).filter((e): e is EntityModel => !!e);
  for (const seed of seeds.slice(0, req.limit)) builder.nodes.set(seed.id, { id: seed.id, type: seed.type, entity: seed, members: [seed.id], depth: 0 });
  let frontier = [...builder.nodes.keys()];
  for (let depth = 1; depth <= req.depth && frontier.length > 0; depth++) {
    const rows = await ctx.graph.read(EXPAND_LEVEL, { frontier, cap: int(req.perNodeLimit + 1), types: req.types, ...window });
    const byId = new Map(rows.map((row) => [String(row.fid), row.links as unknown as Link[]]));
    frontier = frontier.flatMap((fid) => builder.addLevel(fid, byId.get(fid) ?? [], req.perNodeLimit, depth));
  }
  await addInducedEdges(ctx, builder, req.types, window);
  ctx.audit.add(builder.nodes.keys());
  return builder.result();
}

// Links among collected nodes complete the picture (and the metrics) without growing the node set.
async function addInducedEdges(ctx: Context, b: SubgraphBuilder, types: readonly string[], window: object): Promise<void> {
  if (b.nodes.size < 2) return;
  const rows = await ctx.graph.read(INDUCED_EDGES, { ids: [...b.nodes.keys()], types, ...window });
  for (const row of rows) {
    const edge = toSubgraphEdge(row.r ?? null, String(row.s), String(row.t));
    if (!b.edges.has(edge.key)) b.edges.set(edge.key, edge);
  }
}
