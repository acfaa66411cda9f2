// The ACL version: one counter bumped in the same transaction as every change that alters who sees what.
//
// Agreements, releases and retractions live in the graph and are read per request (auth/aclFor.ts), so a
// change acts on the next request of every API instance without any message between instances. A
// process that caches ACL views may keep one only while `(:SkeinMeta {key: 'acl'}).version` is unchanged:
// reading that one property is the cheap check, and because the bump commits with the change, no
// reader can see the new version with the old agreements or the other way round.

/** A Cypher fragment to append (after a WITH) to a change statement: bumps the version. */
export const BUMP_ACL_VERSION = `
MERGE (aclVersion:SkeinMeta {key: 'acl'})
SET aclVersion.version = coalesce(aclVersion.version, 0) + 1, aclVersion.changedAt = datetime()`;

export const READ_ACL_VERSION = `
OPTIONAL MATCH (m:SkeinMeta {key: 'acl'}) RETURN coalesce(m.version, 0) AS version`;
