// The closed vocabulary of the graph: node types, relationship types and markings.
// Labels and relationship types reach Cypher only through these tables, never from input.

export const NODE_TYPES = [
  'Person',
  'Organisation',
  'Location',
  'Document',
  'Identifier',
  'Travel',
  'Watchlist',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  'RECRUITED',
  'MEMBER_OF',
  'AFFILIATED_WITH',
  'FAMILY_OF',
  'ASSOCIATE_OF',
  'COMMUNICATED_WITH',
  'FUNDED',
  'HOLDS',
  'MADE',
  'FROM',
  'TO',
  'USED',
  'LISTED_ON',
  'LOCATED_IN',
  'SAME_AS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** TLP 2.0, lowest to highest; the index is the rank stored as `markingRank`. */
export const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
export type Marking = (typeof MARKINGS)[number];

export function markingRank(marking: Marking): number {
  return MARKINGS.indexOf(marking);
}

/** RED never leaves its source: an agreement can share at most AMBER_STRICT. */
export const MAX_SHAREABLE_RANK = markingRank('AMBER_STRICT');

export const ROLES = ['ANALYST', 'INGEST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Provenance carried by every record: node or relationship. */
export interface Provenance {
  source: string; // agency code, e.g. TR-INTEL
  marking: Marking;
  reportedAt: string; // ISO 8601 date-time
  validFrom?: string | null; // ISO 8601 date-time
  validTo?: string | null;
  confidence: number; // 0..1
  sourceRef?: string | null;
}

/** One node record in the native (NDJSON) format. `properties` depend on `type`. */
export interface NodeRecord extends Provenance {
  kind: 'node';
  type: NodeType;
  id: string;
  properties: Record<string, unknown>;
}

/** One relationship record in the native format; `from`/`to` are node ids. */
export interface RelationshipRecord extends Provenance {
  kind: 'relationship';
  type: RelationshipType;
  id: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export type GraphRecord = NodeRecord | RelationshipRecord;

/** Agencies are reference data, not analytic records: they carry no marking. */
export interface AgencyRecord {
  code: string;
  name: string;
  country: string; // ISO 3166-1 alpha-2, or EU
}

/** `(:Agency {code: from})-[:SHARES_WITH {upTo, hitNotification}]->(:Agency {code: to})` */
export interface AgreementRecord {
  from: string; // the agency that shares
  to: string; // the agency that receives
  upTo: Exclude<Marking, 'RED'>;
  hitNotification: boolean;
}

/**
 * Record ids as read inputs take them: readable, stable, safe in URLs and logs. Stored ids are global,
 * `<AGENCY>:<localId>` (model/ids.ts); anything else of this shape simply names no record.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,149}$/;

/** Properties stored as Neo4j temporal values rather than strings, per node or relationship type. */
export const TEMPORAL_FIELDS: Partial<Record<NodeType | RelationshipType, Record<string, 'date' | 'datetime'>>> = {
  Person: { birthDate: 'date' },
  Document: { issuedOn: 'date', expiresOn: 'date' },
  Travel: { departedAt: 'datetime', arrivedAt: 'datetime' },
  RECRUITED: { at: 'date' },
  MEMBER_OF: { since: 'date', until: 'date' },
  COMMUNICATED_WITH: { firstSeen: 'date', lastSeen: 'date' },
  LISTED_ON: { added: 'date' },
  SAME_AS: { decidedAt: 'datetime' },
};

/** Document numbers compared by letters and digits only, upper-cased ("nx-4k8 p2" -> "NX4K8P2"). */
export function documentNumberKey(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}
