// Per-request state: the viewer, their ACL-bound graph access, DataLoaders and the audit trail.
import type { GraphExecutor, QueryStats, ViewerGraph } from './graph/executor.js';
import type { AclView } from './graph/acl.js';
import type { Viewer } from './auth/viewer.js';
import { loadAclView, type TrustedRead } from './auth/aclFor.js';
import { createRecordLoaders, type RecordLoaders } from './records/loaders.js';
import { AuditTrail } from './audit/auditLog.js';
import { loadAgencyDirectory } from './agencies/service.js';
import type { AgencyModel } from './agencies/models.js';
import { ErrorCode } from './errors.js';
import type { StreamDeps } from './watches/stream.js';

export interface RequestStats extends QueryStats {
  /** Reads of the sharing agreements (one per request at most). */
  aclReads: number;
}

/** Request-independent knobs from configuration that rules need. */
export interface Settings {
  /** Facts reported longer ago than this are `stale` (due for re-confirmation). */
  staleAfterDays: number;
  /** Key for opaque hit-notice references (screening/hitNotice.ts); absent: a per-process key. */
  hitKey?: Uint8Array;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ staleAfterDays: 365 });

export interface Context {
  requestId: string;
  viewer: Viewer;
  graph: ViewerGraph;
  /** For reference data that is not access-controlled (agencies, agreements). */
  executor: GraphExecutor;
  /** A trusted (not access-controlled) read in the request's one read transaction. */
  trustedRead: TrustedRead;
  /** Commits the request's read transaction; the server calls it when the response is sent. */
  end: () => Promise<void>;
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

export function createContext(executor: GraphExecutor, viewer: Viewer, requestId: string, settings: Settings = DEFAULT_SETTINGS): Context {
  const stats: RequestStats = { queries: 0, aclReads: 0, transactions: 0 };
  // Every read of this request, the agreements included, runs in one transaction opened on first use.
  const reader = executor.reader(stats);
  const trustedRead: TrustedRead = (cypher, params) => reader.read(cypher, params);
  let acl: ReturnType<typeof loadAclView> | undefined;
  // Loaded on first use and shared by every statement of this request, never across requests: it is
  // read in the same transaction as the data, so a changed agreement acts on the very next request.
  const aclOnce = () => {
    if (!acl) {
      stats.aclReads += 1;
      // Counted in aclReads, not in queries (the data statements).
      acl = loadAclView((cypher, params) => reader.read(cypher, params, false), viewer);
    }
    return acl;
  };
  const graph = executor.forViewer(aclOnce, stats, reader);
  const audit = new AuditTrail();
  let directory: Promise<Map<string, AgencyModel>> | undefined;
  return {
    requestId,
    viewer,
    graph,
    executor,
    trustedRead,
    end: () => reader.end(),
    records: createRecordLoaders(graph, (ids) => audit.add(ids)),
    agencies: () => (directory ??= loadAgencyDirectory(trustedRead)),
    stats,
    admit: () => aclOnce().then(
      () => undefined,
      // Only the refusal is decided here; an outage or a bad bookmark reaches the resolvers, which
      // read the same (rejected) map and answer with their usual coded errors.
      (err: unknown) => {
        if ((err as { extensions?: { code?: unknown } }).extensions?.code === ErrorCode.UNAUTHENTICATED) throw err;
      },
    ),
    aclView: aclOnce,
    audit,
    settings,
  };
}
