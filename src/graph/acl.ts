// The access-control predicate, written once: every viewer query is expanded here before it runs.
//
// Queries name the records they touch with macros instead of repeating the rule:
//   ACL(n)       a node or relationship variable the viewer must be allowed to see
//   ACL_PATH(p)  every node and relationship of path p
// `$acl` is the per-request map source agency -> highest visible marking rank (the viewer's own
// agency maps to RED). Unknown sources fall back to 0, so only CLEAR records of them show, and a
// record without a rank is treated as RED: a data error must hide, never reveal.
// `$asOf` (null: now) hides what had not been reported yet at that instant: an analyst asking
// "what did we know on 2015-11-13" gets exactly the graph of that day, through every query.

const VARIABLE = '[A-Za-z_][A-Za-z0-9_]*';
const ACL_MACRO = new RegExp(`\\bACL\\((${VARIABLE})\\)`, 'g');
const ACL_PATH_MACRO = new RegExp(`\\bACL_PATH\\((${VARIABLE})\\)`, 'g');

export function visiblePredicate(variable: string): string {
  return (
    `(coalesce($acl[${variable}.source], 0) >= coalesce(${variable}.markingRank, 4)` +
    ` AND ($asOf IS NULL OR ${variable}.reportedAt <= $asOf))`
  );
}

function pathPredicate(variable: string): string {
  return (
    `(all(aclNode IN nodes(${variable}) WHERE ${visiblePredicate('aclNode')}) AND ` +
    `all(aclRel IN relationships(${variable}) WHERE ${visiblePredicate('aclRel')}))`
  );
}

/** True when the statement applies the rule at least once. */
export function usesAcl(cypher: string): boolean {
  return /\bACL(_PATH)?\(/.test(cypher);
}

/** Replaces the macros with the predicate. */
export function expandAcl(cypher: string): string {
  return cypher
    .replace(ACL_PATH_MACRO, (_m, v: string) => pathPredicate(v))
    .replace(ACL_MACRO, (_m, v: string) => visiblePredicate(v));
}
