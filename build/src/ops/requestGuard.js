import { isUtf8 } from "node:buffer";
import express, {} from "express";
const MAX_JSON_DEPTH = 32;
class HttpRefusal extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
}
function sendRefusal(res, refusal, requestId, metrics) {
  metrics?.recordError(refusal.code);
  res.status(refusal.status).type("application/json");
  res.send(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...requestId ? { requestId } : {} } }] }));
}
const requireJson = (req, _res, next) => {
  if (req.method !== "POST" || req.is(["application/json", "application/*+json"])) return next();
  next(new HttpRefusal(415, "BAD_REQUEST", "POST bodies must be JSON (content-type: application/json)"));
};
function parseJson(limit) {
  return express.json({
    limit,
    type: ["application/json", "application/*+json"],
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf)) throw new HttpRefusal(400, "BAD_REQUEST", "the request body is not valid UTF-8");
    }
  });
}
const limitDepth = (req, _res, next) => {
  const body = req.body;
  if (body !== void 0 && depthOf(body) > MAX_JSON_DEPTH) {
    return next(new HttpRefusal(400, "BAD_REQUEST", `the request body is nested deeper than ${MAX_JSON_DEPTH} levels`));
  }
  next();
};
function depthOf(value) {
  let max = 0;
  const stack = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== "object") continue;
    max = Math.max(max, d);
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}
function bodyGuards(maxBodyBytes) {
  return [requireJson, parseJson(maxBodyBytes), limitDepth];
}
const PARSER_ERRORS = {
  "entity.too.large": [413, "the request body is too large"],
  "entity.parse.failed": [400, "the request body is not valid JSON"],
  "charset.unsupported": [415, "only UTF-8 JSON bodies are accepted"],
  "encoding.unsupported": [415, "unsupported content-encoding"],
  "request.aborted": [400, "the request was aborted"],
  "request.size.invalid": [400, "the request body does not match its content-length"]
};
function refusalHandler(requestIdOf, metrics) {
  return (err, _req, res, _next) => {
    if (res.headersSent) return;
    sendRefusal(res, toRefusal(err), requestIdOf(res), metrics);
  };
}
function toRefusal(err) {
  if (err instanceof HttpRefusal) return err;
  const e = err;
  const known = typeof e?.type === "string" ? PARSER_ERRORS[e.type] : void 0;
  if (known) return new HttpRefusal(known[0], "BAD_REQUEST", known[1]);
  return new HttpRefusal(500, "INTERNAL_SERVER_ERROR", "Internal server error");
}
export {
  HttpRefusal,
  MAX_JSON_DEPTH,
  bodyGuards,
  depthOf,
  refusalHandler,
  sendRefusal
};
