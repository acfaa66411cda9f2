// Thin resolver for search.
import type { Resolvers } from '../generated/graphql.js';
import { search } from './service.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, types, first, after }, ctx) => search(ctx, text, types, first, after),
  },
  SearchEdge: {
    score: (e) => e.score ?? 0,
  },
};
