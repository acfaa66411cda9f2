// OpenTelemetry hooks: a span per GraphQL request and per Neo4j transaction; no-ops until an SDK is registered.
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import type { QueryHook } from '../graph/executor.js';

// Only the API is imported here: exporters, samplers and the context manager belong to the
// deployment's SDK setup (README, Operations > Tracing), so tracing costs nothing where nobody collects it.
const tracer = trace.getTracer('skein');

/** Opens the request span and makes it active for everything the request awaits. */
export function tracingMiddleware(): RequestHandler {
  return (req, res, next) => {
    const span = tracer.startSpan('graphql.request', {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method, 'url.path': '/graphql' },
    });
    res.on('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(context.active(), span), next);
  };
}

/** Names the request span after the operation once Apollo has resolved it. */
export function annotateOperation(name: string | null | undefined, type: string, requestId: string): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  span.updateName(`graphql ${type} ${name ?? 'anonymous'}`);
  span.setAttributes({ 'graphql.operation.name': name ?? '', 'graphql.operation.type': type, 'skein.request_id': requestId });
}

/** A client span per transaction, child of the request span. Cypher text stays out: it is ours, not news. */
export const tracingQueryHook: QueryHook = (info, run) =>
  tracer.startActiveSpan(`neo4j ${info.mode}`, { kind: SpanKind.CLIENT, attributes: { 'db.system': 'neo4j', 'db.operation': info.mode } }, async (span: Span) => {
    try {
      return await run();
    } catch (err) {
      const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
      span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
      throw err;
    } finally {
      span.end();
    }
  });
