// The HTTP app: health probes, the explorer and /graphql with the viewer taken from the bearer token.
import { randomUUID } from 'node:crypto';
import express, { type Express, type Request } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Context } from './context.js';
import { createContext, type Settings } from './context.js';
import type { GraphExecutor } from './graph/executor.js';
import { bearerToken, type VerifyToken } from './auth/tokens.js';
import { unauthenticated } from './errors.js';
import { explorerRouter } from './explorer/explorer.js';
import { viewerRouter } from './viewer/viewer.js';

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  executor: GraphExecutor;
  verify: VerifyToken;
  ready: () => Promise<boolean>;
  /** Headers pre-filled in the explorer; undefined turns the explorer off (production). */
  explorerHeaders?: () => Promise<Record<string, string>>;
  maxBodyBytes?: number;
  settings?: Settings;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function requestId(req: Request): string {
  const given = req.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const ok = await deps.ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  if (deps.explorerHeaders) {
    app.use('/graphiql', explorerRouter(deps.explorerHeaders));
    // Network viewer (src/viewer): local mode only, with the explorer's pre-filled token.
    app.use('/viewer', viewerRouter(deps.explorerHeaders));
    // A browser opening /graphql lands in the explorer rather than on an error.
    app.get('/graphql', (req, res, next) => (req.accepts(['json', 'html']) === 'html' ? res.redirect('/graphiql') : next()));
  }
  app.use(
    '/graphql',
    express.json({ limit: deps.maxBodyBytes ?? 1_000_000 }),
    expressMiddleware(deps.apollo, {
      context: async ({ req, res }) => {
        const id = requestId(req);
        res.setHeader('x-request-id', id);
        const token = bearerToken(req.get('authorization'));
        if (!token) throw unauthenticated();
        return createContext(deps.executor, await deps.verify(token), id, deps.settings);
      },
    }),
  );
  return app;
}
