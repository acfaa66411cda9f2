import { isExemptionReason } from "./aclExemptions.js";
const VARIABLE = "[A-Za-z_][A-Za-z0-9_]*";
const EXEMPT = /\/\*\s*ACL_EXEMPT\(([^)]*)\)\s*:\s*([A-Za-z_]+)\s*\*\//g;
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const STRINGS = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
const NODE = new RegExp(`(?<![A-Za-z0-9_$.])\\(\\s*(${VARIABLE})\\s*(?=[:){])`, "g");
const RELATIONSHIP = new RegExp(`-\\s*\\[\\s*(${VARIABLE})\\s*(?=[:\\]{*])`, "g");
const YIELDED = new RegExp(`db\\.index\\.fulltext\\.query(?:Nodes|Relationships)\\([^)]*\\)\\s+YIELD\\s+(${VARIABLE})`, "g");
const ACL_USE = new RegExp(`\\bACL\\((${VARIABLE})\\)`, "g");
const ACL_PATH_USE = new RegExp(`\\bACL_PATH\\((${VARIABLE})\\)`, "g");
const CLAUSE_END = /\b(?:WHERE|RETURN|WITH|MATCH|OPTIONAL|CALL|UNWIND|ORDER|LIMIT|UNION|SET|DELETE|MERGE|CREATE|FOREACH)\b|[{}]/;
const names = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);
function code(cypher) {
  return cypher.replace(COMMENTS, " ").replace(STRINGS, "''");
}
function patternVariables(text) {
  return [...text.matchAll(NODE), ...text.matchAll(RELATIONSHIP)].sort((a, b) => a.index - b.index).map((m) => m[1]);
}
function pathCovered(text, path) {
  const out = [];
  for (const m of text.matchAll(new RegExp(`\\b${path}\\s*=\\s*`, "g"))) {
    const rest = text.slice(m.index + m[0].length);
    const head = /^(?:SHORTEST\s+\d+\s*|ALL\s+SHORTEST\s*|ANY\s*|allShortestPaths\s*|shortestPath\s*)?/i.exec(rest)[0];
    const body = rest.slice(head.length);
    const end = body.slice(1).search(CLAUSE_END);
    out.push(...patternVariables(end < 0 ? body : body.slice(0, end + 1)));
  }
  return out;
}
function aclCoverage(cypher) {
  const exempt = {};
  const unknownReasons = [];
  for (const [, list, reason] of cypher.matchAll(EXEMPT)) {
    if (!isExemptionReason(reason)) unknownReasons.push(reason);
    for (const v of list.split(",").map((s) => s.trim()).filter(Boolean)) exempt[v] = reason;
  }
  const text = code(cypher);
  const bound = [.../* @__PURE__ */ new Set([...patternVariables(text), ...names(text, YIELDED)])];
  const covered = new Set(names(text, ACL_USE));
  for (const p of names(text, ACL_PATH_USE)) for (const v of pathCovered(text, p)) covered.add(v);
  const uncovered = bound.filter((v) => !covered.has(v) && !(v in exempt));
  return { bound, exempt, uncovered, unknownReasons };
}
class AclGuardError extends Error {
  name = "AclGuardError";
}
const checked = /* @__PURE__ */ new Set();
const MAX_REMEMBERED = 5e3;
function assertAclCoverage(cypher) {
  if (checked.has(cypher)) return;
  const c = aclCoverage(cypher);
  if (c.unknownReasons.length > 0) throw new AclGuardError(`ACL_EXEMPT with unlisted reason(s) ${c.unknownReasons.join(", ")}`);
  if (c.uncovered.length > 0) throw new AclGuardError(`viewer statement binds ${c.uncovered.join(", ")} without ACL(...) or a declared exemption`);
  if (checked.size < MAX_REMEMBERED) checked.add(cypher);
}
export {
  AclGuardError,
  aclCoverage,
  assertAclCoverage
};
