// Thin resolvers for sharing governance: agreements.
import type { Resolvers } from '../generated/graphql.js';
import { agreementChanges, revokeAgreement, setAgreement } from './agreements.js';

import type { Context } from '../context.js';

// An agency code we cannot resolve still shows as its code (as in agencies/resolvers.ts).
const agencyOf = async (ctx: Context, code: string) =>
  (await ctx.agencies()).get(code) ?? { code, name: code, country: '' };

export const sharingResolvers: Resolvers = {
  Query: {
    agreementChanges: (_, { first }, ctx) => agreementChanges(ctx, first ?? 50),
  },
  Mutation: {
    setAgreement: (_, { input }, ctx) => setAgreement(ctx, input),
    revokeAgreement: (_, { to }, ctx) => revokeAgreement(ctx, to),
  },
  AgreementChange: {
    from: (c, _, ctx) => agencyOf(ctx, c.from),
    to: (c, _, ctx) => agencyOf(ctx, c.to),
  },
};
