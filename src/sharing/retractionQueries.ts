// Cypher for retraction (a reversible hide, read by the ACL predicate through `retractedAt`) and erasure
// (content and links deleted, a tombstone kept). Trusted statements that touch only the caller's own
// records (`n.source = $agency`); every one bumps the ACL version in its transaction.
import { BUMP_ACL_VERSION } from './aclVersion.js';

// Links are hidden with the record and remember which record hid them, so unretract restores only those.
export const RETRACT = `
UNWIND $ids AS rid
MATCH (n:Entity {id: rid})
WHERE n.source = $agency AND n.retractedAt IS NULL
SET n.retractedAt = datetime(), n.retractedBy = $by, n.retractReason = $reason
WITH n
CALL {
  WITH n
  MATCH (n)-[r]-()
  WHERE r.retractedAt IS NULL
  SET r.retractedAt = datetime(), r.retractedWith = n.id
  RETURN count(r) AS links
}
WITH collect(n.id) AS done
${BUMP_ACL_VERSION}
RETURN done`;

export const UNRETRACT = `
UNWIND $ids AS rid
MATCH (n:Entity {id: rid})
WHERE n.source = $agency AND n.retractedAt IS NOT NULL
REMOVE n.retractedAt, n.retractedBy, n.retractReason
WITH n
CALL {
  WITH n
  MATCH (n)-[r]-()
  WHERE r.retractedWith = n.id
  REMOVE r.retractedAt, r.retractedWith
  RETURN count(r) AS links
}
WITH collect(n.id) AS done
${BUMP_ACL_VERSION}
RETURN done`;

/** What erasure will remove, read first so its hash can be kept: the record and every link. */
export const ERASABLE = `
UNWIND $ids AS rid
MATCH (n:Entity {id: rid})
WHERE n.source = $agency
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS props,
       COLLECT { MATCH (n)-[r]-(m) RETURN {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)} } AS links`;

export const ERASE = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.source = $agency
DETACH DELETE n
CREATE (t:Tombstone {id: row.id, type: row.type, source: $agency, erasedAt: datetime(), erasedBy: $by,
                     reason: $reason, contentHash: row.contentHash})
WITH collect(t {.*}) AS done
${BUMP_ACL_VERSION}
RETURN done`;

export const TOMBSTONES = `
MATCH (t:Tombstone {source: $agency})
RETURN t {.*} AS tombstone ORDER BY t.erasedAt DESC, t.id LIMIT $first`;

/** Dry runs: the caller's own records a retract (`$retracted` false) or unretract (true) would change. */
export const RETRACTABLE = `
UNWIND $ids AS rid
MATCH (n:Entity {id: rid})
WHERE n.source = $agency AND (n.retractedAt IS NOT NULL) = $retracted
RETURN collect(n.id) AS done`;

/** What each id is among the caller's own records and tombstones (bulk retract/erase report per id). */
export const OWN_STATE = `
UNWIND $ids AS rid
OPTIONAL MATCH (n:Entity {id: rid})
WHERE n.source = $agency
RETURN rid AS id, n IS NOT NULL AS exists, n.retractedAt IS NOT NULL AS retracted,
       EXISTS { MATCH (t:Tombstone {id: rid}) WHERE t.source = $agency } AS erased`;
