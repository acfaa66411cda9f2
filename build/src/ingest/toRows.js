import {
  documentNumberKey,
  markingRank,
  TEMPORAL_FIELDS
} from "../model/graphModel.js";
import { toNeoDate, toNeoDateTime } from "../graph/temporal.js";
import { withNameKeys } from "../identity/nameKeys.js";
function provenance(r) {
  return {
    id: r.id,
    source: r.source,
    marking: r.marking,
    markingRank: markingRank(r.marking),
    reportedAt: toNeoDateTime(r.reportedAt),
    validFrom: r.validFrom ? toNeoDateTime(r.validFrom) : null,
    validTo: r.validTo ? toNeoDateTime(r.validTo) : null,
    confidence: r.confidence,
    sourceRef: r.sourceRef ?? null
  };
}
function ownProperties(r) {
  const temporal = TEMPORAL_FIELDS[r.type] ?? {};
  const out = {};
  for (const [k, v] of Object.entries(r.properties)) {
    if (v === void 0 || v === null) continue;
    const kind = temporal[k];
    out[k] = kind === "date" ? toNeoDate(String(v)) : kind === "datetime" ? toNeoDateTime(String(v)) : v;
  }
  return out;
}
function nodeRow(r) {
  const props = { ...ownProperties(r), ...provenance(r) };
  if (r.type === "Document" && typeof r.properties.number === "string") props.numberKey = documentNumberKey(r.properties.number);
  return { id: r.id, props };
}
function relationshipRow(r) {
  return { id: r.id, from: r.from, to: r.to, props: { ...ownProperties(r), ...provenance(r) } };
}
function storedProperties(r) {
  const row = r.kind === "node" ? r.type === "Person" ? withNameKeys(nodeRow(r)) : nodeRow(r) : relationshipRow(r);
  return Object.fromEntries(Object.entries(row.props).filter(([, v]) => v !== null && v !== void 0));
}
export {
  nodeRow,
  relationshipRow,
  storedProperties
};
