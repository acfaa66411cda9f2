const REJECT_CODES = [
  "MALFORMED",
  "INVALID",
  "FOREIGN_SOURCE",
  "DUPLICATE",
  "ID_TAKEN",
  "TYPE_CONFLICT",
  "UNKNOWN_ENDPOINT",
  "ENDPOINT_TYPE",
  "ENDPOINTS_CHANGED",
  "DATABASE"
];
const WRITTEN = ["created", "updated", "unchanged"];
const DB_REJECTIONS = {
  taken: { code: "ID_TAKEN", field: "id", message: (id) => `id: ${id} is already taken` },
  typeConflict: { code: "TYPE_CONFLICT", field: "type", message: (id) => `type: ${id} already exists as another type (types never change)` },
  unknownEndpoint: { code: "UNKNOWN_ENDPOINT", message: () => "from/to: no such record (unknown id, or not visible to your agency)" },
  endpointType: { code: "ENDPOINT_TYPE", message: () => "from/to: an endpoint has a type this relationship cannot join" },
  endpointsChanged: { code: "ENDPOINTS_CHANGED", message: (id) => `from/to: ${id} already joins other records; use a new id` }
};
function dbRejection(outcome, id) {
  const r = DB_REJECTIONS[outcome];
  return { code: r.code, message: r.message(id), ...r.field ? { field: r.field } : {} };
}
function isWritten(o) {
  return WRITTEN.includes(o);
}
const zeroCounts = () => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
function addCounts(into, from) {
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
  into.rejected += from.rejected;
  return into;
}
export {
  REJECT_CODES,
  WRITTEN,
  addCounts,
  dbRejection,
  isWritten,
  zeroCounts
};
