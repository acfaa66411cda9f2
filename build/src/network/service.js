import { badInput, skeinError, ErrorCode } from "../errors.js";
import { analyse, LOUVAIN_RESOLUTION } from "./analysis.js";
import { resolveIdentities } from "./identities.js";
import { findPaths, MAX_HOPS, MAX_PATHS } from "./paths.js";
import { buildSubgraph } from "./subgraph.js";
import { boundedInt } from "../time/window.js";
import { viewOf } from "../records/view.js";
const NEIGHBOURHOOD_LIMIT = { default: 200, max: 2e3 };
const PER_NODE_LIMIT = { default: 50, max: 500 };
const NETWORK_LIMIT = { default: 500, max: 2e3 };
async function visibleSubgraph(ctx, a, depth, limit, perNodeLimit) {
  const view = viewOf(a.asOf);
  const sub = await buildSubgraph(ctx, { ids: a.ids, depth, types: a.types ?? [], between: a.between, limit, perNodeLimit, view });
  return a.resolveIdentities ? resolveIdentities(ctx, sub, view) : sub;
}
async function neighbourhood(ctx, a) {
  return visibleSubgraph(
    ctx,
    a,
    boundedInt(a.depth, 1, 1, 3, "depth"),
    boundedInt(a.limit, NEIGHBOURHOOD_LIMIT.default, 1, NEIGHBOURHOOD_LIMIT.max, "limit"),
    boundedInt(a.perNodeLimit, PER_NODE_LIMIT.default, 1, PER_NODE_LIMIT.max, "perNodeLimit")
  );
}
async function network(ctx, a) {
  const limit = boundedInt(a.limit, NETWORK_LIMIT.default, 1, NETWORK_LIMIT.max, "limit");
  const depth = boundedInt(a.depth, 2, 1, 3, "depth");
  const sub = await visibleSubgraph(ctx, a, depth, limit + 1, limit + 1);
  if (sub.nodes.length > limit) {
    throw skeinError(ErrorCode.LIMIT_EXCEEDED, `the visible network has more than ${limit} nodes; lower depth, narrow types or between, or raise limit (max ${NETWORK_LIMIT.max})`);
  }
  const resolution = a.resolution ?? LOUVAIN_RESOLUTION;
  if (!(resolution >= 0.05 && resolution <= 5)) throw badInput("`resolution` must be from 0.05 to 5", "resolution");
  return analyse(sub, resolution);
}
async function paths(ctx, a) {
  return findPaths(ctx, {
    from: a.from,
    to: a.to,
    maxHops: boundedInt(a.maxHops, 4, 1, MAX_HOPS, "maxHops"),
    types: a.types ?? [],
    limit: boundedInt(a.limit, 10, 1, MAX_PATHS, "limit"),
    mode: a.mode ?? "ALL_SHORTEST",
    resolveIdentities: a.resolveIdentities ?? false,
    view: viewOf(a.asOf)
  });
}
export {
  NEIGHBOURHOOD_LIMIT,
  NETWORK_LIMIT,
  PER_NODE_LIMIT,
  neighbourhood,
  network,
  paths
};
