// The structural ACL guard: every node and relationship variable a viewer statement binds must be under
// ACL(...) (or in a path under ACL_PATH(...)), or declared exempt in the statement with a reason from the
// reviewed list (aclExemptions.ts). The executor refuses any other viewer statement before it runs, and
// a test walks every statement in src/. Anything that builds Cypher (a GraphQL -> Cypher compiler too)
// can call aclCoverage() on its output. This checks that the rule is applied; acl.ts decides what it is.
import { isExemptionReason } from './aclExemptions.js';
import { aclMacro, macroVariables } from './acl.js';

const VARIABLE = '[A-Za-z_][A-Za-z0-9_]*';
/** `/* ACL_EXEMPT(a, b): REASON *\/` */
const EXEMPT = /\/\*\s*ACL_EXEMPT\(([^)]*)\)\s*:\s*([A-Za-z_]+)\s*\*\//g;
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const STRINGS = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
/** A node pattern `(v`, `(v:Label`, `(v {`: not a call such as `count(v)` (a name right before the paren). */
const NODE = new RegExp(`(?<![A-Za-z0-9_$.])\\(\\s*(${VARIABLE})\\s*(?=[:){])`, 'g');
/** A relationship pattern `-[v`, `<-[v:TYPE`. */
const RELATIONSHIP = new RegExp(`-\\s*\\[\\s*(${VARIABLE})\\s*(?=[:\\]{*])`, 'g');
/** Records yielded by a full-text index procedure. */
const YIELDED = new RegExp(`db\\.index\\.fulltext\\.query(?:Nodes|Relationships)\\([^)]*\\)\\s+YIELD\\s+(${VARIABLE})`, 'g');
const ACL_PATH_USE = new RegExp(`\\bACL_PATH\\((${VARIABLE})\\)`, 'g');
/** Where a path pattern assigned to a variable ends: the next clause or subquery boundary. */
const CLAUSE_END = /\b(?:WHERE|RETURN|WITH|MATCH|OPTIONAL|CALL|UNWIND|ORDER|LIMIT|UNION|SET|DELETE|MERGE|CREATE|FOREACH)\b|[{}]/;

export interface AclCoverage {
  /** Node and relationship variables the statement binds (or names in a pattern). */
  bound: string[];
  /** Variable -> declared exemption reason. */
  exempt: Record<string, string>;
  /** Bound variables neither under the rule nor exempt. */
  uncovered: string[];
  /** Exemptions naming a reason that is not in the reviewed list. */
  unknownReasons: string[];
}

const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

// Cypher with comments and string literals blanked out, so neither can pass for a pattern.
function code(cypher: string): string {
  return cypher.replace(COMMENTS, ' ').replace(STRINGS, "''");
}

// In the order they appear, so a refusal names them as the statement reads.
function patternVariables(text: string): string[] {
  return [...text.matchAll(NODE), ...text.matchAll(RELATIONSHIP)].sort((a, b) => a.index - b.index).map((m) => m[1]!);
}

// Every variable inside the pattern assigned to a path that ACL_PATH(...) covers.
function pathCovered(text: string, path: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`\\b${path}\\s*=\\s*`, 'g'))) {
    const rest = text.slice(m.index + m[0].length);
    const head = /^(?:SHORTEST\s+\d+\s*|ALL\s+SHORTEST\s*|ANY\s*|allShortestPaths\s*|shortestPath\s*)?/i.exec(rest)![0];
    const body = rest.slice(head.length);
    const end = body.slice(1).search(CLAUSE_END);
    out.push(...patternVariables(end < 0 ? body : body.slice(0, end + 1)));
  }
  return out;
}

export function aclCoverage(cypher: string): AclCoverage {
  const exempt: Record<string, string> = {};
  const unknownReasons: string[] = [];
  for (const [, list, reason] of cypher.matchAll(EXEMPT)) {
    if (!isExemptionReason(reason!)) unknownReasons.push(reason!);
    for (const v of list!.split(',').map((s) => s.trim()).filter(Boolean)) exempt[v] = reason!;
  }
  const text = code(cypher);
  const bound = [...new Set([...patternVariables(text), ...names(text, YIELDED)])];
  const covered = new Set(names(text, aclMacro()).flatMap(macroVariables));
  for (const p of names(text, ACL_PATH_USE)) for (const v of pathCovered(text, p)) covered.add(v);
  const uncovered = bound.filter((v) => !covered.has(v) && !(v in exempt));
  return { bound, exempt, uncovered, unknownReasons };
}

export class AclGuardError extends Error {
  override name = 'AclGuardError';
}

const checked = new Set<string>();
/** Statements are constants or built from closed tables, so the distinct texts are few; bounded anyway. */
const MAX_REMEMBERED = 5_000;

/** Throws unless every bound variable is covered or exempt for a listed reason; remembers passing texts. */
export function assertAclCoverage(cypher: string): void {
  if (checked.has(cypher)) return;
  const c = aclCoverage(cypher);
  if (c.unknownReasons.length > 0) throw new AclGuardError(`ACL_EXEMPT with unlisted reason(s) ${c.unknownReasons.join(', ')}`);
  if (c.uncovered.length > 0) throw new AclGuardError(`viewer statement binds ${c.uncovered.join(', ')} without ACL(...) or a declared exemption`);
  if (checked.size < MAX_REMEMBERED) checked.add(cypher);
}
