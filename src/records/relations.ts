// The related-record fields of each type, and the one Cypher statement each of them runs per batch.
import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../model/graphModel.js';
import { relInWindow } from '../time/cypher.js';
import { ENDPOINTS } from '../model/endpoints.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationSpec {
  rel: RelationshipType;
  dir: Direction;
  target: NodeType | 'Entity';
  order: 'id' | 'departed';
}

const spec = (rel: RelationshipType, dir: Direction, target: NodeType | 'Entity', order: RelationSpec['order'] = 'id'): RelationSpec => ({
  rel,
  dir,
  target,
  order,
});

/** `Type.field` -> how to reach the related records. */
export const RELATIONS = {
  'Person.documents': spec('HOLDS', 'OUT', 'Document'),
  'Person.identifiers': spec('HOLDS', 'OUT', 'Identifier'),
  'Person.memberships': spec('MEMBER_OF', 'OUT', 'Organisation'),
  'Person.recruitedBy': spec('RECRUITED', 'IN', 'Person'),
  'Person.recruits': spec('RECRUITED', 'OUT', 'Person'),
  'Person.associates': spec('ASSOCIATE_OF', 'BOTH', 'Person'),
  'Person.family': spec('FAMILY_OF', 'BOTH', 'Person'),
  'Person.contacts': spec('COMMUNICATED_WITH', 'BOTH', 'Person'),
  'Person.travels': spec('MADE', 'OUT', 'Travel', 'departed'),
  'Person.watchlistEntries': spec('LISTED_ON', 'OUT', 'Watchlist'),
  'Person.sameAs': spec('SAME_AS', 'BOTH', 'Person'),
  'Organisation.members': spec('MEMBER_OF', 'IN', 'Person'),
  'Organisation.affiliates': spec('AFFILIATED_WITH', 'BOTH', 'Organisation'),
  'Organisation.watchlistEntries': spec('LISTED_ON', 'OUT', 'Watchlist'),
  'Location.within': spec('LOCATED_IN', 'OUT', 'Location'),
  'Location.contains': spec('LOCATED_IN', 'IN', 'Location'),
  'Document.holders': spec('HOLDS', 'IN', 'Person'),
  'Document.usedOn': spec('USED', 'IN', 'Travel', 'departed'),
  'Identifier.holders': spec('HOLDS', 'IN', 'Person'),
  'Travel.traveller': spec('MADE', 'IN', 'Person'),
  'Travel.from': spec('FROM', 'OUT', 'Location'),
  'Travel.to': spec('TO', 'OUT', 'Location'),
  'Travel.documentUsed': spec('USED', 'OUT', 'Document'),
  'Watchlist.entries': spec('LISTED_ON', 'IN', 'Entity'),
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

// Parallel links (several of one type between the same two records, e.g. reported by two agencies) are
// ordered by their own id, after the far end's. `tieBreak: false` leaves that last key out.
const ORDER: Record<RelationSpec['order'], (t: string, r: string, tieBreak: boolean) => string> = {
  id: (t, r, tieBreak) => `${t}.id${tieBreak ? `, ${r}.id` : ''}`,
  departed: (t, r, tieBreak) => `${t}.departedAt, ${t}.id${tieBreak ? `, ${r}.id` : ''}`,
};

// Only values from the closed tables above reach the statement; anything else is a programming error.
function pattern(s: RelationSpec, p: string, r: string, t: string): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(s.rel)) throw new Error(`unknown relationship ${s.rel}`);
  if (s.target !== 'Entity' && !(NODE_TYPES as readonly string[]).includes(s.target)) throw new Error(`unknown type ${s.target}`);
  const left = s.dir === 'IN' ? '<-' : '-';
  const right = s.dir === 'OUT' ? '->' : '-';
  const label = farEndFixed(s) ? '' : `:${s.target}`;
  return `(${p})${left}[${r}:${s.rel}]${right}(${t}${label})`;
}

/**
 * Whether every far end `s.rel` can reach is a `s.target`: then the far end's label is not read again.
 * Every write checks a relationship's endpoint types (model/endpoints.ts) and labels are never removed,
 * so an ASSOCIATE_OF edge ends on a Person whichever way it is walked (one label read less for each
 * related row: the 2-hop rung reads ~420 of them). A HOLDS edge ends on a Document or an Identifier, so
 * `Person.documents` still checks the label.
 */
export function farEndFixed(s: RelationSpec): boolean {
  const [from, to] = ENDPOINTS[s.rel];
  const ends = s.dir === 'OUT' ? to : s.dir === 'IN' ? from : [...from, ...to];
  return ends.length > 0 && ends.every((e) => e === s.target);
}

/** Variable and parameter names of one related read; `p` is bound and visible before it. */
export interface RelatedNames {
  p: string;
  r: string;
  t: string;
  /** The list of `{r, t}` items, ordered, every visible one. */
  all: string;
  /** Parameter names of the window bounds. */
  from: string;
  to: string;
  /**
   * The bounds the read is known to have (a compiled statement is made for one window: records/plan.ts
   * keeps a plan per value of the variables below it); absent: either may be null at run time.
   */
  bounds?: { from: boolean; to: boolean };
  /** Label `p` must carry (a compiled statement reads several types' connections from one record). */
  label?: string;
  /** Variables to keep through the aggregation (the batch statement's parent id). */
  carry?: string;
  /** Parameter name of a bound on the items kept (a page nobody counts stops one past its end). */
  limit?: string;
  /**
   * Whether parallel links are ordered by their id (default true). A read whose answer shows no link
   * (records/plan.ts `links: false`) may leave it out: the items of parallel links then show the same
   * record and nothing else, so their order among themselves cannot be seen — not in the edges, not in
   * the offset cursors, not in the counts — and the sort reads one id per related row instead of two
   * (the far end's is read anyway). The 2-hop rung's statement: −8 % of its time on Neo4j (2026-12-05).
   */
  tieBreak?: boolean;
}

/**
 * The visible related records of `p`, ordered, as one list `all` of `{r, t}`: the rule every related
 * read uses, the batch statement below and the compiled look-ahead (records/prefetch.ts) alike.
 * The parent is already known to be visible; the edge and the far end must be too.
 */
export function relatedItems(s: RelationSpec, n: RelatedNames): string {
  const window = relInWindow(n.r, n.from, n.to, n.bounds);
  const inWindow = window ? ` AND ${window}` : '';
  const p = n.label ? `${n.p}:${n.label}` : n.p;
  const carry = n.carry ? `${n.carry}, ` : '';
  const collect = `WITH ${carry}collect(CASE WHEN ${n.t} IS NULL THEN null ELSE {r: ${n.r}, t: ${n.t}} END) AS ${n.all}`;
  // With a carried parent id, a parent whose related rows were all filtered out would lose its row.
  if (n.limit && n.carry) throw new Error('a bounded related read is per parent (no carry)');
  if (n.limit) {
    // A page nobody counts: ordered first, then the rule on rows in order until the page (and one more)
    // is full. The sort reads two ids per related record; the rule reads five to eight properties
    // of the edge and the far end, and before sorting it ran on every related record: 8,677 of a
    // 10,502-db-hit lookup on a 1,038-link hub (100k world). The same rows, in the same order.
    // `ACL(t, r)`: clause by clause, the far end's marking first (graph/acl.ts visibleAllPredicate), so a
    // row hidden by a marking costs two reads, not the ten Neo4j cached up front for `ACL(r) AND ACL(t)`.
    return `
OPTIONAL MATCH ${pattern(s, p, n.r, n.t)}
WHERE ${n.t} <> ${n.p}${inWindow}
WITH ${n.r}, ${n.t} ORDER BY ${ORDER[s.order](n.t, n.r, n.tieBreak ?? true)} WHERE ACL(${n.t}, ${n.r})
WITH ${n.r}, ${n.t} LIMIT $${n.limit}
${collect}`;
  }
  // Counted (or per parent in a batch): the rule on every related record, as `ACL(t, r)` too.
  return `
OPTIONAL MATCH ${pattern(s, p, n.r, n.t)}
WHERE ACL(${n.t}, ${n.r}) AND ${n.t} <> ${n.p}${inWindow}
WITH ${carry}${n.r}, ${n.t} ORDER BY ${ORDER[s.order](n.t, n.r, n.tieBreak ?? true)}
${collect}`;
}

/** For a batch of parent ids: the visible related records of each, ordered, counted and sliced. */
function relatedQuery(s: RelationSpec): string {
  const items = relatedItems(s, { p: 'p', r: 'r', t: 't', all: 'items', from: 'from', to: 'to', carry: 'pid' });
  return `
UNWIND $ids AS pid
MATCH (p:Entity {id: pid}) /* ACL_EXEMPT(p): INPUT_VISIBLE */${items}
RETURN pid, size(items) AS total, items[$skip..($skip + $first)] AS page`;
}

export const RELATED_QUERIES = Object.fromEntries(
  Object.entries(RELATIONS).map(([name, s]) => [name, relatedQuery(s)]),
) as Record<RelationName, string>;
