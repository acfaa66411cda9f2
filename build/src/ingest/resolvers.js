import { ingest } from "./service.js";
const ingestResolvers = {
  Mutation: {
    ingest: (_, { records, dryRun }, ctx) => ingest(ctx, records, dryRun ?? false)
  }
};
export {
  ingestResolvers
};
