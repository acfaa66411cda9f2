// Cypher for full-text search: visible hits only, counted and paged after the access rule.
import { STALE } from '../records/queries.js';
import { NODE_IN_WINDOW } from '../time/cypher.js';
/** Cap on visible hits considered, so a vague query stays cheap; totalCount counts up to it. */
export const SEARCH_MAX_HITS = 1000;

export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE ACL(node) AND ${STALE('node')} AND ${NODE_IN_WINDOW('node')} AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
WITH node, score LIMIT $maxHits
WITH node, score ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $first)] AS page`;
