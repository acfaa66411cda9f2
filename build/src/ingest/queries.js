import { NODE_TYPES, RELATIONSHIP_TYPES } from "../model/graphModel.js";
import { ENDPOINTS } from "./endpoints.js";
import { appendChange } from "../watches/outbox.js";
function upsertNodes(type) {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${type}, n += row.props`;
}
function upsertRelationships(type) {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props`;
}
const UPSERT_NODES = Object.fromEntries(NODE_TYPES.map((t) => [t, upsertNodes(t)]));
const UPSERT_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, upsertRelationships(t)])
);
const UPSERT_AGENCIES = `
UNWIND $rows AS row
MERGE (a:Agency {code: row.code})
SET a.name = row.name, a.country = row.country`;
const UPSERT_AGREEMENTS = `
UNWIND $rows AS row
MATCH (f:Agency {code: row.from})
MATCH (t:Agency {code: row.to})
MERGE (f)-[s:SHARES_WITH]->(t)
SET s.upTo = row.upTo, s.upToRank = row.upToRank, s.hitNotification = row.hitNotification`;
const COUNT_ENTITIES = "MATCH (n:Entity) RETURN count(n) AS n";
const KEPT = `['created', 'updated', 'unchanged']`;
const WRITTEN = `['created', 'updated']`;
function summarise(k, item) {
  return `
  WITH outcome, collect(row.i) AS at, collect(${item}) AS items
  RETURN collect({outcome: outcome, n: size(at), at: CASE WHEN outcome IN ${KEPT} THEN [] ELSE at END}) AS out${k},
         reduce(acc = [], x IN collect(CASE WHEN outcome IN ${WRITTEN} THEN items ELSE [] END) | acc + x) AS changed${k}`;
}
const when = (condition, body) => `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | ${body})`;
function nodeGroup(type, k, write) {
  const writes = write ? `
  ${when(`outcome = 'created'`, `MERGE (n:Entity {id: row.id}) /* ACL_EXEMPT(n): OWN_WRITE */ ON CREATE SET n = row.props, n:${type}`)}
  ${when(`outcome = 'updated'`, `SET old = row.props`)}` : "";
  return `CALL {
  UNWIND $rows${k} AS row
  OPTIONAL MATCH (old:Entity {id: row.id}) /* ACL_EXEMPT(old): INGEST_LOOKUP */
  WITH row, old, CASE
    WHEN old IS NULL THEN 'created'
    WHEN old.source <> row.props.source THEN 'taken'
    WHEN NOT old:${type} THEN 'typeConflict'
    WHEN properties(old) = row.props THEN 'unchanged'
    ELSE 'updated' END AS outcome${writes}${summarise(k, `{id: row.id, kind: 'node', type: '${type}', from: row.id, to: row.id}`)}
}`;
}
function labelTest(variable, pending, types) {
  const labels = types.map((t) => `${variable}:${t}`).join(" OR ");
  return `coalesce(${labels}, ${pending} IN [${types.map((t) => `'${t}'`).join(", ")}])`;
}
function relationshipGroup(type, k, write, ends) {
  const writes = write ? `
  ${when(`outcome = 'created'`, `MERGE (src)-[r:${type} {id: row.id}]->(dst) /* ACL_EXEMPT(r): OWN_WRITE */ ON CREATE SET r = row.props`)}
  ${when(`outcome = 'updated'`, `SET old = row.props`)}` : "";
  return `CALL {
  UNWIND $rows${k} AS row
  OPTIONAL MATCH (a:Entity {id: row.from})
  OPTIONAL MATCH (b:Entity {id: row.to})
  OPTIONAL MATCH ()-[old:${type} {id: row.id}]->() /* ACL_EXEMPT(old): INGEST_LOOKUP */
  WITH row, old, CASE WHEN a IS NOT NULL AND ACL(a) THEN a END AS src, CASE WHEN b IS NOT NULL AND ACL(b) THEN b END AS dst /* ACL_EXEMPT(src, dst): CHECKED_ALIAS */
  WITH row, old, src, dst, CASE
    WHEN (src IS NULL AND row.fromPending IS NULL) OR (dst IS NULL AND row.toPending IS NULL) THEN 'unknownEndpoint'
    WHEN NOT ${labelTest("src", "row.fromPending", ends[0])} OR NOT ${labelTest("dst", "row.toPending", ends[1])} THEN 'endpointType'
    WHEN old IS NULL THEN 'created'
    WHEN old.source <> row.props.source THEN 'taken'
    WHEN startNode(old) <> src OR endNode(old) <> dst THEN 'endpointsChanged'
    WHEN properties(old) = row.props THEN 'unchanged'
    ELSE 'updated' END AS outcome${writes}${summarise(k, `{id: row.id, kind: 'rel', type: '${type}', from: coalesce(src.id, row.from), to: coalesce(dst.id, row.to)}`)}
}`;
}
function ingestStatement(groups, write) {
  const parts = groups.map((g, k) => {
    if (g.kind === "node") {
      if (!NODE_TYPES.includes(g.type)) throw new Error(`unknown node type ${g.type}`);
      return nodeGroup(g.type, k, write);
    }
    if (!RELATIONSHIP_TYPES.includes(g.type)) throw new Error(`unknown relationship type ${g.type}`);
    return relationshipGroup(g.type, k, write, ENDPOINTS[g.type]);
  });
  const outs = groups.map((_, k) => `out${k}`).join(" + ") || "[]";
  if (!write) return `${parts.join("\n")}
RETURN ${outs} AS outcomes`;
  const changed = groups.map((_, k) => `changed${k}`).join(" + ") || "[]";
  return `${parts.join("\n")}
WITH ${outs} AS outcomes, ${changed} AS changed
CALL {
  WITH changed
  WITH changed WHERE size(changed) > 0
  ${appendChange("changed", "$changeKind")}
}
RETURN outcomes`;
}
export {
  COUNT_ENTITIES,
  UPSERT_AGENCIES,
  UPSERT_AGREEMENTS,
  UPSERT_NODES,
  UPSERT_RELATIONSHIPS,
  ingestStatement
};
