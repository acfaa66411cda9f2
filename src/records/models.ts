// Service-layer models the GraphQL types are built from (codegen mappers point here).
import type { Marking, NodeType, RelationshipType } from '../model/graphModel.js';
import type { Plain } from '../graph/convert.js';
import type { View } from './view.js';

export interface ProvenanceModel {
  /** The record's id (the release note of a record seen through a release is looked up by it). */
  recordId?: string;
  source: string;
  marking: Marking;
  reportedAt: Date;
  validFrom: Date | null;
  validTo: Date | null;
  confidence: number;
  sourceRef: string | null;
  /** The owner's last review (write through ingest or re-confirmation); null: not under review. */
  reviewedAt: Date | null;
}

/** Any analytic record: its type, its own properties and its provenance. */
export interface EntityModel {
  id: string;
  type: NodeType;
  props: Record<string, Plain>;
  provenance: ProvenanceModel;
  /** The view it was read in; related records are read in the same view. */
  view: View;
}

export interface LinkModel {
  id: string;
  type: RelationshipType;
  props: Record<string, Plain>;
  provenance: ProvenanceModel;
}

export interface EdgeModel {
  cursor: string;
  node: EntityModel;
  link: LinkModel | null;
  score?: number;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionModel {
  edges: EdgeModel[];
  pageInfo: PageInfoModel;
  totalCount: number;
}
