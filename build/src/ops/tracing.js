import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
const tracer = trace.getTracer("skein");
function tracingMiddleware() {
  return (req, res, next) => {
    const span = tracer.startSpan("graphql.request", {
      kind: SpanKind.SERVER,
      attributes: { "http.request.method": req.method, "url.path": "/graphql" }
    });
    res.on("finish", () => {
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(context.active(), span), next);
  };
}
function annotateOperation(name, type, requestId) {
  const span = trace.getActiveSpan();
  if (!span) return;
  span.updateName(`graphql ${type} ${name ?? "anonymous"}`);
  span.setAttributes({ "graphql.operation.name": name ?? "", "graphql.operation.type": type, "skein.request_id": requestId });
}
const tracingQueryHook = (info, run) => tracer.startActiveSpan(`neo4j ${info.mode}`, { kind: SpanKind.CLIENT, attributes: { "db.system": "neo4j", "db.operation": info.mode } }, async (span) => {
  try {
    return await run();
  } catch (err) {
    const code = err.extensions?.code;
    span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR" });
    throw err;
  } finally {
    span.end();
  }
});
export {
  annotateOperation,
  tracingMiddleware,
  tracingQueryHook
};
