// Rules for traversals and analytics: argument bounds, identity resolution, size caps.
import type { Context } from '../context.js';
import { badInput, skeinError, ErrorCode } from '../errors.js';
import type { RelationshipType } from '../model/graphModel.js';
import { assemble, LOUVAIN_RESOLUTION, metricsInput, type MetricsInput } from './analysis.js';
import { AnalysisUnavailable, metricsOffThread } from './analysisPool.js';
import type { NetworkAnalysisModel, PathModel, SubgraphModel } from './models.js';
import { findPaths, MAX_HOPS, MAX_PATHS } from './paths.js';
import { buildSubgraph, type SubgraphRequest } from './subgraph.js';
import { selectsAlong, selectsBelow } from '../connections/selection.js';
import type { GraphQLResolveInfo } from 'graphql';
import { boundedInt, type WindowInput } from '../time/window.js';
import { viewOf } from '../records/view.js';
import { onlyRootField } from '../records/prefetch.js';

export const NEIGHBOURHOOD_LIMIT = { default: 200, max: 2000 };
export const PER_NODE_LIMIT = { default: 50, max: 500 };
export const NETWORK_LIMIT = { default: 500, max: 10_000 };
/** Links read per node for network(): above it the network is refused, never cut. */
export const NETWORK_LINKS_PER_NODE = 20_000;

export interface TraversalArgs {
  ids: readonly string[];
  depth?: number | null;
  types?: readonly RelationshipType[] | null;
  between?: WindowInput | null;
  limit?: number | null;
  perNodeLimit?: number | null;
  resolveIdentities?: boolean | null;
  resolution?: number | null;
  asOf?: Date | null;
}

async function visibleSubgraph(ctx: Context, a: TraversalArgs, depth: number, limit: number, perNodeLimit: number, slim?: SubgraphRequest['slim']): Promise<SubgraphModel> {
  const view = viewOf(a.asOf);
  // Identities are resolved while walking, so depth, limits and metrics all count resolved nodes.
  return buildSubgraph(ctx, { ids: a.ids, depth, types: a.types ?? [], between: a.between, limit, perNodeLimit, view, resolve: a.resolveIdentities ?? false, slim });
}

/** What a node or edge must be read whole for (else: ids, types and what labels read). */
const WHOLE = ['properties', 'provenance'];
/** Where `network`'s answer shows a node: the subgraph, the metrics and both key-player lists. */
const NETWORK_NODES = [['subgraph', 'nodes'], ['metrics', 'node'], ['brokers', 'node'], ['recruiters', 'node']];

/** `info`: the GraphQL field; nodes and edges are read whole only when their properties or provenance are selected. */
export async function neighbourhood(ctx: Context, a: TraversalArgs, info?: GraphQLResolveInfo): Promise<SubgraphModel> {
  return audited(ctx, await visibleSubgraph(
    ctx,
    a,
    boundedInt(a.depth, 1, 1, 3, 'depth'),
    boundedInt(a.limit, NEIGHBOURHOOD_LIMIT.default, 1, NEIGHBOURHOOD_LIMIT.max, 'limit'),
    boundedInt(a.perNodeLimit, PER_NODE_LIMIT.default, 1, PER_NODE_LIMIT.max, 'perNodeLimit'),
    { nodes: !selectsBelow(info, 'nodes', WHOLE), links: !selectsBelow(info, 'edges', WHOLE) },
  ));
}

// Only what is answered is recorded as read (a refused network returns nothing).
function audited(ctx: Context, sub: SubgraphModel): SubgraphModel {
  ctx.audit.add(sub.nodes.flatMap((n) => n.members));
  return sub;
}

/**
 * `info` as for neighbourhood: at 10,000 nodes, whole records (every property, both ends of every
 * link) were three quarters of the walk's time, in Neo4j, on the wire and decoding them.
 */
export async function network(ctx: Context, a: TraversalArgs, info?: GraphQLResolveInfo): Promise<NetworkAnalysisModel> {
  const limit = boundedInt(a.limit, NETWORK_LIMIT.default, 1, NETWORK_LIMIT.max, 'limit');
  const depth = boundedInt(a.depth, 2, 1, 3, 'depth');
  const slim = { nodes: !NETWORK_NODES.some((path) => selectsAlong(info, path, WHOLE)), links: !selectsAlong(info, ['subgraph', 'edges'], WHOLE) };
  // One node beyond the cap tells "too big" apart from "exactly at the cap". The per-node cap counts
  // links (parallel ones too), so it is set far above any node cap: metrics need every link, and any
  // cut at all (nodes or links) refuses rather than analyse part of the network.
  const sub = await visibleSubgraph(ctx, a, depth, limit + 1, NETWORK_LINKS_PER_NODE, slim);
  if (sub.nodes.length > limit || sub.truncated) {
    throw skeinError(ErrorCode.LIMIT_EXCEEDED, `the visible network has more than ${limit} nodes or a node with more than ${NETWORK_LINKS_PER_NODE} links; lower depth, narrow types or between, or raise limit (max ${NETWORK_LIMIT.max})`);
  }
  const resolution = a.resolution ?? LOUVAIN_RESOLUTION;
  if (!(resolution >= 0.05 && resolution <= 5)) throw badInput('`resolution` must be from 0.05 to 5', 'resolution');
  return await assemble(audited(ctx, sub), await metricsOffThreadOr503(metricsInput(sub, resolution)));
}

/** The metrics, or SERVICE_UNAVAILABLE in plain words when their thread failed (logged by main.ts). */
async function metricsOffThreadOr503(input: MetricsInput) {
  try {
    return await metricsOffThread(input);
  } catch (err) {
    if (err instanceof AnalysisUnavailable) throw skeinError(ErrorCode.SERVICE_UNAVAILABLE, 'the network analysis could not run on this server just now (its worker thread failed); try again, or a smaller network');
    throw err;
  }
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  types?: readonly RelationshipType[] | null;
  limit?: number | null;
  mode?: 'ALL_SHORTEST' | 'K_SHORTEST' | null;
  resolveIdentities?: boolean | null;
  asOf?: Date | null;
}

export async function paths(ctx: Context, a: PathArgs, info?: GraphQLResolveInfo): Promise<PathModel[]> {
  return findPaths(ctx, {
    from: a.from,
    to: a.to,
    maxHops: boundedInt(a.maxHops, 4, 1, MAX_HOPS, 'maxHops'),
    types: a.types ?? [],
    limit: boundedInt(a.limit, 10, 1, MAX_PATHS, 'limit'),
    mode: a.mode ?? 'ALL_SHORTEST',
    resolveIdentities: a.resolveIdentities ?? false,
    view: viewOf(a.asOf),
    // Paths are built from the statement's rows alone (SubgraphNode reads nothing more).
    sole: onlyRootField(info),
  });
}
