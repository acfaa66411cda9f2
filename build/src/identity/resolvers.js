import { findNode } from "../records/service.js";
import { confirmSameAs, rejectSameAs, retractSameAs } from "./decisions.js";
import { identityMatches } from "./matches.js";
const identityResolvers = {
  Query: {
    identityMatches: (_, a, ctx) => identityMatches(ctx, a)
  },
  Mutation: {
    confirmSameAs: (_, a, ctx) => confirmSameAs(ctx, a),
    rejectSameAs: (_, a, ctx) => rejectSameAs(ctx, a),
    retractSameAs: (_, a, ctx) => retractSameAs(ctx, a)
  },
  SameAsDecision: {
    a: (d, _, ctx) => findNode(ctx, d.a),
    b: (d, _, ctx) => findNode(ctx, d.b)
  }
};
export {
  identityResolvers
};
