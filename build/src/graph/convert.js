import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isNode, isRelationship, isPoint } from "neo4j-driver";
function toPlain(value) {
  if (value === null || value === void 0) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  if (isDateTime(value)) return value.toStandardDate();
  if (isLocalDateTime(value)) return /* @__PURE__ */ new Date(`${value.toString()}Z`);
  if (isDate(value)) return value.toString();
  if (isDuration(value)) return value.toString();
  if (isPoint(value)) return { x: value.x, y: value.y };
  if (isNode(value)) return { labels: [...value.labels], properties: plainMap(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: plainMap(value.properties) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return plainMap(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
function plainMap(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}
export {
  toPlain
};
