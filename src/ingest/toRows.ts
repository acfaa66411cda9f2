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
import { withNameKeys } from '../identity/nameKeys.js';
import { withNames } from '../search/names.js';

function provenance(r: GraphRecord): Record<string, unknown> {
  return {
    id: r.id,
    source: r.source,
    marking: r.marking,
    markingRank: markingRank(r.marking),
    reportedAt: toNeoDateTime(r.reportedAt),
    validFrom: r.validFrom ? toNeoDateTime(r.validFrom) : null,
    validTo: r.validTo ? toNeoDateTime(r.validTo) : null,
    confidence: r.confidence,
    sourceRef: r.sourceRef ?? null,
  };
}

function ownProperties(r: GraphRecord): Record<string, unknown> {
  const temporal = TEMPORAL_FIELDS[r.type] ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.properties)) {
    if (v === undefined || v === null) continue;
    const kind = temporal[k];
    out[k] = kind === 'date' ? toNeoDate(String(v)) : kind === 'datetime' ? toNeoDateTime(String(v)) : v;
  }
  return out;
}

export function nodeRow(r: NodeRecord): { id: string; props: Record<string, unknown> } {
  const props = { ...ownProperties(r), ...provenance(r) };
  if (r.type === 'Document' && typeof r.properties.number === 'string') props.numberKey = documentNumberKey(r.properties.number);
  // Search's fuzzy field (search/names.ts): every writer of nodes builds its rows here.
  return withNames({ id: r.id, props });
}

export function relationshipRow(r: RelationshipRecord): { id: string; from: string; to: string; props: Record<string, unknown> } {
  return { id: r.id, from: r.from, to: r.to, props: { ...ownProperties(r), ...provenance(r) } };
}

/**
 * The stored property map of a record with absent values left out: ingest replaces a record's
 * properties wholesale (`SET n = props`) and compares them with what is stored to report
 * "unchanged", and Neo4j never stores a null. People carry their name keys (identity/nameKeys.ts),
 * computed here as the demo writer does: screening finds imported people at once, and a re-import
 * neither strips the keys nor reports every person "updated".
 */
export function storedProperties(r: GraphRecord): Record<string, unknown> {
  const row = r.kind === 'node' ? (r.type === 'Person' ? withNameKeys(nodeRow(r)) : nodeRow(r)) : relationshipRow(r);
  return Object.fromEntries(Object.entries(row.props).filter(([, v]) => v !== null && v !== undefined));
}
