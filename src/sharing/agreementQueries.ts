// Cypher for agreements as data: set, revoke and their change history. Trusted statements: agencies
// and agreements are reference data, not analytic records, and the service checks the caller's role.
// A change is recorded as an (:AgreementChange) node in the same transaction, with the terms before
// and after as flat properties (Neo4j stores no maps), and bumps the ACL version (aclVersion.ts).
import { BUMP_ACL_VERSION } from './aclVersion.js';

const SNAPSHOT = (prefix: string, v: string) =>
  `c.${prefix}UpTo = ${v}.upTo, c.${prefix}HitNotification = ${v}.hitNotification, ` +
  `c.${prefix}ExpiresAt = ${v}.expiresAt, c.${prefix}Purpose = ${v}.purpose`;

/** Creates or changes one agreement; returns nothing when either agency is unknown. */
export const SET_AGREEMENT = `
MATCH (f:Agency {code: $from})
MATCH (t:Agency {code: $to})
OPTIONAL MATCH (f)-[old:SHARES_WITH]->(t)
WITH f, t, CASE WHEN old IS NULL THEN null ELSE old {.upTo, .hitNotification, .expiresAt, .purpose} END AS before
MERGE (f)-[s:SHARES_WITH]->(t)
SET s.upTo = $upTo, s.upToRank = $upToRank, s.hitNotification = $hitNotification,
    s.expiresAt = $expiresAt, s.purpose = $purpose, s.changedAt = datetime(), s.changedBy = $by
CREATE (c:AgreementChange {at: datetime(), by: $by, from: $from, to: $to})
SET ${SNAPSHOT('before', 'before')}, ${SNAPSHOT('after', 's')}
WITH s
${BUMP_ACL_VERSION}
RETURN s.upTo AS upTo, s.hitNotification AS hitNotification, s.expiresAt AS expiresAt, s.purpose AS purpose`;

/** Revokes one agreement; returns no row when there was none. */
export const REVOKE_AGREEMENT = `
MATCH (f:Agency {code: $from})-[s:SHARES_WITH]->(t:Agency {code: $to})
CREATE (c:AgreementChange {at: datetime(), by: $by, from: $from, to: $to})
SET ${SNAPSHOT('before', 's')}
DELETE s
WITH c
${BUMP_ACL_VERSION}
RETURN c.at AS at`;

/** Changes to agreements the agency gives or receives, newest first. */
export const AGREEMENT_CHANGES = `
MATCH (c:AgreementChange)
WHERE c.from = $agency OR c.to = $agency
RETURN c {.*} AS change
ORDER BY c.at DESC
LIMIT $first`;
