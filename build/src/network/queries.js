import { REL_IN_WINDOW } from "../time/cypher.js";
const EXPAND_LEVEL = `
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid}) /* ACL_EXEMPT(f): INPUT_VISIBLE */
CALL {
  WITH f
  MATCH (f)-[r]-(t:Entity)
  WHERE ACL(r) AND ACL(t) AND (size($types) = 0 OR type(r) IN $types) AND ${REL_IN_WINDOW}
  WITH r, t ORDER BY r.id
  LIMIT $cap
  RETURN collect({r: r, t: t, s: startNode(r).id}) AS links
}
RETURN fid, links`;
const INDUCED_EDGES = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity) /* ACL_EXEMPT(a, b): INPUT_VISIBLE */
WHERE b.id IN $ids AND ACL(r) AND (size($types) = 0 OR type(r) IN $types) AND ${REL_IN_WINDOW}
RETURN r, a.id AS s, b.id AS t`;
const SAME_AS_OF = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:SAME_AS]-(b:Entity) /* ACL_EXEMPT(a): INPUT_VISIBLE */
WHERE ACL(r) AND ACL(b)
RETURN DISTINCT a.id AS a, b, r, startNode(r).id AS s`;
const RECRUITMENT_EDGES = `
MATCH (p:Person)-[r:RECRUITED]->(q:Person)
WHERE ACL(p) AND ACL(r) AND ACL(q) AND ${REL_IN_WINDOW}
RETURN p.id AS s, q.id AS t
LIMIT $max`;
const PERSON_SAME_AS = `
MATCH (p:Person)-[r:SAME_AS]->(q:Person)
WHERE ACL(p) AND ACL(r) AND ACL(q)
RETURN p.id AS s, q.id AS t
LIMIT $max`;
export {
  EXPAND_LEVEL,
  INDUCED_EDGES,
  PERSON_SAME_AS,
  RECRUITMENT_EDGES,
  SAME_AS_OF
};
