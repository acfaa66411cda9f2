// The per-request scope the HTTP layer opens around GraphQL execution: request id, deadline, bookmarks.
// It travels explicitly — the request's Context carries it and an executor bound to its statement ties
// (GraphExecutor.within) — never in an AsyncLocalStorage, which under Node 20 hooks every promise.
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { newBookmarks, type StatementScope } from '../graph/executor.js';
import type { Metrics } from './metrics.js';

export interface RequestScope {
  requestId: string;
  /** performance.now() at arrival, for latency. */
  startedAt: number;
  /** Ties to the graph executor: bookmarks, deadline, abort signal. */
  statements: StatementScope;
  metrics: Metrics | undefined;
  /** Filled in by the Apollo plugin once the operation is known, for logs and metrics. */
  operation?: { name: string; type: string; rootFields: string[] };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's x-request-id when it is well-formed (a proxy's trace id), else a fresh one. */
export function requestIdOf(req: Request): string {
  const given = req.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

const BOOKMARK = /^[A-Za-z0-9+/=:_-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/**
 * Bookmarks a client hands back (x-skein-bookmarks, from an earlier write's response) so its next
 * request, on any replica, reads its own writes. Returns undefined for a malformed header.
 */
export function bookmarksFrom(req: Request): ReturnType<typeof newBookmarks> | undefined {
  const header = req.get('x-skein-bookmarks');
  if (!header) return newBookmarks();
  const list = header.split(',').map((b) => b.trim()).filter(Boolean);
  if (list.length > MAX_BOOKMARKS || !list.every((b) => BOOKMARK.test(b))) return undefined;
  return newBookmarks(list);
}
