// Thin resolver for search.
import type { Resolvers } from '../generated/graphql.js';
import { search } from './service.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx, info) => search(ctx, args, info),
  },
  SearchEdge: {
    score: (e) => e.score ?? 0,
  },
};
