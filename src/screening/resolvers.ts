// Thin resolvers for screening.
import type { Resolvers } from '../generated/graphql.js';
import { findAgency } from '../agencies/service.js';
import { selectsAlong } from '../connections/selection.js';
import { screen } from './service.js';

export const screeningResolvers: Resolvers = {
  Query: {
    screen: (_, a, ctx, info) => screen(ctx, a, { context: selectsAlong(info, ['rows', 'candidates'], ['watchlists', 'network']) }),
  },
  HitNotice: {
    agency: async (h, _, ctx) => (await findAgency(ctx, h.agency)) ?? { code: h.agency, name: h.agency, country: '' },
  },
};
