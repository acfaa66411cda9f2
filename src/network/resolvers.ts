// Thin resolvers for neighbourhoods, paths, network analysis and recruiter ranking.
import type { Resolvers } from '../generated/graphql.js';
import { labelOf } from '../records/label.js';
import { boundedInt } from '../time/window.js';
import { rankRecruiters } from './recruiters.js';
import { neighbourhood, network, paths } from './service.js';

export const networkResolvers: Resolvers = {
  Query: {
    neighbourhood: (_, a, ctx, info) => neighbourhood(ctx, a, info),
    paths: (_, a, ctx, info) => paths(ctx, a, info),
    network: (_, a, ctx) => network(ctx, { ...a, ids: a.seeds }),
    recruiters: (_, a, ctx) =>
      rankRecruiters(ctx, { ...a, maxDepth: boundedInt(a.maxDepth, 3, 1, 4, 'maxDepth'), resolveIdentities: a.resolveIdentities ?? false }),
  },
  SubgraphNode: {
    key: (n) => n.id,
    label: (n) => labelOf(n.entity),
    properties: (n) => n.entity.props,
    provenance: (n) => n.entity.provenance,
  },
  SubgraphEdge: {
    properties: (e) => e.props,
  },
};
