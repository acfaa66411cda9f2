// Cypher for traversals: one BFS level at a time, induced edges, SAME_AS partners, paths, recruitment edges.
// Every node and relationship a statement touches passes ACL(...); time windows apply to relationships.

import { REL_IN_WINDOW } from '../time/cypher.js';
import { plainNode } from '../graph/projection.js';
import { NODE_TYPES, type NodeType } from '../model/graphModel.js';
import { LABEL_PROPERTIES } from '../records/label.js';

/**
 * What a subgraph node or edge carries when the answer shows only keys, types and labels (no
 * `properties` or `provenance` selected: `$slimNodes`, `$slimLinks`): the id and the properties
 * records/label.ts reads for the record's type, instead of the whole record. One statement text either
 * way. Per type, not the union of every type's (ten keys, most of them null on any one record): the
 * driver decodes every key of every node shipped, and a 2-hop neighbourhood ships ~200 nodes.
 */
const slimProperties = (v: string): string => {
  const byList = new Map<string, NodeType[]>();
  for (const type of NODE_TYPES) {
    const list = ['id', ...LABEL_PROPERTIES[type]].map((p) => `.${p}`).join(', ');
    byList.set(list, [...(byList.get(list) ?? []), type]);
  }
  const cases = [...byList].map(([list, types]) => `WHEN ${types.map((t) => `${v}:${t}`).join(' OR ')} THEN ${v} {${list}}`);
  // A record of no known type is refused where it is mapped (records/mapRecord.ts), as a whole one is.
  return `CASE ${cases.join(' ')} ELSE ${v} {.id} END`;
};
const slimNode = (v: string) => `CASE WHEN $slimNodes THEN {labels: labels(${v}), properties: ${slimProperties(v)}} ELSE ${plainNode(v)} END`;
const slimLink = (v: string) => `CASE WHEN $slimLinks THEN {type: type(${v}), properties: ${v} {.id}} ELSE ${v} END`;

/**
 * One BFS level over groups of records (a resolved identity is a group of its members; unresolved, each
 * record is its own group): the group's visible links to records outside it, at most $cap per group
 * (hub protection). With $resolve, SAME_AS is identity, not a link, and is never walked here.
 * A far record already in the subgraph ($known: id -> true) comes back as its id only: at 10,000
 * nodes, shipping and decoding whole records again and again was most of the time.
 */
export const EXPAND_LEVEL = `
UNWIND $frontier AS g
CALL {
  WITH g
  UNWIND g.members AS mid
  MATCH (f:Entity {id: mid}) /* ACL_EXEMPT(f): INPUT_VISIBLE */
  MATCH (f)-[r]-(t:Entity)
  WHERE ACL(r) AND ACL(t) AND NOT t.id IN g.members AND (size($types) = 0 OR type(r) IN $types)
    AND NOT ($resolve AND type(r) = 'SAME_AS') AND ${REL_IN_WINDOW}
  WITH r, t ORDER BY r.id, type(r)
  LIMIT $cap
  RETURN r, t
}
// One row per link, in the group's order (a hub's links as one huge row held the event loop while
// it was decoded). Resolving, the far record's own SAME_AS partners come along: most records have
// none, and then no separate identity lookup is needed for them.
RETURN g.key AS fid, ${slimLink('r')} AS r, CASE WHEN $known[t.id] IS NULL THEN ${slimNode('t')} END AS t, t.id AS tid, startNode(r).id AS s,
  CASE WHEN $resolve THEN [(t)-[s:SAME_AS]-(u:Entity) WHERE ACL(s) AND ACL(u) AND ${REL_IN_WINDOW.replaceAll('r.valid', 's.valid')} | u] ELSE [] END AS same`;

/**
 * Edges among the collected nodes that the BFS did not walk (e.g. between two nodes of the last level).
 * $inside: id -> true for the collected records; $walked: link key (type:id) -> true for the edges
 * already in the subgraph, not shipped twice. Most links lead outside: the CASE makes the membership
 * test come first (the planner put the rule first, reading every link's properties: 244k db hits and
 * 206 ms at 10,000 nodes, 156k and 135 ms this way).
 */
export const INDUCED_EDGES = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity) /* ACL_EXEMPT(a, b): INPUT_VISIBLE */
WHERE CASE WHEN $inside[b.id] IS NULL THEN false
  ELSE $walked[type(r) + ':' + r.id] IS NULL AND ACL(r) AND (size($types) = 0 OR type(r) IN $types) AND ${REL_IN_WINDOW} END
RETURN ${slimLink('r')} AS r, a.id AS s, b.id AS t`;

/**
 * Visible SAME_AS partners of the given records (links visible, reported by $asOf and valid in the
 * window, whatever `types` says: identity is not a link walked). Called until no new partner appears,
 * which gives whole components at the cost of their size, never of their number of paths.
 */
export const SAME_AS_PARTNERS = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:SAME_AS]-(b:Entity) /* ACL_EXEMPT(a): INPUT_VISIBLE */
WHERE ACL(r) AND ACL(b) AND ${REL_IN_WINDOW}
RETURN DISTINCT a.id AS a, b`;

/** Visible recruitment links (with both people visible), for reach computations. */
export const RECRUITMENT_EDGES = `
MATCH (p:Person)-[r:RECRUITED]->(q:Person)
WHERE ACL(p) AND ACL(r) AND ACL(q) AND ${REL_IN_WINDOW}
RETURN p.id AS s, q.id AS t
LIMIT $max`;

/** Visible SAME_AS links between people valid in the window, for resolved identities. */
export const PERSON_SAME_AS = `
MATCH (p:Person)-[r:SAME_AS]->(q:Person)
WHERE ACL(p) AND ACL(r) AND ACL(q) AND ${REL_IN_WINDOW}
RETURN p.id AS s, q.id AS t
LIMIT $max`;
