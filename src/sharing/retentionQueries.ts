// Cypher for retention review: an agency's terms (audited like agreements), its records due for review,
// and re-confirmation. Terms are reference data (trusted statements, the service checks the role); the
// list of due records goes through the ACL like any read, so an ANALYST never sees a retracted record.
import { BUMP_ACL_VERSION } from './aclVersion.js';

/** Sets an agency's terms and records the change, before and after, in the same transaction. */
export const SET_RETENTION = `
MATCH (a:Agency {code: $agency})
WITH a, coalesce(a.reviewPeriodDays, $defaultPeriod) AS beforePeriod, coalesce(a.reviewGraceDays, $defaultGrace) AS beforeGrace
SET a.reviewPeriodDays = $period, a.reviewGraceDays = $grace
CREATE (c:RetentionChange {at: datetime(), by: $by, agency: $agency, beforeReviewPeriodDays: beforePeriod,
        beforeReviewGraceDays: beforeGrace, afterReviewPeriodDays: $period, afterReviewGraceDays: $grace})
WITH a
${BUMP_ACL_VERSION}
RETURN a.reviewPeriodDays AS reviewPeriodDays, a.reviewGraceDays AS reviewGraceDays`;

export const RETENTION_CHANGES = `
MATCH (c:RetentionChange {agency: $agency})
RETURN c {.*} AS change
ORDER BY c.at DESC
LIMIT $first`;

/** The viewer's own records last reviewed before `$dueBefore`, by id after `$after`, and how many in all. */
export const DUE_FOR_REVIEW = `
CALL {
  MATCH (c:Entity) WHERE c.source = $agency AND c.reviewedAt < $dueBefore AND ACL(c)
  RETURN count(c) AS total
}
CALL {
  MATCH (n:Entity) WHERE n.source = $agency AND n.reviewedAt < $dueBefore AND n.id > $after AND ACL(n)
  WITH n ORDER BY n.id LIMIT $first + 1
  RETURN collect(n) AS page
}
RETURN page, total`;

/**
 * Re-confirms the viewer's own records (those it may see: an ANALYST cannot touch a retracted one) and
 * its own links touching them: their review clock starts again.
 */
export const RECONFIRM = `
UNWIND $ids AS rid
MATCH (n:Entity {id: rid})
WHERE n.source = $agency AND ACL(n)
SET n.reviewedAt = datetime(), n.reviewedBy = $by
WITH n
CALL {
  WITH n
  MATCH (n)-[r]-()
  WHERE r.source = $agency AND ACL(r)
  SET r.reviewedAt = datetime(), r.reviewedBy = $by
  RETURN count(r) AS links
}
RETURN collect(n.id) AS done`;

export const RECONFIRMABLE = `
UNWIND $ids AS rid
MATCH (n:Entity {id: rid})
WHERE n.source = $agency AND ACL(n)
RETURN collect(n.id) AS done`;
