// Cypher for full-text search: visible hits only, counted and paged after the access rule.
import { STALE } from '../records/queries.js';
import { NODE_IN_WINDOW } from '../time/cypher.js';
import { plainNode } from '../graph/projection.js';
/**
 * What each hit carries back: its id and the properties relevance reads (relevance.ts Searchable).
 * Whole records of every hit (name keys included) were most of the statement's cost and bytes, while
 * only a page of them is shown: those are read afterwards by id (service.ts), unless the hits are the page.
 */
export const SEARCHABLE = ['id', 'name', 'aliases', 'number', 'value'] as const;

/** Cap on visible hits considered, so a vague query stays cheap; totalCount counts up to it. */
export const SEARCH_MAX_HITS = 1000;

/**
 * `toLower(text)` as JavaScript's `toLowerCase()` does it, whatever the server's locale. Cypher's toLower()
 * lower-cases in the JVM's default locale: in Turkish and Azeri "I" becomes a dotless "ı" and "İ" a plain
 * "i", in Lithuanian "Ì", "Í" and "Ĩ" gain a dot, while the query's words (luceneQuery.ts searchTerms) are
 * lower-cased as everywhere else. Those capitals are first replaced by what JavaScript makes of them.
 */
const LOWER = (text: string) =>
  `toLower(${[...'İIÌÍĨ'].reduce((t, capital) => `replace(${t}, '${capital}', '${capital.toLowerCase()}')`, text)})`;

/**
 * Visible candidates only. Lucene's score is not used at all (its statistics include hidden records):
 * when more than `$maxHits` visible records match, which ones are kept is decided by how many query
 * words each contains, then by id, both read from the record alone. The service ranks them (relevance.ts).
 * When they all fit on the page asked for (`$whole`: the page's end), every one is shown, so they come
 * back whole too (`records`) and the page needs no second statement.
 */
export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node
WHERE ACL(node) AND ${STALE('node')} AND ${NODE_IN_WINDOW('node')} AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
WITH node, ${LOWER(`coalesce(node.name, '') + ' ' + reduce(a = '', x IN coalesce(node.aliases, []) | a + ' ' + x) + ' ' +
  coalesce(node.number, '') + ' ' + coalesce(node.value, '')`)} AS text
WITH node, size([t IN $terms WHERE text CONTAINS t]) AS contained
ORDER BY contained DESC, node.id
LIMIT $maxHits
WITH collect(node) AS nodes
RETURN [n IN nodes | n {${SEARCHABLE.map((k) => `.${k}`).join(', ')}}] AS hits,
  CASE WHEN size(nodes) <= $whole THEN [n IN nodes | ${plainNode('n')}] END AS records`;
