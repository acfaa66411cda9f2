// Cypher for record lookups and top-level lists; the ACL(...) macro is expanded by graph/.
import { NODE_TYPES, type NodeType } from '../model/graphModel.js';
import { NODE_IN_WINDOW } from '../time/cypher.js';
import { plainNode } from '../graph/projection.js';

/** Batch lookup by id: one row per visible record. */
export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE ACL(n)
RETURN n`;

/** `$staleBefore` (null: no filter) keeps records reported before the staleness cut-off. */
export const STALE = (v: 'c' | 'n' | 'node') => `($staleBefore IS NULL OR ${v}.reportedAt < $staleBefore)`;

// Label from the closed NodeType table only. Keyset pages: `n.id > $after` (after '' on the first page)
// reads the type's id index in order and stops after $first + 1 visible records, however deep the page;
// no SKIP over an ACL-filtered scan. The rule is applied after the ordering (WITH ... ORDER BY ... WHERE):
// written beside `n.id > $after`, the planner splits the rule's OR into a union of two seeks and sorts
// every visible record (a Top) instead of stopping early. `below` (records/prefetch.ts compileBelow)
// reads what the selection asks of each record of the page in the same statement; `record` is how each
// record is returned (whole, or only what the selection reads: records/prefetch.ts pageStatement).
export function pageQuery(type: NodeType, counted: boolean, below: { blocks: string; pre: string } = { blocks: '', pre: '{}' }, record = plainNode('n')): string {
  if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`unknown type ${type}`);
  const count = counted
    ? `CALL { MATCH (c:${type}) WHERE ACL(c) AND ${STALE('c')} AND ${NODE_IN_WINDOW('c')} RETURN count(c) AS total }\n`
    : '';
  return `
${count}CALL {
  MATCH (n:${type}) WHERE n.id > $after WITH n ORDER BY n.id WHERE ACL(n) AND ${STALE('n')} AND ${NODE_IN_WINDOW('n')} WITH n LIMIT $first + 1${below.blocks}
  WITH n, ${below.pre} AS pre ORDER BY n.id
  RETURN collect({n: ${record}, pre: pre}) AS page
}
RETURN ${counted ? 'total' : 'null AS total'}, page`;
}

/** A page with the visible total (totalCount selected). */
export const LIST_BY_TYPE = Object.fromEntries(NODE_TYPES.map((t) => [t, pageQuery(t, true)])) as Record<NodeType, string>;
/** A page alone: no counting scan. */
export const PAGE_BY_TYPE = Object.fromEntries(NODE_TYPES.map((t) => [t, pageQuery(t, false)])) as Record<NodeType, string>;
