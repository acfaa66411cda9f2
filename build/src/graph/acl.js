const VARIABLE = "[A-Za-z_][A-Za-z0-9_]*";
const ACL_MACRO = new RegExp(`\\bACL\\((${VARIABLE})\\)`, "g");
const ACL_PATH_MACRO = new RegExp(`\\bACL_PATH\\((${VARIABLE})\\)`, "g");
function visiblePredicate(variable) {
  return `(coalesce($acl[${variable}.source], 0) >= coalesce(${variable}.markingRank, 4) AND ($asOf IS NULL OR ${variable}.reportedAt <= $asOf))`;
}
function pathPredicate(variable) {
  return `(all(aclNode IN nodes(${variable}) WHERE ${visiblePredicate("aclNode")}) AND all(aclRel IN relationships(${variable}) WHERE ${visiblePredicate("aclRel")}))`;
}
function usesAcl(cypher) {
  return /\bACL(_PATH)?\(/.test(cypher);
}
function expandAcl(cypher) {
  return cypher.replace(ACL_PATH_MACRO, (_m, v) => pathPredicate(v)).replace(ACL_MACRO, (_m, v) => visiblePredicate(v));
}
export {
  expandAcl,
  usesAcl,
  visiblePredicate
};
