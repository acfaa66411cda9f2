import { STALE } from "../records/queries.js";
import { NODE_IN_WINDOW } from "../time/cypher.js";
const SEARCH_MAX_HITS = 1e3;
const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node
WHERE ACL(node) AND ${STALE("node")} AND ${NODE_IN_WINDOW("node")} AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
WITH node, toLower(coalesce(node.name, '') + ' ' + reduce(a = '', x IN coalesce(node.aliases, []) | a + ' ' + x) + ' ' +
  coalesce(node.number, '') + ' ' + coalesce(node.value, '')) AS text
WITH node, size([t IN $terms WHERE text CONTAINS t]) AS contained
ORDER BY contained DESC, node.id
LIMIT $maxHits
RETURN collect(node) AS hits`;
export {
  SEARCH,
  SEARCH_MAX_HITS
};
