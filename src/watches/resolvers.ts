// Watches and alerts: thin hand-offs to the service, the feed and the live stream.
import type { Resolvers } from '../generated/graphql.js';
import { loadAll } from '../records/loaders.js';
import { badInput } from '../errors.js';
import { createWatch, deleteWatch, listWatches, pauseWatch, refreshWatch } from './service.js';
import { readFeed } from './feed.js';
import { alertStream } from './stream.js';
import type { AlertModel } from './models.js';
import { selects } from '../connections/selection.js';

export const watchResolvers: Resolvers = {
  Query: {
    watches: (_, __, ctx) => listWatches(ctx),
    alerts: (_, args, ctx) => readFeed(ctx, args),
  },
  Mutation: {
    createWatch: (_, { input }, ctx) => createWatch(ctx, input),
    pauseWatch: (_, { id, paused }, ctx) => pauseWatch(ctx, id, paused),
    refreshWatch: (_, { id }, ctx) => refreshWatch(ctx, id),
    deleteWatch: (_, { id }, ctx) => deleteWatch(ctx, id),
  },
  Subscription: {
    alerts: {
      subscribe: (_, args, ctx, info) => {
        if (!ctx.live) throw badInput('subscriptions are served over graphql-ws at /graphql');
        const abort = new AbortController();
        const stream = alertStream(ctx.live, { ...args, records: selects(info, 'records') }, abort.signal);
        // graphql-ws calls return() when the client completes or goes away: stop waiting at once.
        return {
          [Symbol.asyncIterator]() { return this; },
          next: () => stream.next().then((r) => (r.done ? r : { done: false, value: { alerts: r.value } })),
          return: async () => { abort.abort(); await stream.return(undefined); return { done: true, value: undefined }; },
          throw: async (e: unknown) => { abort.abort(); return stream.throw(e); },
        } as AsyncIterator<{ alerts: AlertModel }> & AsyncIterable<{ alerts: AlertModel }>;
      },
    },
  },
  Alert: {
    records: async (alert, _, ctx) => alert.records ?? (await loadAll(ctx.records.byId, alert.nodeIds)).filter((r) => r !== null),
  },
};
