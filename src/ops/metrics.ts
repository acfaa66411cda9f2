// Prometheus metrics (prom-client): requests and latency per operation, errors per code, Neo4j statements.
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Mode, QueryHook } from '../graph/executor.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** A bound on distinct labels whatever their origin: past it, the rest share one label. */
const MAX_OPERATION_NAMES = 200;
/** More root fields than this in one operation are labelled `several`. */
const MAX_ROOT_FIELDS = 3;

/**
 * What the `operation` label is made of. Without trusted documents, operation names are free text
 * chosen by analysts ("TraceAhmedForNL") and /metrics needs no token, so the label is the schema's
 * root fields the operation selects (`search`, `person+paths`): bounded, and never data. With a
 * trusted-documents manifest, names come from reviewed, registered documents and are used as they are.
 */
export type OperationLabelling = 'rootFields' | 'registeredNames';

export interface OperationSeen {
  /** The client's operation name (from a registered document when names are trusted). */
  name: string | null | undefined;
  /** Root field names the operation selects (schema names, not aliases); empty when unknown. */
  rootFields: readonly string[];
}

/** The bounded, data-free label for an operation's root fields. */
export function rootFieldsLabel(fields: readonly string[]): string {
  const distinct = [...new Set(fields)].sort();
  if (distinct.length === 0) return 'unknown';
  return distinct.length > MAX_ROOT_FIELDS ? 'several' : distinct.join('+');
}
const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly operations: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;
  private readonly http: Histogram<'route' | 'method' | 'status'>;
  private readonly statements: Histogram<'mode' | 'outcome'>;
  private readonly inFlight: Gauge<'mode'>;

  private readonly labelling: OperationLabelling;

  constructor(opts: { poolSize: number; processMetrics?: boolean; labelling?: OperationLabelling; waiting?: () => number }) {
    this.labelling = opts.labelling ?? 'rootFields';
    const registers = [this.registry];
    if (opts.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.operations = new Histogram({ name: 'skein_graphql_operation_duration_seconds', help: 'GraphQL operations by name and type (count = requests)', labelNames: ['operation', 'type'], buckets: SECONDS, registers });
    this.errors = new Counter({ name: 'skein_graphql_errors_total', help: 'Errors returned to clients, by extensions.code', labelNames: ['code'], registers });
    this.http = new Histogram({ name: 'skein_http_request_duration_seconds', help: 'HTTP requests by route, method and status', labelNames: ['route', 'method', 'status'], buckets: SECONDS, registers });
    this.statements = new Histogram({ name: 'skein_neo4j_transaction_duration_seconds', help: 'Neo4j transactions by access mode and outcome (ok or error code)', labelNames: ['mode', 'outcome'], buckets: SECONDS, registers });
    this.inFlight = new Gauge({ name: 'skein_neo4j_transactions_in_flight', help: 'Transactions holding or waiting for a pooled connection', labelNames: ['mode'], registers });
    const pool = new Gauge({ name: 'skein_neo4j_pool_max_size', help: 'Configured connection pool size per Neo4j server', registers });
    pool.set(opts.poolSize);
    // Read at each scrape from where the requests wait their turn (ops.ts inTurn); 0 without a limit.
    const waiting = opts.waiting;
    new Gauge({
      name: 'skein_graphql_requests_waiting',
      help: 'Requests waiting for a place among those served at once (SKEIN_MAX_IN_FLIGHT)',
      registers,
      collect() {
        this.set(waiting?.() ?? 0);
      },
    });
  }

  recordOperation(op: OperationSeen, type: string, seconds: number): void {
    const label = this.labelling === 'registeredNames' ? this.operationLabel(op.name) : this.bounded(rootFieldsLabel(op.rootFields));
    this.operations.observe({ operation: label, type }, seconds);
  }

  recordError(code: string): void {
    this.errors.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
  }

  /** Times every Neo4j transaction and counts those in flight (a pool usage figure the driver does not expose). */
  readonly queryHook: QueryHook = async (info, run) => {
    const mode: Mode = info.mode;
    const end = this.statements.startTimer({ mode });
    this.inFlight.inc({ mode });
    try {
      const result = await run();
      end({ outcome: 'ok' });
      return result;
    } catch (err) {
      end({ outcome: codeOf(err) });
      throw err;
    } finally {
      this.inFlight.dec({ mode });
    }
  };

  /** Times every HTTP request, answered by us, by Apollo or by a guard. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.http.startTimer();
      res.on('finish', () => {
        const path = req.originalUrl.split('?')[0] ?? '';
        const route = KNOWN_ROUTES.has(path) ? path : 'other';
        end({ route, method: req.method, status: String(res.statusCode) });
      });
      next();
    };
  }

  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    return this.bounded(name);
  }

  private bounded(name: string): string {
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }
}

function codeOf(err: unknown): string {
  const code = (err as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
