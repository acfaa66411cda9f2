// Versioned data migration to namespaced record ids (schema version 3): a graph written before
// record keys lived in their agency's namespace gets `<source>:<id>` on every record, analysts'
// SAME_AS decisions follow their records, and relationship ids repeated across types are made
// unique. Restartable: each step skips what it already converted, and runs in bounded batches.
import { RELATIONSHIP_TYPES } from '../model/graphModel.js';
import type { GraphExecutor } from './executor.js';
import { int } from './params.js';

const BATCH = 10_000;

export interface NamespaceReport {
  nodes: number;
  relationships: number;
  decisions: number;
  /** Relationships whose id repeated another's (in any type): renamed `<id>.dup<k>`. */
  renamed: number;
}

async function untilDone(graph: GraphExecutor, cypher: string): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.trustedWrite(cypher, { batch: int(BATCH) });
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < BATCH) return total;
  }
}

// Decisions name their records by id: mapped first, while the old ids still find the records
// (a decision whose record is already converted carries the new id and is left alone).
const DECISIONS = `
MATCH (d:IdentityDecision)
OPTIONAL MATCH (x:Entity {id: d.a})
OPTIONAL MATCH (y:Entity {id: d.b})
WITH d, CASE WHEN x IS NULL OR d.a STARTS WITH x.source + ':' THEN d.a ELSE x.source + ':' + d.a END AS a,
  CASE WHEN y IS NULL OR d.b STARTS WITH y.source + ':' THEN d.b ELSE y.source + ':' + d.b END AS b
WHERE a <> d.a OR b <> d.b OR (d.sameAsId IS NOT NULL AND NOT d.sameAsId STARTS WITH d.agency + ':')
SET d.a = CASE WHEN a < b THEN a ELSE b END, d.b = CASE WHEN a < b THEN b ELSE a END,
  d.pair = CASE WHEN a < b THEN a + '|' + b ELSE b + '|' + a END,
  d.sameAsId = CASE WHEN d.sameAsId IS NULL OR d.sameAsId STARTS WITH d.agency + ':' THEN d.sameAsId ELSE d.agency + ':' + d.sameAsId END
RETURN count(d) AS n`;

const NODES = `
MATCH (n:Entity) WHERE n.source IS NOT NULL AND NOT n.id STARTS WITH n.source + ':'
WITH n LIMIT $batch
SET n.id = n.source + ':' + n.id
RETURN count(n) AS n`;

// Types come from the closed table only.
const relationships = (type: string) => `
MATCH ()-[r:${type}]->() WHERE r.id IS NOT NULL AND r.source IS NOT NULL AND NOT r.id STARTS WITH r.source + ':'
WITH r LIMIT $batch
SET r.id = r.source + ':' + r.id
RETURN count(r) AS n`;

/** Before v3 an id was unique per relationship type only: later copies (by report time) are renamed. */
const REPEATS = `
MATCH ()-[r]->() WHERE r.id IS NOT NULL AND r.source IS NOT NULL
WITH r ORDER BY r.reportedAt, elementId(r)
WITH r.id AS id, collect(r) AS copies WHERE size(copies) > 1
UNWIND range(1, size(copies) - 1) AS k
WITH copies[k] AS r, id + '.dup' + k AS renamed
SET r.id = renamed
RETURN count(r) AS n`;

export async function namespaceIds(graph: GraphExecutor): Promise<NamespaceReport> {
  const [d] = await graph.trustedWrite(DECISIONS);
  const nodes = await untilDone(graph, NODES);
  let rels = 0;
  for (const type of RELATIONSHIP_TYPES) rels += await untilDone(graph, relationships(type));
  // Namespaced writers never repeat an id across types; only converted data can carry such repeats.
  const renamed = rels > 0 ? Number((await graph.trustedWrite(REPEATS))[0]?.n ?? 0) : 0;
  return { nodes, relationships: rels, decisions: Number(d?.n ?? 0), renamed };
}
