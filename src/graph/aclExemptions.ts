// The one reviewed list of reasons a viewer statement may bind a node or relationship without ACL(...).
//
// A statement declares each exemption where it binds the variable, in a Cypher comment naming one of
// these reasons: `/* ACL_EXEMPT(p, t): INPUT_VISIBLE */`. The guard (aclGuard.ts) refuses any other
// reason, so adding a kind of exemption means adding it here, where it is reviewed. Visibility itself
// is still decided only in acl.ts: an exemption says why a variable needs no rule, never what is visible.

export const ACL_EXEMPTIONS = {
  INPUT_VISIBLE:
    'matched by ids the service passes in, which were read through ACL(...) earlier in the same request ' +
    '(a parent record, a BFS frontier, the collected visible set); the statement returns nothing else of it',
  AGENCY_SCOPED:
    "not an :Entity record: an analyst decision (:IdentityDecision) read and written only for the viewer's own agency ($agency)",
  OWN_WRITE:
    "created or updated by the statement as the viewer's own agency's record (ownership checked on `source`)",
  CHECKED_ALIAS:
    'a new name for a variable the same statement already put under ACL(...), e.g. `CASE WHEN ACL(a) THEN a END AS src`',
  INGEST_LOOKUP:
    'ingest looks an id up to classify a row (created / updated / taken / endpoint); what the answer may reveal ' +
    'about records of other agencies is ruled by the id namespace (issue 12 finding 3), not by this statement',
  OUTBOX:
    "the watches' outbox (src/watches/outbox.ts): the sequence counter a write increments; bookkeeping, " +
    'never returned to a viewer (alerts are filtered with ACL(...) when they are read)',
  ID_LOCK:
    "not an :Entity record: the lock node of an agency's relationship-id namespace (ingest/queries.ts), " +
    'taken so that an id stays unique across relationship types under concurrent writes; never returned',
  WATCH_DATA:
    'not an :Entity record: watches, their coverage and outbox changes, read only for watch ids of the ' +
    "viewer's own agency; every record they name passes ACL(...) in the same statement before it is returned",
  ACL_VERSION:
    "not an :Entity record: the sharing state's version counter (:SkeinMeta {key: 'acl'}), compared with the version " +
    'a cached view was read at (graph/acl.ts ACL_VERSION_GUARD); never returned',
} as const;

export type AclExemptionReason = keyof typeof ACL_EXEMPTIONS;

export function isExemptionReason(reason: string): reason is AclExemptionReason {
  return Object.hasOwn(ACL_EXEMPTIONS, reason);
}
