// The access-control predicate, written once: every viewer query is expanded here before it runs.
//
// Queries name the records they touch with macros instead of repeating the rule:
//   ACL(n)       a node or relationship variable the viewer must be allowed to see
//   ACL(t, r)    every one of several variables, for a WHERE: the same rule, read clause by clause in
//                a fixed order (visibleAllPredicate)
//   ACL_PATH(p)  every node and relationship of path p
// `$acl` is the per-request map source agency -> highest visible marking rank (the viewer's own
// agency maps to RED). Unknown sources fall back to 0, so only CLEAR records of them show, and a
// record without a rank is treated as RED: a data error must hide, never reveal.
// `$asOf` (null: now) hides what had not been reported yet at that instant: an analyst asking
// "what did we know on 2015-11-13" gets exactly the graph of that day, through every query.
// Two more clauses come from sharing governance (src/sharing/):
//   releases    `$released` maps the ids of records released to the viewer's agency (one record on
//               request, unexpired, unrevoked) to true: such a record shows whatever its marking.
//   retraction  a record with `retractedAt` set shows only to `$retractedVisibleTo`, the code of the
//               viewer's agency when the viewer is its ADMIN (else ''), and only for its own records.
//   retention   `$retainedSince` maps every other agency to the instant before which its records count as
//               overdue (now - its review period - its grace period), in milliseconds since the epoch:
//               a record whose `reviewedAt` is older shows only to its own agency until re-confirmed
//               (sharing/retention.ts). A record without `reviewedAt` (never written through ingest)
//               is not under review; the viewer's own agency is not in the map.

const VARIABLE = '[A-Za-z_][A-Za-z0-9_]*';
/** `ACL(a)` or `ACL(a, b, ...)`: group 1 is the list of variables. */
const ACL_MACRO_SOURCE = `\\bACL\\((${VARIABLE}(?:\\s*,\\s*${VARIABLE})*)\\)`;
const ACL_PATH_MACRO = new RegExp(`\\bACL_PATH\\((${VARIABLE})\\)`, 'g');

/** A fresh global pattern of the `ACL(...)` macro (group 1: its variables, comma-separated; macroVariables). */
export function aclMacro(): RegExp {
  return new RegExp(ACL_MACRO_SOURCE, 'g');
}

/** The variables of one `ACL(...)` macro's group 1. */
export function macroVariables(list: string): string[] {
  return list.split(',').map((v) => v.trim());
}

// The rule's clauses for one variable, cheapest to reject first: a record's marking and source decide
// for most records a viewer may not see; retraction, retention and `$asOf` hide few.
function clauses(variable: string, prefix: string): string[] {
  return [
    `(coalesce($${prefix}acl[${variable}.source], 0) >= coalesce(${variable}.markingRank, 4)` +
      ` OR coalesce($${prefix}released[${variable}.id], false))`,
    `(${variable}.retractedAt IS NULL OR ${variable}.source = $${prefix}retractedVisibleTo)`,
    `NOT coalesce(${variable}.reviewedAt.epochMillis < $${prefix}retainedSince[${variable}.source], false)`,
    `($asOf IS NULL OR ${variable}.reportedAt <= $asOf)`,
  ];
}

/**
 * The rule for one variable. `prefix` names another set of view parameters (`$<prefix>acl`, ...) so one
 * statement can judge a record under several views with this same rule: the agreement preview
 * (sharing/preview.ts) compares the partner's view now and under the proposed terms.
 */
export function visiblePredicate(variable: string, prefix = ''): string {
  return `(${clauses(variable, prefix).join(' AND ')})`;
}

/**
 * The rule for every one of `variables` at once, as `coalesce(ACL(a) AND ACL(b) ..., false)`: the same
 * answer wherever a WHERE reads it (a null and a false both drop the row). Written as nested CASEs, so
 * Neo4j reads it clause by clause in this order — each clause for every variable before the next — and
 * stops at the first that fails: the planner may neither reorder a CASE nor read all its properties up
 * front, as it does for the AND of visiblePredicate (a CacheProperties of the ten properties of the
 * link and the far end of every related row examined, 2026-12-04). A related row hidden by its marking
 * then costs two property reads, not ten; a visible one the same ten.
 */
export function visibleAllPredicate(variables: readonly string[], prefix = ''): string {
  const each = variables.map((v) => clauses(v, prefix));
  const ordered = each[0]!.flatMap((_c, i) => each.map((cs) => cs[i]!));
  const nest = (cs: string[]): string => (cs.length === 1 ? `coalesce(${cs[0]}, false)` : `CASE WHEN ${cs[0]} THEN ${nest(cs.slice(1))} ELSE false END`);
  return `(${nest(ordered)})`;
}

/** What the predicate reads per request besides `$asOf`: built once per viewer (auth/aclFor.ts). */
export interface AclView {
  /** Source agency -> highest visible marking rank. */
  acl: Record<string, number>;
  /** Ids of records released to the viewer's agency -> true. */
  released: Record<string, boolean>;
  /** The viewer's agency when the viewer is its ADMIN (sees its own retracted records), else ''. */
  retractedVisibleTo: string;
  /** Every other agency -> days after a record's last review when it leaves the viewer's view (period + grace). */
  hiddenAfterDays: Record<string, number>;
}

type ViewParams = { acl: Record<string, number>; released: Record<string, boolean>; retractedVisibleTo: string; retainedSince: Record<string, number> };

/**
 * The instants before which other agencies' records are overdue, in milliseconds since the epoch, from
 * the clock of this statement's caller, so a view kept in a cache (auth/aclCache.ts) never carries an
 * old cut-off. Numbers, compared with `reviewedAt.epochMillis`: as driver `DateTime` values, packed for
 * every statement, they were 6 % of the API's CPU and 0.04 ms of Neo4j's per lookup (2026-12-04). Whole
 * milliseconds, so `reviewedAt.epochMillis < cut-off` holds exactly when `reviewedAt < cut-off` does.
 */
export function retainedSince(hiddenAfterDays: Record<string, number>, now = Date.now()): Record<string, number> {
  return Object.fromEntries(Object.entries(hiddenAfterDays).map(([source, days]) => [source, Math.floor(now) - days * 86_400_000]));
}

/** The cut-offs of one view (its `hiddenAfterDays`), kept for the second they were computed in. */
const cutOffs = new WeakMap<Record<string, number>, { second: number; value: Record<string, number> }>();

/**
 * retainedSince for a statement run now, shared by the statements of the same second with the same
 * view. A cut-off is then at most one second older than the statement; retention periods are counted
 * in days.
 */
function currentRetainedSince(hiddenAfterDays: Record<string, number>): Record<string, number> {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  const kept = cutOffs.get(hiddenAfterDays);
  if (kept?.second === second) return kept.value;
  const value = retainedSince(hiddenAfterDays, second * 1000);
  cutOffs.set(hiddenAfterDays, { second, value });
  return value;
}

/** The statement parameters of a view; a bare map (ingest, import) has no releases and sees no retraction. */
export function aclParams(view: AclView | Record<string, number>): ViewParams {
  if (isView(view)) return { acl: view.acl, released: view.released, retractedVisibleTo: view.retractedVisibleTo, retainedSince: view.hiddenAfterDays ? currentRetainedSince(view.hiddenAfterDays) : {} };
  return { acl: view, released: {}, retractedVisibleTo: '', retainedSince: {} };
}

function isView(v: AclView | Record<string, number>): v is AclView {
  return typeof (v as AclView).acl === 'object' && typeof (v as AclView).released === 'object';
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
    .replace(aclMacro(), (_m, list: string) => {
      const variables = macroVariables(list);
      return variables.length === 1 ? visiblePredicate(variables[0]!) : visibleAllPredicate(variables);
    });
}

/**
 * Put before every viewer statement: `$aclVersion` is the version of the sharing state a view taken from
 * the process's cache (auth/aclCache.ts) was read at. The statement fails before it reads anything when
 * the version in the graph differs (every change to agreements, releases or retraction bumps it in its
 * own transaction, sharing/aclVersion.ts), and the caller re-reads the view and runs it again. So no
 * answer is ever computed with a view older than the statement, on any replica. A view read in the
 * request itself is not checked (`UNCHECKED_ACL_VERSION`): the same text either way, so Neo4j plans each
 * statement once, not once per kind of view (a screen's statements, planned again on the first request
 * with a cached view, were most of its time on a Neo4j just started: docs/screening.md).
 */
export const ACL_VERSION_GUARD =
  "CALL { OPTIONAL MATCH (aclMeta:SkeinMeta {key: 'acl'}) /* ACL_EXEMPT(aclMeta): ACL_VERSION */ " +
  'RETURN CASE WHEN $aclVersion < 0 OR coalesce(aclMeta.version, 0) = $aclVersion THEN true ELSE coalesce(aclMeta.version, 0) / 0 = 0 END AS aclCurrent }\n';

/** `$aclVersion` of a view read in the request: an integer like a version, so the plan is the same one. */
export const UNCHECKED_ACL_VERSION = -1;

/** The failure ACL_VERSION_GUARD raises (the driver's error, before graph/errors.ts maps it). */
export function isStaleViewFailure(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return e?.code === 'Neo.ClientError.Statement.ArithmeticError' && typeof e.message === 'string' && e.message.includes('/ by zero');
}
