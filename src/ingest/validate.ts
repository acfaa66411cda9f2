// Validates one native record (an NDJSON line, a mutation input, a mapped CSV row or FtM entity):
// envelope, provenance, per-type properties, and the rule that records are stored under the caller's agency.
import { z } from 'zod';
import { ID_PATTERN, MARKINGS, NODE_TYPES, RELATIONSHIP_TYPES, type GraphRecord } from '../model/graphModel.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, isoDateTime } from './schemas.js';
import type { Rejection } from './outcomes.js';

/** Whose records these are: the caller's agency, or (admin, local) each record's own `source`. */
export interface SourceRule {
  agency: string;
  trustSources: boolean;
}

export type Validated = { ok: true; record: GraphRecord } | { ok: false; rejection: Rejection };

const id = z.string().regex(ID_PATTERN, 'expected an id of letters, digits and . _ : - (at most 128)');
const provenance = {
  source: z.string().regex(AGENCY_CODE, 'expected an agency code such as NL-INTEL').nullish(),
  marking: z.enum(MARKINGS),
  reportedAt: isoDateTime,
  validFrom: isoDateTime.nullish(),
  validTo: isoDateTime.nullish(),
  confidence: z.number().min(0).max(1),
  sourceRef: z.string().trim().min(1).max(200).nullish(),
  properties: z.record(z.string(), z.unknown()).optional(),
};
const nodeEnvelope = z.strictObject({ kind: z.literal('node'), type: z.enum(NODE_TYPES), id, ...provenance });
const relationshipEnvelope = z.strictObject({
  kind: z.literal('relationship'),
  type: z.enum(RELATIONSHIP_TYPES),
  id,
  from: id,
  to: id,
  ...provenance,
});

function rejection(code: Rejection['code'], error: z.ZodError, prefix: string[] = []): Rejection {
  const issue = error.issues[0];
  const field = [...prefix, ...(issue?.path ?? []).map(String)].join('.');
  const message = issue?.message ?? 'invalid record';
  return field ? { code, field, message: `${field}: ${message}` } : { code, message };
}

// A null field is an absent field (GraphQL inputs carry nulls for every field not given).
function withoutNulls(raw: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null && v !== undefined));
}

/** The id a raw record claims, when it is a string (shortened): for reporting a record that failed validation. */
export function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}

export function validateRecord(input: unknown, rule: SourceRule): Validated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, rejection: { code: 'INVALID', message: 'a record must be a JSON object' } };
  }
  const raw = withoutNulls(input);
  const kind = (raw as { kind?: unknown }).kind;
  if (kind !== 'node' && kind !== 'relationship') {
    return { ok: false, rejection: { code: 'INVALID', field: 'kind', message: 'kind: expected "node" or "relationship"' } };
  }
  const envelope = (kind === 'node' ? nodeEnvelope : relationshipEnvelope).safeParse(raw);
  if (!envelope.success) return { ok: false, rejection: rejection('INVALID', envelope.error) };
  const e = envelope.data;
  const schema = e.kind === 'node' ? NODE_PROPERTIES[e.type] : RELATIONSHIP_PROPERTIES[e.type];
  const props = schema.safeParse(e.properties ?? {});
  if (!props.success) return { ok: false, rejection: rejection('INVALID', props.error, ['properties']) };
  if (e.validFrom && e.validTo && Date.parse(e.validTo) < Date.parse(e.validFrom)) {
    return { ok: false, rejection: { code: 'INVALID', field: 'validTo', message: 'validTo: before validFrom' } };
  }
  const source = e.source ?? rule.agency;
  if (!rule.trustSources && source !== rule.agency) {
    return { ok: false, rejection: { code: 'FOREIGN_SOURCE', field: 'source', message: `source: records are stored under your agency (${rule.agency}); omit source or give your own` } };
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
    properties: props.data as Record<string, unknown>,
  };
  const record: GraphRecord =
    e.kind === 'node' ? { kind: 'node', type: e.type, ...common } : { kind: 'relationship', type: e.type, from: e.from, to: e.to, ...common };
  if (record.kind === 'relationship' && record.from === record.to) {
    return { ok: false, rejection: { code: 'INVALID', field: 'to', message: 'to: a relationship cannot join a record to itself' } };
  }
  return { ok: true, record };
}
