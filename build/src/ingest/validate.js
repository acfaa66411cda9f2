import { z } from "zod";
import { ID_PATTERN, MARKINGS, NODE_TYPES, RELATIONSHIP_TYPES } from "../model/graphModel.js";
import { AGENCY_CODE } from "../auth/viewer.js";
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, isoDateTime } from "./schemas.js";
const id = z.string().regex(ID_PATTERN, "expected an id of letters, digits and . _ : - (at most 128)");
const provenance = {
  source: z.string().regex(AGENCY_CODE, "expected an agency code such as NL-INTEL").nullish(),
  marking: z.enum(MARKINGS),
  reportedAt: isoDateTime,
  validFrom: isoDateTime.nullish(),
  validTo: isoDateTime.nullish(),
  confidence: z.number().min(0).max(1),
  sourceRef: z.string().trim().min(1).max(200).nullish(),
  properties: z.record(z.string(), z.unknown()).optional()
};
const nodeEnvelope = z.strictObject({ kind: z.literal("node"), type: z.enum(NODE_TYPES), id, ...provenance });
const relationshipEnvelope = z.strictObject({
  kind: z.literal("relationship"),
  type: z.enum(RELATIONSHIP_TYPES),
  id,
  from: id,
  to: id,
  ...provenance
});
function rejection(code, error, prefix = []) {
  const issue = error.issues[0];
  const field = [...prefix, ...(issue?.path ?? []).map(String)].join(".");
  const message = issue?.message ?? "invalid record";
  return field ? { code, field, message: `${field}: ${message}` } : { code, message };
}
function withoutNulls(raw) {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null && v !== void 0));
}
function idOf(raw) {
  const id2 = raw?.id;
  return typeof id2 === "string" ? id2.slice(0, 200) : void 0;
}
function validateRecord(input, rule) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, rejection: { code: "INVALID", message: "a record must be a JSON object" } };
  }
  const raw = withoutNulls(input);
  const kind = raw.kind;
  if (kind !== "node" && kind !== "relationship") {
    return { ok: false, rejection: { code: "INVALID", field: "kind", message: 'kind: expected "node" or "relationship"' } };
  }
  const envelope = (kind === "node" ? nodeEnvelope : relationshipEnvelope).safeParse(raw);
  if (!envelope.success) return { ok: false, rejection: rejection("INVALID", envelope.error) };
  const e = envelope.data;
  const schema = e.kind === "node" ? NODE_PROPERTIES[e.type] : RELATIONSHIP_PROPERTIES[e.type];
  const props = schema.safeParse(e.properties ?? {});
  if (!props.success) return { ok: false, rejection: rejection("INVALID", props.error, ["properties"]) };
  if (e.validFrom && e.validTo && Date.parse(e.validTo) < Date.parse(e.validFrom)) {
    return { ok: false, rejection: { code: "INVALID", field: "validTo", message: "validTo: before validFrom" } };
  }
  const source = e.source ?? rule.agency;
  if (!rule.trustSources && source !== rule.agency) {
    return { ok: false, rejection: { code: "FOREIGN_SOURCE", field: "source", message: `source: records are stored under your agency (${rule.agency}); omit source or give your own` } };
  }
  const common = {
    id: e.id,
    source,
    marking: e.marking,
    reportedAt: e.reportedAt,
    validFrom: e.validFrom ?? null,
    validTo: e.validTo ?? null,
    confidence: e.confidence,
    sourceRef: e.sourceRef ?? null,
    properties: props.data
  };
  const record = e.kind === "node" ? { kind: "node", type: e.type, ...common } : { kind: "relationship", type: e.type, from: e.from, to: e.to, ...common };
  if (record.kind === "relationship" && record.from === record.to) {
    return { ok: false, rejection: { code: "INVALID", field: "to", message: "to: a relationship cannot join a record to itself" } };
  }
  return { ok: true, record };
}
export {
  idOf,
  validateRecord
};
