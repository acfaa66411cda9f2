const VARIABLE = "[A-Za-z_][A-Za-z0-9_]*";
const ACL_MACRO = new RegExp(`\\bACL\\((${VARIABLE})\\)`, "g");
const ACL_PATH_MACRO = new RegExp(`\\bACL_PATH\\((${VARIABLE})\\)`, "g");
function visiblePredicate(variable) {
  return `((coalesce($acl[${variable}.source], 0) >= coalesce(${variable}.markingRank, 4) OR coalesce($released[${variable}.id], false)) AND (${variable}.retractedAt IS NULL OR ${variable}.source = $retractedVisibleTo) AND ($asOf IS NULL OR ${variable}.reportedAt <= $asOf))`;
}
function aclParams(view) {
  if (isView(view)) return { acl: view.acl, released: view.released, retractedVisibleTo: view.retractedVisibleTo };
  return { acl: view, released: {}, retractedVisibleTo: "" };
}
function isView(v) {
  return typeof v.acl === "object" && typeof v.released === "object";
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
  aclParams,
  expandAcl,
  usesAcl,
  visiblePredicate
};
