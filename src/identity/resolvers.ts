// Thin resolvers for identity matches and SAME_AS decisions.
import type { Resolvers } from '../generated/graphql.js';
import { findNode } from '../records/service.js';
import { confirmSameAs, rejectSameAs, retractSameAs } from './decisions.js';
import { identityMatches } from './matches.js';

export const identityResolvers: Resolvers = {
  Query: {
    identityMatches: (_, a, ctx) => identityMatches(ctx, a),
  },
  Mutation: {
    confirmSameAs: (_, a, ctx) => confirmSameAs(ctx, a),
    rejectSameAs: (_, a, ctx) => rejectSameAs(ctx, a),
    retractSameAs: (_, a, ctx) => retractSameAs(ctx, a),
  },
  SameAsDecision: {
    a: (d, _, ctx) => findNode(ctx, d.a),
    b: (d, _, ctx) => findNode(ctx, d.b),
  },
};
