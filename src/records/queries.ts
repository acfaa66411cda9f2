// Cypher for record lookups and top-level lists; the ACL(...) macro is expanded by graph/.
import { NODE_TYPES, type NodeType } from '../model/graphModel.js';
import { NODE_IN_WINDOW } from '../time/cypher.js';

/** Batch lookup by id: one row per visible record. */
export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE ACL(n)
RETURN n`;

/** `$staleBefore` (null: no filter) keeps records reported before the staleness cut-off. */
export const STALE = (v: 'c' | 'n' | 'node') => `($staleBefore IS NULL OR ${v}.reportedAt < $staleBefore)`;

// Label from the closed NodeType table only: a label scan, ordered through the id constraint's index.
function listQuery(type: NodeType): string {
  if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`unknown type ${type}`);
  return `
CALL { MATCH (c:${type}) WHERE ACL(c) AND ${STALE('c')} AND ${NODE_IN_WINDOW('c')} RETURN count(c) AS total }
CALL { MATCH (n:${type}) WHERE ACL(n) AND ${STALE('n')} AND ${NODE_IN_WINDOW('n')} WITH n ORDER BY n.id SKIP $skip LIMIT $first RETURN collect(n) AS page }
RETURN total, page`;
}

// Without totalCount: no counting scan; one record past the page tells whether there is a next page.
function pageQuery(type: NodeType): string {
  if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`unknown type ${type}`);
  return `
CALL { MATCH (n:${type}) WHERE ACL(n) AND ${STALE('n')} AND ${NODE_IN_WINDOW('n')} WITH n ORDER BY n.id SKIP $skip LIMIT $first + 1 RETURN collect(n) AS page }
RETURN null AS total, page`;
}

export const LIST_BY_TYPE = Object.fromEntries(NODE_TYPES.map((t) => [t, listQuery(t)])) as Record<NodeType, string>;
export const PAGE_BY_TYPE = Object.fromEntries(NODE_TYPES.map((t) => [t, pageQuery(t)])) as Record<NodeType, string>;
