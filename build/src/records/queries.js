import { NODE_TYPES } from "../model/graphModel.js";
import { NODE_IN_WINDOW } from "../time/cypher.js";
const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE ACL(n)
RETURN n`;
const STALE = (v) => `($staleBefore IS NULL OR ${v}.reportedAt < $staleBefore)`;
function listQuery(type) {
  if (!NODE_TYPES.includes(type)) throw new Error(`unknown type ${type}`);
  return `
CALL { MATCH (c:${type}) WHERE ACL(c) AND ${STALE("c")} AND ${NODE_IN_WINDOW("c")} RETURN count(c) AS total }
CALL { MATCH (n:${type}) WHERE ACL(n) AND ${STALE("n")} AND ${NODE_IN_WINDOW("n")} WITH n ORDER BY n.id SKIP $skip LIMIT $first RETURN collect(n) AS page }
RETURN total, page`;
}
const LIST_BY_TYPE = Object.fromEntries(NODE_TYPES.map((t) => [t, listQuery(t)]));
export {
  LIST_BY_TYPE,
  NODES_BY_ID,
  STALE
};
