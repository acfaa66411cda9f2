// Cypher for access requests and releases. Trusted statements: the service checks roles and that the
// record is the holder's own before any of them runs; what a release makes visible is decided by the
// ACL predicate (graph/acl.ts, `$released`), never here.
import { BUMP_ACL_VERSION } from './aclVersion.js';

export const CREATE_REQUEST = `
MATCH (h:Agency {code: $holder})
CREATE (q:AccessRequest {id: $id, requester: $requester, requestedBy: $by, holder: $holder, reference: $reference,
                         reason: $reason, status: 'PENDING', createdAt: datetime()})
RETURN q {.*} AS request`;

/** Requests sent to (`holder`) or by (`requester`) one agency, newest first. */
export const REQUESTS_TO = `
MATCH (q:AccessRequest {holder: $agency})
WHERE $status IS NULL OR q.status = $status
RETURN q {.*} AS request ORDER BY q.createdAt DESC, q.id LIMIT $first`;

export const REQUESTS_BY = `
MATCH (q:AccessRequest {requester: $agency})
RETURN q {.*} AS request ORDER BY q.createdAt DESC, q.id LIMIT $first`;

export const PENDING_REQUEST = `
MATCH (q:AccessRequest {id: $id, holder: $holder, status: 'PENDING'})
RETURN q {.*} AS request`;

/** The holder's own record, as the holder judges a release of it. */
export const OWN_RECORD = `
MATCH (n:Entity {id: $id})
WHERE n.source = $holder
RETURN n.sourceRef AS sourceRef, coalesce(n.markingRank, 4) AS rank, n.retractedAt IS NOT NULL AS retracted`;

// The 1-hop context: the holder's own non-RED, unretracted links and neighbours, at most 200.
export const CREATE_RELEASE = `
MATCH (q:AccessRequest {id: $requestId, holder: $holder, status: 'PENDING'})
MATCH (n:Entity {id: $recordId})
WHERE n.source = $holder
WITH q, n, CASE WHEN $withContext THEN COLLECT {
  MATCH (n)-[r]-(m:Entity)
  WHERE r.source = $holder AND coalesce(r.markingRank, 4) < 4 AND r.retractedAt IS NULL
    AND m.source = $holder AND coalesce(m.markingRank, 4) < 4 AND m.retractedAt IS NULL
  RETURN [r.id, m.id] LIMIT 200
} ELSE [] END AS context
WITH q, n, reduce(ids = [n.id], pair IN context | ids + [x IN pair WHERE x IS NOT NULL AND NOT x IN ids]) AS recordIds
CREATE (rel:Release {id: $id, holder: $holder, agency: q.requester, recordId: n.id, recordIds: recordIds,
                     marking: $marking, until: $until, releasedAt: datetime(), releasedBy: $by, requestId: q.id})
SET q.status = 'RELEASED', q.decidedAt = datetime(), q.decidedBy = $by, q.releaseId = $id
WITH rel
${BUMP_ACL_VERSION}
RETURN rel {.*} AS release`;

export const DECLINE_REQUEST = `
MATCH (q:AccessRequest {id: $id, holder: $holder, status: 'PENDING'})
SET q.status = 'DECLINED', q.decidedAt = datetime(), q.decidedBy = $by, q.declineReason = $reason
RETURN q {.*} AS request`;

export const REVOKE_RELEASE = `
MATCH (rel:Release {id: $id, holder: $holder})
WHERE rel.revokedAt IS NULL AND rel.until > datetime()
SET rel.revokedAt = datetime(), rel.revokedBy = $by
WITH rel
${BUMP_ACL_VERSION}
RETURN rel.id AS id`;

/** Releases by id, for the request list: the requester sees only live ones. */
export const RELEASES_BY_ID = `
UNWIND $ids AS rid
MATCH (rel:Release {id: rid})
WHERE rel.holder = $agency OR (rel.agency = $agency AND rel.revokedAt IS NULL AND rel.until > datetime())
RETURN rel {.*} AS release`;

/** The live releases to one agency covering some record ids (provenance notes). */
export const LIVE_RELEASES_OF = `
MATCH (rel:Release {agency: $agency})
WHERE rel.revokedAt IS NULL AND rel.until > datetime() AND any(x IN rel.recordIds WHERE x IN $ids)
RETURN rel {.*} AS release`;
