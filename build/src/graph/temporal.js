import neo4j from "neo4j-driver";
const DATE = /^\d{4}-\d{2}-\d{2}/;
function toNeoDate(iso) {
  const m = DATE.exec(iso);
  if (!m) throw new RangeError(`not a date: ${iso}`);
  const [y, mo, d] = m[0].split("-").map(Number);
  return new neo4j.types.Date(y, mo, d);
}
function toNeoDateTime(iso) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${iso}`);
  return neo4j.types.DateTime.fromStandardDate(new Date(ms));
}
export {
  toNeoDate,
  toNeoDateTime
};
