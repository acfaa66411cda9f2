// Builds EntityModel / LinkModel from the plain nodes and relationships graph/ returns.
import { MARKINGS, NODE_TYPES, RELATIONSHIP_TYPES, type Marking, type NodeType, type RelationshipType } from '../model/graphModel.js';
import type { Plain, PlainNode, PlainRelationship } from '../graph/convert.js';
import { DERIVED_PROPERTIES } from '../graph/projection.js';
import type { EntityModel, LinkModel, ProvenanceModel } from './models.js';
import { NOW, type View } from './view.js';

// Stored as properties for the ACL predicate and provenance, not part of a record's own fields.
const PROVENANCE_KEYS = new Set(['id', 'source', 'marking', 'markingRank', 'reportedAt', 'validFrom', 'validTo', 'confidence', 'sourceRef', 'reviewedAt', 'reviewedBy']);
/** Keys derived at write time for matching (src/identity): index material, not facts about the record. */
const DERIVED_KEYS = new Set<string>(DERIVED_PROPERTIES);

export function toEntity(node: Plain, view: View = NOW): EntityModel {
  const { labels, properties } = node as unknown as PlainNode;
  const type = labels.find((l): l is NodeType => (NODE_TYPES as readonly string[]).includes(l));
  if (!type) throw new Error(`record without a known type label: ${labels.join(',')}`);
  let provenance: ProvenanceModel | undefined;
  return {
    id: String(properties.id),
    type,
    props: ownProps(properties),
    // Built when first read: most answers select none of it (a neighbourhood's nodes, a page of names),
    // and parsing its dates was 3 % of the API's CPU under neighbourhood load.
    get provenance() {
      return (provenance ??= toProvenance(properties));
    },
    view,
  };
}

export function toLink(rel: Plain): LinkModel {
  const { type, properties } = rel as unknown as PlainRelationship;
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
  let provenance: ProvenanceModel | undefined;
  return {
    id: String(properties.id ?? ''),
    type: type as RelationshipType,
    props: ownProps(properties),
    get provenance() {
      return (provenance ??= toProvenance(properties));
    },
  };
}

/** A relationship's global identity: its own id is unique per relationship type only. */
export const linkKey = (link: Pick<LinkModel, 'type' | 'id'>): string => `${link.type}:${link.id}`;

function ownProps(properties: Record<string, Plain>): Record<string, Plain> {
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !PROVENANCE_KEYS.has(k) && !DERIVED_KEYS.has(k)));
}

function toProvenance(p: Record<string, Plain>): ProvenanceModel {
  const marking = (MARKINGS as readonly string[]).includes(String(p.marking)) ? (p.marking as Marking) : 'RED';
  return {
    ...(typeof p.id === 'string' ? { recordId: p.id } : {}),
    source: String(p.source ?? ''),
    marking,
    reportedAt: asDate(p.reportedAt) ?? new Date(0),
    validFrom: asDate(p.validFrom),
    validTo: asDate(p.validTo),
    confidence: typeof p.confidence === 'number' ? p.confidence : 0,
    sourceRef: typeof p.sourceRef === 'string' ? p.sourceRef : null,
    reviewedAt: asDate(p.reviewedAt),
  };
}

function asDate(v: Plain | undefined): Date | null {
  if (v instanceof Date) return v;
  if (typeof v === 'string') return new Date(v);
  return null;
}
