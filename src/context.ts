// Per-request state: the viewer, their ACL-bound graph access, DataLoaders and the audit trail.
import type { GraphExecutor, QueryStats, ViewerGraph, ViewSource } from './graph/executor.js';
import type { AclView } from './graph/acl.js';
import type { Viewer } from './auth/viewer.js';
import { loadAclState, type TrustedRead } from './auth/aclFor.js';
import { aclCacheFor } from './auth/aclCache.js';
import { createRecordLoaders, type RecordLoaders } from './records/loaders.js';
import { AuditTrail } from './audit/auditLog.js';
import type { AuditQueries } from './audit/indexThread.js';
import { loadAgencyDirectory } from './agencies/service.js';
import type { AgencyModel } from './agencies/models.js';
import { ErrorCode } from './errors.js';
import type { StreamDeps } from './watches/stream.js';
import type { RequestScope } from './ops/scope.js';

export interface RequestStats extends QueryStats {
  /** Reads of the sharing agreements: none with a cached view, else one (auth/aclCache.ts). */
  aclReads: number;
  /**
   * Statements that ran with a cached view after the sharing state had moved: each failed before
   * reading and ran again with the view read afresh (in a new transaction).
   */
  aclRetries: number;
}

/** Request-independent knobs from configuration that rules need. */
export interface Settings {
  /** Facts reported longer ago than this are `stale` (due for re-confirmation). */
  staleAfterDays: number;
  /** Key for opaque hit-notice references (screening/hitNotice.ts); absent: a per-process key. */
  hitKey?: Uint8Array;
  /** The queryable audit index (audit/store.ts); absent: the audit queries answer SERVICE_UNAVAILABLE. */
  auditStore?: AuditQueries | null;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ staleAfterDays: 365 });

export interface Context {
  requestId: string;
  viewer: Viewer;
  graph: ViewerGraph;
  /**
   * For reference data that is not access-controlled (agencies, agreements). Served over HTTP it is
   * bound to the request's ties (GraphExecutor.within): its statements carry the request's bookmarks
   * and deadline.
   */
  executor: GraphExecutor;
  /** The HTTP request's scope (ops/scope.ts): absent for executeOperation, subscriptions and CLIs. */
  request?: RequestScope;
  /** A trusted (not access-controlled) read in the request's one read transaction. */
  trustedRead: TrustedRead;
  /** Commits the request's read transaction; the server calls it when the response is sent. */
  end: () => Promise<void>;
  /**
   * Said by the server when a request starts (server.ts): end() will be called, so the read transaction
   * stays open across pauses between statements. A context nobody ends commits it after 250 ms idle.
   */
  endsWithResponse: () => void;
  records: RecordLoaders;
  /** Agency reference data, read at most once per request. */
  agencies: () => Promise<Map<string, AgencyModel>>;
  stats: RequestStats;
  /**
   * Admission: refuses (UNAUTHENTICATED) a viewer whose agency has no `:Agency` record. Runs before
   * any resolver (server.ts, http.ts) and shares the request's one agreements read, so it costs nothing
   * extra; read per request, so an agency removed or added acts on the next request.
   */
  admit: () => Promise<void>;
  /** The viewer's ACL view (agreements, releases, retraction), read once per request. */
  aclView: () => Promise<AclView>;
  audit: AuditTrail;
  settings: Settings;
  /** Subscriptions only (watches/subscriptions.ts): the live-alert machinery of the connection. */
  live?: StreamDeps;
}

/** `request`: the HTTP request's scope; the context's executor is then bound to its statement ties. */
export function createContext(executor: GraphExecutor, viewer: Viewer, requestId: string, settings: Settings = DEFAULT_SETTINGS, request?: RequestScope): Context {
  if (request) executor = executor.within(request.statements);
  const stats: RequestStats = { queries: 0, aclReads: 0, aclRetries: 0, transactions: 0 };
  // Every read of this request, the agreements included, runs in one transaction opened on first use.
  const reader = executor.reader(stats);
  const trustedRead: TrustedRead = (cypher, params) => reader.read(cypher, params);
  // The view comes from the process's cache when it holds one for this agency and role (auth/aclCache.ts):
  // each statement then checks, inside itself, that the sharing state has not moved since it was read,
  // so a changed agreement acts on the very next request of every replica. Else it is read in this
  // request's transaction, once, and cached.
  const cache = aclCacheFor(executor.root);
  let state: Promise<{ view: AclView; guard: number | null; version: number }> | undefined;
  const readFresh = () => {
    stats.aclReads += 1; // counted in aclReads, not in queries (the data statements)
    const loaded = loadAclState((cypher, params) => reader.read(cypher, params, false), viewer).then((s) => {
      cache.put(viewer, s.view, s.version, s.validForMs);
      return { view: s.view, guard: null, version: s.version };
    });
    state = loaded;
    return loaded;
  };
  const current = () => {
    if (state) return state;
    const hit = cache.get(viewer);
    return hit ? (state = Promise.resolve({ view: hit.view, guard: hit.version, version: hit.version })) : readFresh();
  };
  const views: ViewSource = {
    current,
    refresh: async (stale) => {
      const now = await current();
      // Several statements may fail on the same stale view: the first one re-reads it for all.
      const fresh = now.guard === stale ? await readFresh() : now;
      const moved = fresh.version !== stale;
      if (moved) stats.aclRetries += 1;
      return moved;
    },
  };
  // For rules that use the view outside a guarded statement (a preview, a release note): never a cached one.
  const verified = async (): Promise<AclView> => {
    const now = await current();
    return now.guard === null ? now.view : (await readFresh()).view;
  };
  const graph = executor.forViewer(views, stats, reader);
  const audit = new AuditTrail();
  let directory: Promise<Map<string, AgencyModel>> | undefined;
  return {
    requestId,
    viewer,
    graph,
    executor,
    ...(request ? { request } : {}),
    trustedRead,
    end: () => reader.end(),
    endsWithResponse: () => reader.ownedByRequest(),
    records: createRecordLoaders(graph, (ids) => audit.add(ids)),
    agencies: () => (directory ??= loadAgencyDirectory(trustedRead)),
    stats,
    admit: () => current().then(
      () => undefined,
      // Only the refusal is decided here; an outage or a bad bookmark reaches the resolvers, which
      // read the same (rejected) map and answer with their usual coded errors.
      (err: unknown) => {
        if ((err as { extensions?: { code?: unknown } }).extensions?.code === ErrorCode.UNAUTHENTICATED) throw err;
      },
    ),
    aclView: verified,
    audit,
    settings,
  };
}
