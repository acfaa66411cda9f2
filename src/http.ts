// The HTTP app: health probes, metrics, the explorer and /graphql with the viewer taken from the bearer token.
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Context } from './context.js';
import { createContext, type Settings } from './context.js';
import type { GraphExecutor } from './graph/executor.js';
import { bearerToken, type VerifyToken } from './auth/tokens.js';
import { unauthenticated } from './errors.js';
import { explorerRouter, type ExplorerHeaders } from './explorer/explorer.js';
import { typeDefs } from './server.js';
import { viewerRouter } from './viewer/viewer.js';
import { DEFAULT_OPS, Ops } from './ops/ops.js';
import type { AuditLog } from './audit/auditLog.js';
import type { Viewer } from './auth/viewer.js';

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  executor: GraphExecutor;
  verify: VerifyToken;
  ready: () => Promise<boolean>;
  /** Headers pre-filled in the explorer; undefined turns the explorer off (production). */
  explorerHeaders?: ExplorerHeaders;
  maxBodyBytes?: number;
  settings?: Settings;
  /** Timeouts, guards, rate limit, metrics, tracing (src/ops); defaults when absent. */
  ops?: Ops;
  /** Where refusals before any operation (token, agency, rate, body) are recorded. */
  auditLog?: Pick<AuditLog, 'refusal'>;
}

/** A readiness probe that hangs is as bad as a red one, and ties up the prober. */
const READY_TIMEOUT_MS = 3_000;

export function createHttpApp(deps: HttpDeps): Express {
  const ops = deps.ops ?? new Ops({ ...DEFAULT_OPS, maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_OPS.maxBodyBytes });
  ops.instrument(deps.executor);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers: a GraphQL answer is never revalidated (POST), and Express would hash every
  // answer body (SHA-1) to make one.
  app.set('etag', false);
  ops.mount(app);
  // /graphql before the other routes: each layer a request passes costs the router a path match.
  // A browser opening /graphql lands in the explorer rather than on an error.
  if (deps.explorerHeaders) app.get('/graphql', (req, res, next) => (req.accepts(['json', 'html']) === 'html' ? res.redirect('/graphiql') : next()));
  const identify = async (req: Request): Promise<Viewer> => {
    const token = bearerToken(req.get('authorization'));
    if (!token) throw unauthenticated();
    return deps.verify(token);
  };
  app.use(
    '/graphql',
    series([
      // The token is verified and the rate limit applied before the request queues for its turn.
      ...ops.graphqlGuards(identify),
      expressMiddleware(deps.apollo, {
        context: async ({ req, res }) => {
          // Decided before the request queued (ops identify): a viewer, or the refusal to answer with.
          const identity = ops.identity(res);
          const viewer = identity?.viewer;
          try {
            if (identity?.refusal !== undefined) throw identity.refusal;
            if (!viewer) throw new Error('request identity missing: graphqlGuards() out of order');
            const context = createContext(deps.executor, viewer, ops.requestId(res) ?? randomUUID(), deps.settings, ops.scopeOf(res));
            // Refused here too (not only in the server's plugin), so it is audited with the client's address.
            await context.admit();
            return context;
          } catch (err) {
            ops.recordRefusal(err);
            auditRefusal(deps, req, ops.requestId(res), codeOf(err), viewer);
            throw err;
          }
        },
      }),
    ]),
    auditRefusals(deps, ops),
    ops.errorHandler(),
  );
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const ok = await withTimeout(deps.ready(), READY_TIMEOUT_MS);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  if (deps.explorerHeaders) {
    app.use('/graphiql', explorerRouter(deps.explorerHeaders, typeDefs));
    // Network viewer (src/viewer): local mode only, with the explorer's pre-filled token.
    app.use('/viewer', viewerRouter(() => deps.explorerHeaders!()));
  }
  // Whatever no route answered, or a route failed with: coded JSON, never Express's page (a stack trace).
  app.use(...ops.fallback());
  return app;
}

/**
 * Express handlers run one after another as one layer of the app's router. The router matches the path
 * and sets up each layer a request passes: with every /graphql guard a layer of its own that was a tenth
 * of the API's CPU on `{ __typename }` (docs/benchmarks.md, session 18). As in the router, a handler
 * that answers without calling next() ends the series, and an error (thrown, rejected or passed to
 * next) leaves it for the error handlers after it.
 */
export function series(handlers: readonly RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    let i = 0;
    const step = (err?: unknown): void => {
      if (err) return next(err);
      const handler = handlers[i++];
      if (!handler) return next();
      try {
        const done: unknown = handler(req, res, step);
        if (done instanceof Promise) done.catch((e: unknown) => next(e ?? new Error('rejected promise')));
      } catch (e) {
        next(e);
      }
    };
    step();
  };
}

const codeOf = (err: unknown) => String((err as { extensions?: { code?: unknown }; code?: unknown }).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,99})/;

function auditRefusal(deps: HttpDeps, req: Request, requestId: string | undefined, reason: string, viewer?: Viewer): void {
  const body = (req.body ?? {}) as { operationName?: unknown; query?: unknown };
  const named = typeof body.operationName === 'string' ? body.operationName.slice(0, 100) : undefined;
  const parsed = typeof body.query === 'string' ? OPERATION_NAME.exec(body.query.slice(0, 1000))?.[1] : undefined;
  deps.auditLog?.refusal({
    requestId: requestId ?? 'none',
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    reason,
    operation: named ?? parsed ?? null,
    // A verified token (refused for its rate, say) names its viewer: that agency's ADMIN sees the refusal.
    ...(viewer ? { agency: viewer.agency, role: viewer.role, subject: viewer.subject } : {}),
  });
}

// Guards before Apollo (body, trusted documents) refuse through next(err): audited, then answered.
function auditRefusals(deps: HttpDeps, ops: Ops): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    const refusal = err as { code?: unknown; status?: unknown; type?: unknown };
    const reason = typeof refusal.code === 'string' ? refusal.code : typeof refusal.type === 'string' ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (!res.headersSent) auditRefusal(deps, req, ops.requestId(res), reason);
    next(err);
  };
}

function withTimeout(check: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([check.catch(() => false), late]).finally(() => clearTimeout(timer));
}
