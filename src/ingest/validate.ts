// Validates one native record (an NDJSON line, a mutation input, a mapped CSV row or FtM entity):
// envelope, provenance, per-type properties, and the rule that records are stored under the caller's agency.
import { z } from 'zod';
import { ID_PATTERN, MARKINGS, NODE_TYPES, RELATIONSHIP_TYPES, type GraphRecord } from '../model/graphModel.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { GLOBAL_ID_PATTERN, LOCAL_ID_PATTERN, parseGlobalId, resolveRef } from '../model/ids.js';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, isoDateTime } from './schemas.js';
import type { Rejection } from './outcomes.js';
import { given, keysOf, problemsOf, type Problem } from './problems.js';

/** Whose records these are: the caller's agency, or (admin, local) each record's own `source`. */
export interface SourceRule {
  agency: string;
  trustSources: boolean;
}

export type Validated = { ok: true; record: GraphRecord } | { ok: false; rejection: Rejection };

const id = z.string().regex(ID_PATTERN, 'expected an id of letters, digits and . _ - (at most 128), or a global id AGENCY:id');
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

/** Every problem of the record in one rejection: the first field names it, the message lists them all. */
function rejection(problems: Problem[]): Rejection {
  const field = problems[0]?.field;
  const message = problems.map((p) => p.text).join('; ') || 'invalid record';
  return field ? { code: 'INVALID', field, message } : { code: 'INVALID', message };
}

/** A line of FollowTheMoney read as a native record: say which format it is instead of "kind missing". */
function looksLikeFtm(raw: Record<string, unknown>): boolean {
  return raw.kind === undefined && typeof raw.schema === 'string' && typeof raw.properties === 'object';
}

// A null field is an absent field (GraphQL inputs carry nulls for every field not given). A record with
// none (an import line, mostly) is read as it is: nothing here or in the schemas writes to it.
function withoutNulls(raw: object): Record<string, unknown> {
  const fields = raw as Record<string, unknown>;
  for (const k of Object.keys(fields)) {
    if (fields[k] === null || fields[k] === undefined) {
      return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
    }
  }
  return fields;
}

/** The id a raw record claims, when it is a string (shortened): for reporting a record that failed validation. */
export function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}

function propertiesSchema(kind: 'node' | 'relationship', type: unknown): z.ZodType | undefined {
  const table: Record<string, z.ZodType> = kind === 'node' ? NODE_PROPERTIES : RELATIONSHIP_PROPERTIES;
  return typeof type === 'string' && Object.hasOwn(table, type) ? table[type] : undefined;
}

type Namespaced = { ok: true; id: string; from: string; to: string } | { ok: false; rejection: Rejection };

/**
 * Record keys in the source's namespace: `id` is the source's own (local) id, or its own global id;
 * `from`/`to` are local ids of the same source or global ids of any agency's records (whether the
 * caller can see them is judged at write time, where a hidden record reads like a missing one).
 */
export function namespaced(e: { id: string; from?: string; to?: string }, source: string): Namespaced {
  const bad = (field: string, message: string, code: Rejection['code'] = 'INVALID'): Namespaced => ({ ok: false, rejection: { code, field, message: `${field}: ${message}` } });
  let id: string;
  if (LOCAL_ID_PATTERN.test(e.id)) id = `${source}:${e.id}`;
  else if (GLOBAL_ID_PATTERN.test(e.id) && parseGlobalId(e.id)?.agency === source) id = e.id;
  else if (GLOBAL_ID_PATTERN.test(e.id)) return bad('id', `records are keyed in their source's namespace (${source}); give your own id without an agency prefix`, 'FOREIGN_SOURCE');
  else return bad('id', "expected your own id: letters, digits and . _ - (no ':'), at most 128");
  const from = e.from === undefined ? '' : resolveRef(e.from, source);
  const to = e.to === undefined ? '' : resolveRef(e.to, source);
  if (from === null) return bad('from', 'expected one of your own ids or a global id AGENCY:id');
  if (to === null) return bad('to', 'expected one of your own ids or a global id AGENCY:id');
  return { ok: true, id, from, to };
}

export function validateRecord(input: unknown, rule: SourceRule): Validated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, rejection: { code: 'INVALID', message: 'a record must be a JSON object' } };
  }
  const raw = withoutNulls(input);
  const kind = (raw as { kind?: unknown }).kind;
  if (kind !== 'node' && kind !== 'relationship') {
    const hint = looksLikeFtm(raw) ? '; this looks like a FollowTheMoney entity (id, schema, properties): import the file with --format ftm' : '';
    return { ok: false, rejection: { code: 'INVALID', field: 'kind', message: `kind: expected "node", "relationship", "retract" or "erase", got ${given(raw.kind)}${hint}` } };
  }
  const envelopeSchema = kind === 'node' ? nodeEnvelope : relationshipEnvelope;
  const envelope = envelopeSchema.safeParse(raw);
  // The properties are judged even when the envelope fails, so one reading lists every problem.
  const propsSchema = propertiesSchema(kind, raw.type);
  const bag = raw.properties ?? {};
  const props = typeof bag === 'object' && !Array.isArray(bag) ? propsSchema?.safeParse(bag) : undefined;
  const problems = [
    ...(envelope.success ? [] : problemsOf(envelope.error, raw, [], keysOf(envelopeSchema))),
    ...(props && !props.success ? problemsOf(props.error, bag, ['properties'], keysOf(propsSchema!)) : []),
  ];
  if (!envelope.success || !props?.success) return { ok: false, rejection: rejection(problems) };
  const e = envelope.data;
  if (e.validFrom && e.validTo && Date.parse(e.validTo) < Date.parse(e.validFrom)) {
    return { ok: false, rejection: { code: 'INVALID', field: 'validTo', message: 'validTo: before validFrom' } };
  }
  const source = e.source ?? rule.agency;
  if (!rule.trustSources && source !== rule.agency) {
    return { ok: false, rejection: { code: 'FOREIGN_SOURCE', field: 'source', message: `source: records are stored under your agency (${rule.agency}); omit source or give your own` } };
  }
  const ids = namespaced(e, source);
  if (!ids.ok) return ids;
  const common = {
    id: ids.id,
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
    e.kind === 'node' ? { kind: 'node', type: e.type, ...common } : { kind: 'relationship', type: e.type, from: ids.from, to: ids.to, ...common };
  if (record.kind === 'relationship' && record.from === record.to) {
    return { ok: false, rejection: { code: 'INVALID', field: 'to', message: 'to: a relationship cannot join a record to itself' } };
  }
  return { ok: true, record };
}
