import { search } from "./service.js";
const searchResolvers = {
  Query: {
    search: (_, args, ctx) => search(ctx, args)
  },
  SearchEdge: {
    score: (e) => e.score ?? 0
  }
};
export {
  searchResolvers
};
