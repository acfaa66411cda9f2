// Refuses malformed HTTP requests to /graphql before GraphQL sees them, each with a coded JSON error; the
// same coded answers close every other route of the app (ops.ts fallback).
import { isUtf8 } from 'node:buffer';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import type { Metrics } from './metrics.js';

/** Deeper JSON than this is an attack on recursive code downstream, never a real operation (ingest needs ~6). */
export const MAX_JSON_DEPTH = 32;

/** Status and code of a request refused at the HTTP layer; `code` goes to extensions.code. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendRefusal(res: Response, refusal: HttpRefusal, requestId: string | undefined, metrics?: Metrics): void {
  metrics?.recordError(refusal.code);
  res.status(refusal.status).type('application/json');
  res.send(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...(requestId ? { requestId } : {}) } }] }));
}

// A POST must say it is JSON: anything else is either a mistake or a cross-site form.
const requireJson: RequestHandler = (req, _res, next) => {
  if (req.method !== 'POST' || req.is(['application/json', 'application/*+json'])) return next();
  next(new HttpRefusal(415, 'BAD_REQUEST', 'POST bodies must be JSON (content-type: application/json)'));
};

/** Parses JSON bodies up to `limit` bytes, refusing invalid UTF-8 rather than silently replacing it. */
function parseJson(limit: number): RequestHandler {
  return express.json({
    limit,
    type: ['application/json', 'application/*+json'],
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf)) throw new HttpRefusal(400, 'BAD_REQUEST', 'the request body is not valid UTF-8');
    },
  });
}

const limitDepth: RequestHandler = (req, _res, next) => {
  const body: unknown = req.body;
  if (body !== undefined && depthOf(body) > MAX_JSON_DEPTH) {
    return next(new HttpRefusal(400, 'BAD_REQUEST', `the request body is nested deeper than ${MAX_JSON_DEPTH} levels`));
  }
  next();
};

/** JSON nesting depth, iteratively: the point is to survive input that would overflow a recursive walk. */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d);
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

export function bodyGuards(maxBodyBytes: number): RequestHandler[] {
  return [requireJson, parseJson(maxBodyBytes), limitDepth];
}

// body-parser failures carry a `type`; each becomes a clear 4xx instead of Express's HTML error page.
const PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'the request body is too large'],
  'entity.parse.failed': [400, 'the request body is not valid JSON'],
  'charset.unsupported': [415, 'only UTF-8 JSON bodies are accepted'],
  'encoding.unsupported': [415, 'unsupported content-encoding'],
  'request.aborted': [400, 'the request was aborted'],
  'request.size.invalid': [400, 'the request body does not match its content-length'],
};

/**
 * An error handler that answers as /graphql's guards do: refusals, parser and malformed-path errors become
 * coded JSON in plain words; anything else is masked as INTERNAL_SERVER_ERROR and handed to `onInternal`
 * (the log), so a stack trace never reaches the client. Express's own last handler would print it, with
 * the server's file paths, unless NODE_ENV=production.
 */
export function refusalHandler(requestIdOf: (res: Response) => string | undefined, metrics?: Metrics, onInternal?: (err: unknown, path: string) => void): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return; // the deadline guard already answered; a late writer has nothing to add
    const refusal = toRefusal(err);
    if (refusal.status >= 500) onInternal?.(err, req.path);
    sendRefusal(res, refusal, requestIdOf(res), metrics);
  };
}

/** After every route: what no route serves is a coded 404, not Express's HTML page. */
export const notFound: RequestHandler = (_req, res) =>
  sendRefusal(res, new HttpRefusal(404, 'NOT_FOUND', 'nothing is served at this path; the API is POST /graphql'), undefined);

function toRefusal(err: unknown): HttpRefusal {
  // body-parser passes on the very error our `verify` threw, so this also covers invalid UTF-8.
  if (err instanceof HttpRefusal) return err;
  const e = err as { type?: unknown } | undefined;
  const known = typeof e?.type === 'string' ? PARSER_ERRORS[e.type] : undefined;
  if (known) return new HttpRefusal(known[0], 'BAD_REQUEST', known[1]);
  // The router refuses a path parameter that does not decode (status 400, its message quotes the input).
  if (err instanceof URIError) return new HttpRefusal(400, 'BAD_REQUEST', 'the request path is not valid percent-encoded UTF-8');
  return new HttpRefusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
