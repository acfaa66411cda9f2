// Turns the sharing agreements, releases and other agencies' retention terms into the per-request ACL view.
import { MARKINGS, MAX_SHAREABLE_RANK, markingRank, type Marking, type Role } from '../model/graphModel.js';
import type { AclMap, GraphExecutor, Params, QueryStats, Row } from '../graph/executor.js';
import type { AclView } from '../graph/acl.js';
import { unauthenticated } from '../errors.js';
import { DEFAULT_GRACE_DAYS, DEFAULT_REVIEW_PERIOD_DAYS } from '../sharing/retentionTerms.js';

// Expired agreements and releases are left out here, so they stop acting on the first request after
// their expiry without any job running. Releases are per record and per agency (src/sharing/releases.ts).
// Also the sharing-state version the view is read at and the milliseconds until the first of its
// agreements or releases expires (auth/aclCache.ts keeps the view that long at most).
const AGREEMENTS_TO = `
OPTIONAL MATCH (me:Agency {code: $agency})
OPTIONAL MATCH (src:Agency)-[s:SHARES_WITH]->(me)
  WHERE s.expiresAt IS NULL OR s.expiresAt > datetime()
WITH me, collect({source: src.code, upTo: s.upTo}) AS shares, min(s.expiresAt) AS shareEnd
OPTIONAL MATCH (r:Release {agency: $agency})
  WHERE r.revokedAt IS NULL AND r.until > datetime()
WITH me, shares, shareEnd, collect(r.recordIds) AS released, min(r.until) AS releaseEnd
OPTIONAL MATCH (other:Agency) WHERE other.code <> $agency
WITH me, shares, shareEnd, released, releaseEnd,
  collect({source: other.code, days: coalesce(other.reviewPeriodDays, $defaultPeriod) + coalesce(other.reviewGraceDays, $defaultGrace)}) AS retention
OPTIONAL MATCH (meta:SkeinMeta {key: 'acl'})
WITH me, shares, released, retention, coalesce(meta.version, 0) AS version,
  CASE WHEN shareEnd IS NULL OR (releaseEnd IS NOT NULL AND releaseEnd < shareEnd) THEN releaseEnd ELSE shareEnd END AS firstEnd
RETURN me IS NOT NULL AS known, shares, released, retention, version,
  CASE WHEN firstEnd IS NULL THEN null ELSE duration.inSeconds(datetime(), firstEnd).milliseconds END AS validForMs`;

export interface Share {
  source: string;
  upTo: string;
}

/** Pure rule: own agency sees everything it reported; others up to what they share, never RED. */
export function buildAclMap(agency: string, shares: Share[]): AclMap {
  const acl: AclMap = {};
  for (const { source, upTo } of shares) {
    if (!(MARKINGS as readonly string[]).includes(upTo)) continue; // a malformed agreement shares nothing
    acl[source] = Math.min(markingRank(upTo as Marking), MAX_SHAREABLE_RANK);
  }
  acl[agency] = markingRank('RED');
  return acl;
}

/** A trusted (not access-controlled) read; per request, the request's one read transaction. */
export type TrustedRead = (cypher: string, params: Params) => Promise<Row[]>;

/**
 * The whole view of one viewer: one query per request, run in the request's read transaction
 * (context.ts), so the view is exactly as fresh as the data it guards: an agreement changed through
 * any replica acts on the next request, with no cache to invalidate and nothing shared across viewers.
 * An agency unknown to the graph is refused like a bad token.
 */
export async function loadAclView(read: TrustedRead, viewer: { agency: string; role: Role }): Promise<AclView> {
  return (await loadAclState(read, viewer)).view;
}

/** A view with the sharing-state version it was read at and how long it holds (auth/aclCache.ts). */
export interface AclState {
  view: AclView;
  version: number;
  /** Milliseconds until its first agreement or release expires; null when none does. */
  validForMs: number | null;
}

export async function loadAclState(read: TrustedRead, viewer: { agency: string; role: Role }): Promise<AclState> {
  const [row] = await read(AGREEMENTS_TO, { agency: viewer.agency, defaultPeriod: DEFAULT_REVIEW_PERIOD_DAYS, defaultGrace: DEFAULT_GRACE_DAYS });
  if (!row?.known) throw unauthenticated(`agency ${viewer.agency} is not registered`);
  const shares = (row.shares as unknown as Array<Share | { source: null }>).filter((s): s is Share => s.source !== null);
  const released: Record<string, boolean> = {};
  for (const ids of row.released as unknown as string[][]) for (const id of ids ?? []) released[id] = true;
  const hiddenAfterDays: Record<string, number> = {};
  for (const r of row.retention as unknown as Array<{ source: string | null; days: number }>) if (r.source !== null) hiddenAfterDays[r.source] = Number(r.days);
  return {
    view: {
      acl: buildAclMap(viewer.agency, shares),
      released,
      retractedVisibleTo: viewer.role === 'ADMIN' ? viewer.agency : '',
      hiddenAfterDays,
    },
    version: Number(row.version ?? 0),
    validForMs: row.validForMs === null || row.validForMs === undefined ? null : Number(row.validForMs),
  };
}

/**
 * The import CLI's view of its agency (role INGEST): agreements, releases and other agencies' retention
 * terms, as the `ingest` mutation judges endpoints; no retracted record of anyone.
 */
export async function loadImportView(graph: GraphExecutor, agency: string, stats?: QueryStats): Promise<AclView> {
  return loadAclView((cypher, params) => graph.trustedRead(cypher, params, stats), { agency, role: 'INGEST' });
}

/** The agreements map alone (benchmarks' naive baselines): no releases, no retention, no retracted records. */
export async function loadAclMap(graph: GraphExecutor, agency: string, stats?: QueryStats): Promise<AclMap> {
  return (await loadImportView(graph, agency, stats)).acl;
}
