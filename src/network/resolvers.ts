// Thin resolvers for neighbourhoods, paths, network analysis and recruiter ranking.
import type { Resolvers } from '../generated/graphql.js';
import { labelOf } from '../records/label.js';
import { boundedInt } from '../time/window.js';
import { rankRecruiters } from './recruiters.js';
import { neighbourhood, network, paths } from './service.js';
import { listInTurns } from './listInTurns.js';

export const networkResolvers: Resolvers = {
  Query: {
    neighbourhood: (_, a, ctx, info) => neighbourhood(ctx, a, info),
    paths: (_, a, ctx, info) => paths(ctx, a, info),
    network: (_, a, ctx, info) => network(ctx, { ...a, ids: a.seeds }, info),
    recruiters: (_, a, ctx) =>
      rankRecruiters(ctx, { ...a, maxDepth: boundedInt(a.maxDepth, 3, 1, 4, 'maxDepth'), resolveIdentities: a.resolveIdentities ?? false }),
  },
  // The lists that reach 10,000 items (network) are completed a slice per event-loop turn.
  Subgraph: {
    nodes: (s) => listInTurns(s.nodes),
    edges: (s) => listInTurns(s.edges),
  },
  NetworkAnalysis: {
    metrics: (a) => listInTurns(a.metrics),
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
