// The HTTP app: health probes, metrics, the explorer and /graphql with the viewer taken from the bearer token.
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Context } from './context.js';
import { createContext, type Settings } from './context.js';
import type { GraphExecutor } from './graph/executor.js';
import { bearerToken, type VerifyToken } from './auth/tokens.js';
import { unauthenticated } from './errors.js';
import { explorerRouter } from './explorer/explorer.js';
import { typeDefs } from './server.js';
import { viewerRouter } from './viewer/viewer.js';
import { DEFAULT_OPS, Ops } from './ops/ops.js';

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  executor: GraphExecutor;
  verify: VerifyToken;
  ready: () => Promise<boolean>;
  /** Headers pre-filled in the explorer; undefined turns the explorer off (production). */
  explorerHeaders?: () => Promise<Record<string, string>>;
  maxBodyBytes?: number;
  settings?: Settings;
  /** Timeouts, guards, rate limit, metrics, tracing (src/ops); defaults when absent. */
  ops?: Ops;
}

/** A readiness probe that hangs is as bad as a red one, and ties up the prober. */
const READY_TIMEOUT_MS = 3_000;

export function createHttpApp(deps: HttpDeps): Express {
  const ops = deps.ops ?? new Ops({ ...DEFAULT_OPS, maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_OPS.maxBodyBytes });
  ops.instrument(deps.executor);
  const app = express();
  app.disable('x-powered-by');
  ops.mount(app);
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const ok = await withTimeout(deps.ready(), READY_TIMEOUT_MS);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  if (deps.explorerHeaders) {
    app.use('/graphiql', explorerRouter(deps.explorerHeaders, typeDefs));
    // Network viewer (src/viewer): local mode only, with the explorer's pre-filled token.
    app.use('/viewer', viewerRouter(deps.explorerHeaders));
    // A browser opening /graphql lands in the explorer rather than on an error.
    app.get('/graphql', (req, res, next) => (req.accepts(['json', 'html']) === 'html' ? res.redirect('/graphiql') : next()));
  }
  app.use(
    '/graphql',
    ...ops.graphqlGuards(),
    expressMiddleware(deps.apollo, {
      context: async ({ req, res }) => {
        try {
          const token = bearerToken(req.get('authorization'));
          if (!token) throw unauthenticated();
          const viewer = await deps.verify(token);
          ops.admit(viewer, res);
          return createContext(deps.executor, viewer, ops.requestId(res) ?? randomUUID(), deps.settings);
        } catch (err) {
          ops.recordRefusal(err);
          throw err;
        }
      },
    }),
    ops.errorHandler(),
  );
  return app;
}

function withTimeout(check: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([check.catch(() => false), late]).finally(() => clearTimeout(timer));
}
