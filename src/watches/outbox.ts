// The transactional outbox: every write appends what it changed, in its own transaction, under a
// monotonic sequence. Watches are matched when alerts are read, never on the write path. Neo4j stores
// no lists of maps, so a change's items are kept as parallel lists.
//
// The sequence is a counter on one SkeinMeta node: incrementing it takes that node's write lock until
// commit, so changes commit in sequence order and a reader that has seen seq N can never later find
// a change with a smaller seq. Writers queue on that lock only from their append (the last thing their
// statement does) to their commit.

import type { GraphExecutor } from '../graph/executor.js';
import { GroupWriter } from '../graph/groupWrite.js';

export type ChangeKind = 'INGEST' | 'IMPORT' | 'SAME_AS' | 'SCREENING' | 'BULK_LOAD';

/** One changed thing: a record, a link (with its ends) or a person matched by a screening. */
export interface ChangeItem {
  id: string;
  kind: 'node' | 'rel' | 'screened';
  /** Node label or relationship type; `SCREENED` for screening hits. */
  type: string;
  /** Links: start and end record ids; records and screening hits: their own id twice. */
  from: string;
  to: string;
}

export function nodeItem(id: string, type: string): ChangeItem {
  return { id, kind: 'node', type, from: id, to: id };
}

export function relItem(id: string, type: string, from: string, to: string): ChangeItem {
  return { id, kind: 'rel', type, from, to };
}

export function screenedItem(personId: string): ChangeItem {
  return { id: personId, kind: 'screened', type: 'SCREENED', from: personId, to: personId };
}

/**
 * Appends one change to the outbox, for the list expression `items` (maps shaped like ChangeItem) and
 * the kind expression `kind`; written into the statement that makes the change, so both commit or
 * neither does. Callers guard against an empty list.
 *
 * Stored compactly: `itemKinds` and `itemTypes` hold one value when every item shares it, and
 * `itemFrom` / `itemTo` are empty when every item is its own start and end (records, screening hits).
 * ALERTS reads both forms (`itemAt`). Writing the full lists cost an import of the 40k-people world ~7 %
 * of its time (65.8 / 63.6 s without any outbox against 70.4 / 69.0 s, 2026-12-06). Used by writers whose
 * items are maps (screenings, SAME_AS confirmations); ingest statements, which know each group's kind and
 * type, write appendChangeLists directly.
 */
export function appendChange(items: string, kind: string): string {
  const same = (field: string) =>
    `CASE WHEN all(x IN ${items} WHERE x.${field} = ${items}[0].${field}) THEN [${items}[0].${field}] ELSE [x IN ${items} | x.${field}] END`;
  const ownEnds = `all(x IN ${items} WHERE x.from = x.id AND x.to = x.id)`;
  return appendChangeLists(
    {
      ids: `[x IN ${items} | x.id]`,
      kinds: same('kind'),
      types: same('type'),
      from: `CASE WHEN ${ownEnds} THEN [] ELSE [x IN ${items} | x.from] END`,
      to: `CASE WHEN ${ownEnds} THEN [] ELSE [x IN ${items} | x.to] END`,
    },
    kind,
  );
}

/** A change's stored lists as Cypher expressions, in the compact form appendChange describes. */
export interface ChangeLists {
  ids: string;
  /** One value for every item, or one per item. */
  kinds: string;
  types: string;
  /** Empty when every item is its own start and end, else one per item. */
  from: string;
  to: string;
}

/**
 * appendChange for a writer that has its change as lists already: an ingest statement knows each group's
 * kind and type when it is written, so it stores them without judging every item (queries.ts).
 */
export function appendChangeLists(lists: ChangeLists, kind: string): string {
  return `MERGE (counter:SkeinMeta {key: 'outbox'}) /* ACL_EXEMPT(counter): OUTBOX */
  SET counter.seq = coalesce(counter.seq, 0) + 1
  CREATE (:Change {seq: counter.seq, at: datetime.realtime(), kind: ${kind},
    itemIds: ${lists.ids}, itemKinds: ${lists.kinds}, itemTypes: ${lists.types}, itemFrom: ${lists.from}, itemTo: ${lists.to}})`;
}

/**
 * Item `i` of a change's list as appendChange stores it (`ids`: the item ids): a one-value list holds the
 * value of every item, and a missing start or end is the item itself.
 */
export const itemAt = {
  shared: (list: string, i: string) => `${list}[CASE size(${list}) WHEN 1 THEN 0 ELSE ${i} END]`,
  end: (list: string, ids: string, i: string) => `coalesce(${list}[${i}], ${ids}[${i}])`,
};

/** A statement of its own: $items, $kind (for writers whose change is not one Cypher statement). */
export const APPEND_CHANGE = `WITH $items AS items WHERE size(items) > 0
${appendChange('items', '$kind')}`;

/**
 * `import --initial` writes store files, not transactions, so it records one BULK_LOAD change with its
 * counts after the load; it names no items (no watch can exist in the database it filled).
 */
export const APPEND_BULK_LOAD = `MERGE (counter:SkeinMeta {key: 'outbox'}) /* ACL_EXEMPT(counter): OUTBOX */
  SET counter.seq = coalesce(counter.seq, 0) + 1
  CREATE (:Change {seq: counter.seq, at: datetime.realtime(), kind: 'BULK_LOAD', agency: $agency,
    nodes: $nodes, relationships: $relationships, itemIds: [], itemKinds: [], itemTypes: [], itemFrom: [], itemTo: []})`;

/** The highest committed sequence (0 before the first change). */
export const OUTBOX_HEAD = `OPTIONAL MATCH (counter:SkeinMeta {key: 'outbox'}) RETURN coalesce(counter.seq, 0) AS head`;

const screenings = new WeakMap<GraphExecutor, GroupWriter<ChangeItem>>();

/**
 * Screenings append who was screened through one group writer per process: the screenings of one
 * turn become one SCREENING change (an item per person, once), one lock on the counter instead of one each.
 */
export function screeningChanges(executor: GraphExecutor): GroupWriter<ChangeItem> {
  executor = executor.root;
  let writer = screenings.get(executor);
  if (!writer) {
    const distinct = (items: ChangeItem[]) => [...new Map(items.map((i) => [i.id, i])).values()];
    screenings.set(executor, (writer = new GroupWriter(executor, APPEND_CHANGE, (items) => ({ kind: 'SCREENING', items: distinct(items) }))));
  }
  return writer;
}
