// Turns native records into the property maps Cypher writes: provenance, rank, temporal values, derived keys
// and search names.
import {
  documentNumberKey,
  markingRank,
  TEMPORAL_FIELDS,
  type GraphRecord,
  type NodeRecord,
  type RelationshipRecord,
} from '../model/graphModel.js';
import { toNeoDate, toNeoDateTime } from '../graph/temporal.js';
import { nameKeysOf } from '../identity/nameKeys.js';
import { NAMES, namesOf } from '../search/names.js';

/**
 * A record's own properties (temporal ones as Neo4j values) and its provenance, as one map. Absent values
 * are left out; with `nulls`, absent provenance fields are null instead (the demo writer's `SET n += props`
 * then clears them). One pass, no intermediate maps: the import builds one per record.
 */
function propertiesOf(r: GraphRecord, nulls: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const temporal = TEMPORAL_FIELDS[r.type];
  const own = r.properties;
  for (const k of Object.keys(own)) {
    const v = own[k];
    if (v === undefined || v === null) continue;
    const kind = temporal?.[k];
    out[k] = kind === 'date' ? toNeoDate(String(v)) : kind === 'datetime' ? toNeoDateTime(String(v)) : v;
  }
  out.id = r.id;
  out.source = r.source;
  out.marking = r.marking;
  out.markingRank = markingRank(r.marking);
  out.reportedAt = toNeoDateTime(r.reportedAt);
  if (r.validFrom || nulls) out.validFrom = r.validFrom ? toNeoDateTime(r.validFrom) : null;
  if (r.validTo || nulls) out.validTo = r.validTo ? toNeoDateTime(r.validTo) : null;
  out.confidence = r.confidence;
  if (r.sourceRef != null || nulls) out.sourceRef = r.sourceRef ?? null;
  return out;
}

/** The properties a node row derives from its own: a document's number key, search's `names`. */
function addDerived(r: NodeRecord, props: Record<string, unknown>): void {
  if (r.type === 'Document' && typeof r.properties.number === 'string') props.numberKey = documentNumberKey(r.properties.number);
  // Search's fuzzy field (search/names.ts): every writer of nodes builds its rows here.
  const names = namesOf(r.properties);
  if (names) props[NAMES] = names;
}

export function nodeRow(r: NodeRecord): { id: string; props: Record<string, unknown> } {
  const props = propertiesOf(r, true);
  addDerived(r, props);
  return { id: r.id, props };
}

export function relationshipRow(r: RelationshipRecord): { id: string; from: string; to: string; props: Record<string, unknown> } {
  return { id: r.id, from: r.from, to: r.to, props: propertiesOf(r, true) };
}

/**
 * The stored property map of a record with absent values left out: ingest replaces a record's
 * properties wholesale (`SET n = props`) and compares them with what is stored to report
 * "unchanged", and Neo4j never stores a null. People carry their name keys (identity/nameKeys.ts),
 * computed here as the demo writer does: screening finds imported people at once, and a re-import
 * neither strips the keys nor reports every person "updated".
 */
export function storedProperties(r: GraphRecord): Record<string, unknown> {
  const props = propertiesOf(r, false);
  if (r.kind === 'relationship') return props;
  addDerived(r, props);
  if (r.type === 'Person') Object.assign(props, nameKeysOf(r.properties));
  return props;
}
