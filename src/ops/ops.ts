// The operations layer in one place: request scope and deadline, guards, rate limit, metrics, tracing.
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth/viewer.js';
import type { GraphExecutor } from '../graph/executor.js';
import { Metrics } from './metrics.js';
import { RateLimiter } from './rateLimit.js';
import { bodyGuards, HttpRefusal, notFound, refusalHandler, sendRefusal } from './requestGuard.js';
import { bookmarksFrom, requestIdOf, type RequestScope } from './scope.js';
import { withRequestIdIn } from './plugin.js';
import { tracingMiddleware, tracingQueryHook } from './tracing.js';
import { Gate, type Turn } from '../graph/gate.js';
import { loadTrustedDocuments, trustedDocumentsGuard, type TrustedDocuments } from './trustedDocuments.js';
import { holdAnswer } from './responseFloor.js';

export interface OpsOptions {
  requestTimeoutMs: number;
  maxBodyBytes: number;
  /** 0: no rate limit. */
  rateLimitPerMinute: number;
  metrics: boolean;
  tracing: boolean;
  trustedDocuments?: TrustedDocuments;
  /** For the pool-size gauge. */
  poolSize: number;
  /** Access log (one line per /graphql request); none when absent. */
  logger?: Logger;
  /** /graphql requests served at once; the rest wait their turn in arrival order (inTurn). 0: no limit. */
  maxInFlight?: number;
  /** /graphql answers go out no sooner than this, then on a doubling schedule (responseFloor.ts); 0: at once. */
  responseFloorMs?: number;
}

export const DEFAULT_OPS: OpsOptions = { requestTimeoutMs: 30_000, maxBodyBytes: 1_000_000, rateLimitPerMinute: 600, metrics: true, tracing: false, poolSize: 50, maxInFlight: 24 };

/** Past the deadline Apollo normally answers at once (statements are abandoned); this catches the rest. */
const SAFETY_NET_GRACE_MS = 1_000;

interface RequestState {
  requestId: string;
  startedAt: number;
  deadline: number;
  controller: AbortController;
  /** Opened once the body is parsed; it learns the operation's name. */
  scope?: RequestScope;
  /** The request's place among those served at once (inTurn), lent while it waits for a batch place. */
  turn?: Turn;
  /** Who the token names and whether they were admitted, decided before the request queues (identify). */
  identity?: Identity;
  /** Gives back the request's place among those being served (inTurn), once its answer is only waiting. */
  leave?: () => void;
}

/** The viewer a request's token names, or why it was refused (401, 429): decided before it queues. */
export interface Identity {
  viewer?: Viewer;
  refusal?: unknown;
}

export class Ops {
  readonly metrics: Metrics | undefined;
  private readonly limiter: RateLimiter | undefined;
  private readonly requests = new WeakMap<Response, RequestState>();
  private readonly instrumented = new WeakSet<GraphExecutor>();
  /** Where /graphql requests wait for a place among those being served (maxInFlight). */
  private readonly served: Gate | undefined;

  constructor(readonly options: OpsOptions) {
    // Operation names label metrics only when they come from a reviewed manifest (see metrics.ts).
    const labelling = options.trustedDocuments ? 'registeredNames' : 'rootFields';
    const served = options.maxInFlight ? new Gate(options.maxInFlight) : undefined;
    this.served = served;
    this.metrics = options.metrics ? new Metrics({ poolSize: options.poolSize, labelling, ...(served ? { waiting: () => served.queued } : {}) }) : undefined;
    this.limiter = options.rateLimitPerMinute > 0 ? new RateLimiter(options.rateLimitPerMinute) : undefined;
  }

  static fromConfig(config: Pick<Config, 'ops' | 'neo4j'>, logger?: Logger): Ops {
    const { ops } = config;
    return new Ops({
      requestTimeoutMs: ops.requestTimeoutMs,
      maxBodyBytes: ops.maxBodyBytes,
      rateLimitPerMinute: ops.rateLimitPerMinute,
      metrics: ops.metrics,
      tracing: ops.tracing,
      poolSize: config.neo4j.maxPoolSize ?? 50,
      maxInFlight: ops.maxInFlight,
      responseFloorMs: ops.responseFloorMs,
      ...(ops.trustedDocumentsPath ? { trustedDocuments: loadTrustedDocuments(ops.trustedDocumentsPath) } : {}),
      ...(logger ? { logger } : {}),
    });
  }

  /** Hooks metrics and tracing around the executor's transactions (once per executor). */
  instrument(executor: GraphExecutor): void {
    if (this.instrumented.has(executor)) return;
    this.instrumented.add(executor);
    if (this.metrics) executor.instrument(this.metrics.queryHook);
    if (this.options.tracing) executor.instrument(tracingQueryHook);
  }

  /** App-wide: HTTP metrics on every route, and GET /metrics. */
  mount(app: Express): void {
    if (!this.metrics) return;
    app.use(this.metrics.httpMiddleware());
    app.get('/metrics', this.metrics.handler());
  }

  /**
   * The middleware in front of Apollo on /graphql, in order. `identify` (the token's viewer, or a
   * thrown refusal) runs before the request queues for its turn, and the rate limit with it: a request
   * that will be refused (no or bad token, over its allowance) never takes or waits for a place, so a
   * flood of them cannot hold anyone else up. The context function reads the outcome (identity()).
   */
  graphqlGuards(identify?: (req: Request) => Promise<Viewer>): RequestHandler[] {
    const trusted = this.options.trustedDocuments;
    return [
      this.begin,
      ...bodyGuards(this.options.maxBodyBytes),
      ...(trusted ? [trustedDocumentsGuard(trusted)] : []),
      ...(identify ? [this.identifyWith(identify)] : []),
      ...(this.served ? [this.inTurn] : []),
      this.enterScope,
      ...(this.options.tracing ? [tracingMiddleware()] : []),
    ];
  }

  /** After Apollo on /graphql: refusals and body-parser errors as coded JSON. */
  errorHandler(): ErrorRequestHandler {
    return refusalHandler((res) => this.requests.get(res)?.requestId, this.metrics, this.logInternal);
  }

  /**
   * After every route of the app: a coded 404 for any other path, and the same coded answers as
   * errorHandler() for an error any route passed on (a malformed path parameter, a failing page).
   */
  fallback(): [RequestHandler, ErrorRequestHandler] {
    return [notFound, this.errorHandler()];
  }

  private readonly logInternal = (err: unknown, path: string): void => {
    this.options.logger?.error({ err, path }, 'request failed with an internal error');
  };

  requestId(res: Response): string | undefined {
    return this.requests.get(res)?.requestId;
  }

  /** Who the request's token names, or its refusal, when graphqlGuards() was given `identify`. */
  identity(res: Response): Identity | undefined {
    return this.requests.get(res)?.identity;
  }

  /** The request's scope, opened by graphqlGuards() (undefined before them). */
  scopeOf(res: Response): RequestScope | undefined {
    return this.requests.get(res)?.scope;
  }

  /** Throws RATE_LIMITED (429, with Retry-After) once the viewer has used up their allowance. */
  admit(viewer: Viewer, res: Response): void {
    try {
      this.limiter?.check(viewer);
    } catch (err) {
      const wait = (err as { extensions?: { retryAfter?: unknown } }).extensions?.retryAfter;
      res.setHeader('retry-after', String(wait ?? 1));
      throw err;
    }
  }

  /** Counts an error answered before Apollo's plugins run (authentication, rate limit). */
  recordRefusal(err: unknown): void {
    const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
    this.metrics?.recordError(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
  }

  // Starts the clock: request id, deadline, the safety net and the access log line.
  private readonly begin: RequestHandler = (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const state: RequestState = { requestId, startedAt: performance.now(), deadline: Date.now() + this.options.requestTimeoutMs, controller: new AbortController() };
    this.requests.set(res, state);
    let net: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      state.controller.abort();
      net = setTimeout(() => this.answerLate(res, requestId), SAFETY_NET_GRACE_MS);
    }, this.options.requestTimeoutMs);
    res.on('close', () => {
      clearTimeout(timer);
      clearTimeout(net);
    });
    res.on('finish', () => this.logRequest(req.method, res, state));
    // Every answer, refusals included, waits for its point of the schedule; none later than the deadline.
    const floor = this.options.responseFloorMs ?? 0;
    if (floor > 0) holdAnswer(res, state.startedAt, floor, this.options.requestTimeoutMs, () => state.leave?.());
    // Errors answered before any plugin runs (a token refused while the context is made) name the request too;
    // the rest get it from opsPlugin, refusals from sendRefusal.
    const send = res.send.bind(res);
    res.send = (body?: unknown) => send(res.statusCode >= 400 && typeof body === 'string' ? withRequestIdIn(body, requestId) : body);
    next();
  };

  // Verifies the token and applies the rate limit before the request queues (inTurn): the outcome,
  // a viewer or a refusal, waits in the request's state for the context function (http.ts).
  private identifyWith(identify: (req: Request) => Promise<Viewer>): RequestHandler {
    return (req, res, next) => {
      const state = this.requests.get(res);
      if (!state) return next(new Error('request scope missing: graphqlGuards() out of order'));
      const identity: Identity = {};
      state.identity = identity;
      identify(req)
        .then((viewer) => {
          identity.viewer = viewer;
          this.admit(viewer, res);
        })
        .catch((err: unknown) => {
          identity.refusal = err;
        })
        .finally(() => next());
    };
  }

  /**
   * Waits for a place among the requests being served, in arrival order; the place is held until the
   * response is closed (sent, or the client gone) or its answer only waits for its release time (responseFloor.ts).
   * Every request still counts its wait against its own deadline (QUERY_TIMEOUT when it runs out waiting). Why: all requests in the process share one event
   * loop, and each step of a request (each Neo4j round trip) queues behind every callback ready at that
   * moment; with many requests at once a request of six steps waits six times in that queue, and those
   * made the tail (docs/benchmarks.md, session 15). In line once at the door, it waits once.
   */
  private readonly inTurn: RequestHandler = (_req, res, next) => {
    const state = this.requests.get(res);
    if (!state) return next(new Error('request scope missing: graphqlGuards() out of order'));
    // Refused already (identify): answered at once, without a place.
    if (state.identity?.refusal !== undefined) return next();
    let closed = false;
    const done = new Promise<void>((resolve) => {
      // An answer held back until its release time (responseFloor.ts) has no more work to do.
      state.leave = resolve;
      res.once('close', () => {
        closed = true;
        resolve();
      });
    });
    this.served!.run((turn) => {
      state.turn = turn;
      // A client that left while waiting gives its place straight back.
      if (!closed) next();
      return done;
    }, state.controller.signal).catch(() => {
      // The only way to fail here: the deadline came while it waited.
      if (!closed) next(new HttpRefusal(503, 'QUERY_TIMEOUT', 'the request ran out of time waiting for its turn; try again or narrow it down'));
    });
  };

  private readonly enterScope: RequestHandler = (req, res, next) => {
    const state = this.requests.get(res);
    const bookmarks = bookmarksFrom(req);
    if (!state) return next(new Error('request scope missing: graphqlGuards() out of order'));
    if (!bookmarks) return next(new HttpRefusal(400, 'BAD_USER_INPUT', 'the x-skein-bookmarks header is malformed'));
    const turn = state.turn;
    const statements = { bookmarks, deadline: state.deadline, signal: state.controller.signal, ...(turn ? { lendTurn: () => turn.lend() } : {}) };
    state.scope = { requestId: state.requestId, startedAt: state.startedAt, statements, metrics: this.metrics };
    next();
  };

  private answerLate(res: Response, requestId: string): void {
    if (res.headersSent) return;
    this.options.logger?.warn({ requestId }, 'request outlived its timeout; answered by the safety net');
    sendRefusal(res, new HttpRefusal(503, 'QUERY_TIMEOUT', 'the request ran out of time; try again or narrow it down'), requestId, this.metrics);
  }

  private logRequest(method: string, res: Response, state: RequestState): void {
    const ms = Math.round(performance.now() - state.startedAt);
    const operation = state.scope?.operation;
    this.options.logger?.info({ requestId: state.requestId, method, status: res.statusCode, ms, operation: operation?.name, type: operation?.type }, 'graphql request');
  }
}
