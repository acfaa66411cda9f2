// Thin resolver for the `ingest` mutation.
import type { Resolvers } from '../generated/graphql.js';
import { ingest } from './service.js';

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingest: (_, { records, dryRun }, ctx) => ingest(ctx, records, dryRun ?? false),
  },
};
