const ACL_EXEMPTIONS = {
  INPUT_VISIBLE: "matched by ids the service passes in, which were read through ACL(...) earlier in the same request (a parent record, a BFS frontier, the collected visible set); the statement returns nothing else of it",
  AGENCY_SCOPED: "not an :Entity record: an analyst decision (:IdentityDecision) read and written only for the viewer's own agency ($agency)",
  OWN_WRITE: "created or updated by the statement as the viewer's own agency's record (ownership checked on `source`)",
  CHECKED_ALIAS: "a new name for a variable the same statement already put under ACL(...), e.g. `CASE WHEN ACL(a) THEN a END AS src`",
  INGEST_LOOKUP: "ingest looks an id up to classify a row (created / updated / taken / endpoint); what the answer may reveal about records of other agencies is ruled by the id namespace (issue 12 finding 3), not by this statement",
  OUTBOX: "the watches' outbox (src/watches/outbox.ts): the sequence counter a write increments; bookkeeping, never returned to a viewer (alerts are filtered with ACL(...) when they are read)",
  WATCH_DATA: "not an :Entity record: watches, their coverage and outbox changes, read only for watch ids of the viewer's own agency; every record they name passes ACL(...) in the same statement before it is returned"
};
function isExemptionReason(reason) {
  return Object.hasOwn(ACL_EXEMPTIONS, reason);
}
export {
  ACL_EXEMPTIONS,
  isExemptionReason
};
