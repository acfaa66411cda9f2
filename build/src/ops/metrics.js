import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
const SECONDS = [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;
const MAX_ROOT_FIELDS = 3;
function rootFieldsLabel(fields) {
  const distinct = [...new Set(fields)].sort();
  if (distinct.length === 0) return "unknown";
  return distinct.length > MAX_ROOT_FIELDS ? "several" : distinct.join("+");
}
const KNOWN_ROUTES = /* @__PURE__ */ new Set(["/graphql", "/healthz", "/readyz", "/metrics"]);
class Metrics {
  registry = new Registry();
  names = /* @__PURE__ */ new Set();
  operations;
  errors;
  http;
  statements;
  inFlight;
  labelling;
  constructor(opts) {
    this.labelling = opts.labelling ?? "rootFields";
    const registers = [this.registry];
    if (opts.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.operations = new Histogram({ name: "skein_graphql_operation_duration_seconds", help: "GraphQL operations by name and type (count = requests)", labelNames: ["operation", "type"], buckets: SECONDS, registers });
    this.errors = new Counter({ name: "skein_graphql_errors_total", help: "Errors returned to clients, by extensions.code", labelNames: ["code"], registers });
    this.http = new Histogram({ name: "skein_http_request_duration_seconds", help: "HTTP requests by route, method and status", labelNames: ["route", "method", "status"], buckets: SECONDS, registers });
    this.statements = new Histogram({ name: "skein_neo4j_transaction_duration_seconds", help: "Neo4j transactions by access mode and outcome (ok or error code)", labelNames: ["mode", "outcome"], buckets: SECONDS, registers });
    this.inFlight = new Gauge({ name: "skein_neo4j_transactions_in_flight", help: "Transactions holding or waiting for a pooled connection", labelNames: ["mode"], registers });
    const pool = new Gauge({ name: "skein_neo4j_pool_max_size", help: "Configured connection pool size per Neo4j server", registers });
    pool.set(opts.poolSize);
  }
  recordOperation(op, type, seconds) {
    const label = this.labelling === "registeredNames" ? this.operationLabel(op.name) : this.bounded(rootFieldsLabel(op.rootFields));
    this.operations.observe({ operation: label, type }, seconds);
  }
  recordError(code) {
    this.errors.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : "OTHER" });
  }
  /** Times every Neo4j transaction and counts those in flight (a pool usage figure the driver does not expose). */
  queryHook = async (info, run) => {
    const mode = info.mode;
    const end = this.statements.startTimer({ mode });
    this.inFlight.inc({ mode });
    try {
      const result = await run();
      end({ outcome: "ok" });
      return result;
    } catch (err) {
      end({ outcome: codeOf(err) });
      throw err;
    } finally {
      this.inFlight.dec({ mode });
    }
  };
  /** Times every HTTP request, answered by us, by Apollo or by a guard. */
  httpMiddleware() {
    return (req, res, next) => {
      const end = this.http.startTimer();
      res.on("finish", () => {
        const path = req.originalUrl.split("?")[0] ?? "";
        const route = KNOWN_ROUTES.has(path) ? path : "other";
        end({ route, method: req.method, status: String(res.statusCode) });
      });
      next();
    };
  }
  handler() {
    return async (_req, res) => {
      res.setHeader("content-type", this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }
  operationLabel(name) {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "invalid";
    return this.bounded(name);
  }
  bounded(name) {
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return "other";
    this.names.add(name);
    return name;
  }
}
function codeOf(err) {
  const code = err?.extensions?.code;
  return typeof code === "string" ? code : "INTERNAL_SERVER_ERROR";
}
export {
  Metrics,
  rootFieldsLabel
};
