import { MARKINGS, NODE_TYPES, RELATIONSHIP_TYPES } from "../model/graphModel.js";
import { NOW } from "./view.js";
const PROVENANCE_KEYS = /* @__PURE__ */ new Set(["id", "source", "marking", "markingRank", "reportedAt", "validFrom", "validTo", "confidence", "sourceRef"]);
const DERIVED_KEYS = /* @__PURE__ */ new Set(["numberKey", "nameKeys", "nameTokens"]);
function toEntity(node, view = NOW) {
  const { labels, properties } = node;
  const type = labels.find((l) => NODE_TYPES.includes(l));
  if (!type) throw new Error(`record without a known type label: ${labels.join(",")}`);
  return { id: String(properties.id), type, props: ownProps(properties), provenance: toProvenance(properties), view };
}
function toLink(rel) {
  const { type, properties } = rel;
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  return {
    id: String(properties.id ?? ""),
    type,
    props: ownProps(properties),
    provenance: toProvenance(properties)
  };
}
function ownProps(properties) {
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !PROVENANCE_KEYS.has(k) && !DERIVED_KEYS.has(k)));
}
function toProvenance(p) {
  const marking = MARKINGS.includes(String(p.marking)) ? p.marking : "RED";
  return {
    ...typeof p.id === "string" ? { recordId: p.id } : {},
    source: String(p.source ?? ""),
    marking,
    reportedAt: asDate(p.reportedAt) ?? /* @__PURE__ */ new Date(0),
    validFrom: asDate(p.validFrom),
    validTo: asDate(p.validTo),
    confidence: typeof p.confidence === "number" ? p.confidence : 0,
    sourceRef: typeof p.sourceRef === "string" ? p.sourceRef : null
  };
}
function asDate(v) {
  if (v instanceof Date) return v;
  if (typeof v === "string") return new Date(v);
  return null;
}
export {
  toEntity,
  toLink
};
