// Batched upserts (UNWIND + MERGE on constrained ids); labels and types come from the closed enums only.
import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../model/graphModel.js';

function upsertNodes(type: NodeType): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${type}, n += row.props`;
}

function upsertRelationships(type: RelationshipType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props`;
}

export const UPSERT_NODES = Object.fromEntries(NODE_TYPES.map((t) => [t, upsertNodes(t)])) as Record<NodeType, string>;
export const UPSERT_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, upsertRelationships(t)]),
) as Record<RelationshipType, string>;

export const UPSERT_AGENCIES = `
UNWIND $rows AS row
MERGE (a:Agency {code: row.code})
SET a.name = row.name, a.country = row.country`;

export const UPSERT_AGREEMENTS = `
UNWIND $rows AS row
MATCH (f:Agency {code: row.from})
MATCH (t:Agency {code: row.to})
MERGE (f)-[s:SHARES_WITH]->(t)
SET s.upTo = row.upTo, s.upToRank = row.upToRank, s.hitNotification = row.hitNotification`;

export const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS n';
