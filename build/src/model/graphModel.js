const NODE_TYPES = [
  "Person",
  "Organisation",
  "Location",
  "Document",
  "Identifier",
  "Travel",
  "Watchlist"
];
const RELATIONSHIP_TYPES = [
  "RECRUITED",
  "MEMBER_OF",
  "AFFILIATED_WITH",
  "FAMILY_OF",
  "ASSOCIATE_OF",
  "COMMUNICATED_WITH",
  "FUNDED",
  "HOLDS",
  "MADE",
  "FROM",
  "TO",
  "USED",
  "LISTED_ON",
  "LOCATED_IN",
  "SAME_AS"
];
const MARKINGS = ["CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED"];
function markingRank(marking) {
  return MARKINGS.indexOf(marking);
}
const MAX_SHAREABLE_RANK = markingRank("AMBER_STRICT");
const ROLES = ["ANALYST", "INGEST", "ADMIN"];
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const TEMPORAL_FIELDS = {
  Person: { birthDate: "date" },
  Document: { issuedOn: "date", expiresOn: "date" },
  Travel: { departedAt: "datetime", arrivedAt: "datetime" },
  RECRUITED: { at: "date" },
  MEMBER_OF: { since: "date", until: "date" },
  COMMUNICATED_WITH: { firstSeen: "date", lastSeen: "date" },
  LISTED_ON: { added: "date" },
  SAME_AS: { decidedAt: "datetime" }
};
function documentNumberKey(raw) {
  return raw.normalize("NFKC").toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
}
export {
  ID_PATTERN,
  MARKINGS,
  MAX_SHAREABLE_RANK,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
  ROLES,
  TEMPORAL_FIELDS,
  documentNumberKey,
  markingRank
};
