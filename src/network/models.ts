// Service-layer models for subgraphs, paths and network analysis (codegen mappers point here).
import type { NodeType, RelationshipType } from '../model/graphModel.js';
import type { Plain } from '../graph/convert.js';
import type { EntityModel, PageInfoModel, ProvenanceModel } from '../records/models.js';
import type { CentralityEstimate } from './centrality.js';

export interface SubgraphNodeModel {
  id: string;
  type: NodeType;
  entity: EntityModel;
  members: string[];
  depth: number;
}

export interface SubgraphEdgeModel {
  /** The relationship's own id: unique per relationship type only. */
  id: string;
  /** `<TYPE>:<id>`, unique among all edges (the API's SubgraphEdge.key and Link.id). */
  key: string;
  type: RelationshipType;
  source: string;
  target: string;
  props: Record<string, Plain>;
  provenance: ProvenanceModel;
}

export interface SubgraphModel {
  nodes: SubgraphNodeModel[];
  edges: SubgraphEdgeModel[];
  truncated: boolean;
  cappedNodes: string[];
}

export interface PathModel {
  nodes: SubgraphNodeModel[];
  edges: SubgraphEdgeModel[];
  length: number;
}

export interface NodeMetricsModel {
  node: SubgraphNodeModel;
  degree: number;
  betweenness: number;
  pageRank: number;
  component: number;
  community: number;
  recruits: number;
  recruitReach: number;
}

export interface GroupModel {
  index: number;
  size: number;
  members: string[];
}

export interface KeyPlayerModel {
  node: SubgraphNodeModel;
  role: 'BROKER' | 'RECRUITER';
  score: number;
}

export interface NetworkAnalysisModel {
  subgraph: SubgraphModel;
  components: GroupModel[];
  communities: GroupModel[];
  metrics: NodeMetricsModel[];
  brokers: KeyPlayerModel[];
  recruiters: KeyPlayerModel[];
  centrality: CentralityEstimate;
}

export interface RecruiterRankModel {
  person: EntityModel;
  members: string[];
  direct: number;
  indirect: number;
  reach: number;
}

export interface RecruiterEdgeModel {
  cursor: string;
  node: RecruiterRankModel;
}

export interface RecruiterConnectionModel {
  edges: RecruiterEdgeModel[];
  pageInfo: PageInfoModel;
  totalCount: number;
}
