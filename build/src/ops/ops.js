import { Metrics } from "./metrics.js";
import { RateLimiter } from "./rateLimit.js";
import { bodyGuards, HttpRefusal, refusalHandler, sendRefusal } from "./requestGuard.js";
import { bookmarksFrom, requestIdOf, runInScope } from "./scope.js";
import { tracingMiddleware, tracingQueryHook } from "./tracing.js";
import { loadTrustedDocuments, trustedDocumentsGuard } from "./trustedDocuments.js";
const DEFAULT_OPS = { requestTimeoutMs: 3e4, maxBodyBytes: 1e6, rateLimitPerMinute: 600, metrics: true, tracing: false, poolSize: 50 };
const SAFETY_NET_GRACE_MS = 1e3;
class Ops {
  constructor(options) {
    this.options = options;
    const labelling = options.trustedDocuments ? "registeredNames" : "rootFields";
    this.metrics = options.metrics ? new Metrics({ poolSize: options.poolSize, labelling }) : void 0;
    this.limiter = options.rateLimitPerMinute > 0 ? new RateLimiter(options.rateLimitPerMinute) : void 0;
  }
  options;
  metrics;
  limiter;
  requests = /* @__PURE__ */ new WeakMap();
  instrumented = /* @__PURE__ */ new WeakSet();
  static fromConfig(config, logger) {
    const { ops } = config;
    return new Ops({
      requestTimeoutMs: ops.requestTimeoutMs,
      maxBodyBytes: ops.maxBodyBytes,
      rateLimitPerMinute: ops.rateLimitPerMinute,
      metrics: ops.metrics,
      tracing: ops.tracing,
      poolSize: config.neo4j.maxPoolSize ?? 50,
      ...ops.trustedDocumentsPath ? { trustedDocuments: loadTrustedDocuments(ops.trustedDocumentsPath) } : {},
      ...logger ? { logger } : {}
    });
  }
  /** Hooks metrics and tracing around the executor's transactions (once per executor). */
  instrument(executor) {
    if (this.instrumented.has(executor)) return;
    this.instrumented.add(executor);
    if (this.metrics) executor.instrument(this.metrics.queryHook);
    if (this.options.tracing) executor.instrument(tracingQueryHook);
  }
  /** App-wide: HTTP metrics on every route, and GET /metrics. */
  mount(app) {
    if (!this.metrics) return;
    app.use(this.metrics.httpMiddleware());
    app.get("/metrics", this.metrics.handler());
  }
  /** The middleware in front of Apollo on /graphql, in order. */
  graphqlGuards() {
    const trusted = this.options.trustedDocuments;
    return [
      this.begin,
      ...bodyGuards(this.options.maxBodyBytes),
      ...trusted ? [trustedDocumentsGuard(trusted)] : [],
      this.enterScope,
      ...this.options.tracing ? [tracingMiddleware()] : []
    ];
  }
  /** After Apollo on /graphql: refusals and body-parser errors as coded JSON. */
  errorHandler() {
    return refusalHandler((res) => this.requests.get(res)?.requestId, this.metrics);
  }
  requestId(res) {
    return this.requests.get(res)?.requestId;
  }
  /** Throws RATE_LIMITED (429, with Retry-After) once the viewer has used up their allowance. */
  admit(viewer, res) {
    try {
      this.limiter?.check(viewer);
    } catch (err) {
      const wait = err.extensions?.retryAfter;
      res.setHeader("retry-after", String(wait ?? 1));
      throw err;
    }
  }
  /** Counts an error answered before Apollo's plugins run (authentication, rate limit). */
  recordRefusal(err) {
    const code = err.extensions?.code;
    this.metrics?.recordError(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR");
  }
  // Starts the clock: request id, deadline, the safety net and the access log line.
  begin = (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader("x-request-id", requestId);
    const state = { requestId, startedAt: performance.now(), deadline: Date.now() + this.options.requestTimeoutMs, controller: new AbortController() };
    this.requests.set(res, state);
    let net;
    const timer = setTimeout(() => {
      state.controller.abort();
      net = setTimeout(() => this.answerLate(res, requestId), SAFETY_NET_GRACE_MS);
    }, this.options.requestTimeoutMs);
    res.on("close", () => {
      clearTimeout(timer);
      clearTimeout(net);
    });
    res.on("finish", () => this.logRequest(req.method, res, state));
    next();
  };
  enterScope = (req, res, next) => {
    const state = this.requests.get(res);
    const bookmarks = bookmarksFrom(req);
    if (!state) return next(new Error("request scope missing: graphqlGuards() out of order"));
    if (!bookmarks) return next(new HttpRefusal(400, "BAD_USER_INPUT", "the x-skein-bookmarks header is malformed"));
    const statements = { bookmarks, deadline: state.deadline, signal: state.controller.signal };
    state.scope = { requestId: state.requestId, startedAt: state.startedAt, statements, metrics: this.metrics };
    runInScope(state.scope, next);
  };
  answerLate(res, requestId) {
    if (res.headersSent) return;
    this.options.logger?.warn({ requestId }, "request outlived its timeout; answered by the safety net");
    sendRefusal(res, new HttpRefusal(503, "QUERY_TIMEOUT", "the request ran out of time; try again or narrow it down"), requestId, this.metrics);
  }
  logRequest(method, res, state) {
    const ms = Math.round(performance.now() - state.startedAt);
    const operation = state.scope?.operation;
    this.options.logger?.info({ requestId: state.requestId, method, status: res.statusCode, ms, operation: operation?.name, type: operation?.type }, "graphql request");
  }
}
export {
  DEFAULT_OPS,
  Ops
};
