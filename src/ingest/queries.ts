// Batched upserts (UNWIND + MERGE on constrained ids); labels and types come from the closed enums only.
// The demo-world writer uses the plain upserts; ingest (mutation and CLI) uses ingestStatement().
import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../model/graphModel.js';
import { ENDPOINTS } from '../model/endpoints.js';
import { appendChangeLists, type ChangeLists } from '../watches/outbox.js';
import { BUMP_ACL_VERSION } from '../sharing/aclVersion.js';

/**
 * A lock key that takes no lock. Neo4j keys a cached plan by the size bucket of each list parameter
 * (import/planAhead.ts), so a statement run only to be planned passes `[NO_LOCK]` where its batches will
 * pass one namespace's key: same bucket, same plan, and nothing locked or written.
 */
export const NO_LOCK = '';

/** The lock key of a namespace's relationship ids (one per agency: record ids live in their source's namespace). */
export const ID_LOCK_PREFIX = 'relationship-ids:';
export const idLockKey = (source: string): string => `${ID_LOCK_PREFIX}${source}`;
/** The lock keys of the given sources, once each and sorted (so that two writers never wait on each other crosswise). */
export const idLockKeys = (sources: Iterable<string>): string[] => [...new Set(sources)].sort().map(idLockKey);

/** True when some relationship of any type has an id in the namespace of lock `key` (`<agency>:`). */
const NAMESPACE_HOLDS_RELATIONSHIPS = `any(taken IN [${RELATIONSHIP_TYPES.map(
  (t) => `EXISTS { MATCH ()-[r:${t}]->() USING INDEX SEEK r:${t}(id) WHERE r.id STARTS WITH substring(key, ${ID_LOCK_PREFIX.length}) + ':' /* ACL_EXEMPT(r): INGEST_LOOKUP */ }`,
).join(', ')}] WHERE taken)`;

/**
 * Relationship ids are unique across types, but Neo4j can only constrain a relationship property per
 * type, so two transactions could each find an id free in the other's type. A write that creates
 * relationships first takes the write lock of its sources' namespaces (`$idLocks`, sorted so that two
 * writers never wait on each other crosswise), held until commit: the checks below it then see every
 * committed relationship of those namespaces. Every writer of relationship ids takes it (ingest, the
 * demo writer, analysts' SAME_AS confirmations).
 *
 * The lock also says whether the writer is the import that holds the namespace (`known`, see
 * CLAIM_ID_NAMESPACES): true only when `$holder` is the token the lock keeps. Any other writer
 * (`$holder` null, or another import's token) clears it, so the holding import learns at its next batch
 * that the namespace has relationships it did not write. The lock is written before the holder is read:
 * the read waits for (and sees) the previous writer's commit (a SET reading the property it writes takes
 * the lock before reading: Neo4j's rule against lost updates).
 */
export const RELATIONSHIP_ID_LOCK = `CALL {
  UNWIND $idLocks AS key
  WITH key WHERE key <> '${NO_LOCK}'
  MERGE (lock:SkeinMeta {key: key}) /* ACL_EXEMPT(lock): ID_LOCK */
  SET lock.writes = coalesce(lock.writes, 0) + 1
  WITH lock, coalesce(lock.holder = $holder, false) AS known
  SET lock.holder = CASE WHEN known THEN $holder END
  RETURN count(lock) AS locked, collect(known) AS knowns
}
WITH locked, locked > 0 AND all(k IN knowns WHERE k) AS known`;

/**
 * An import claims each namespace it writes relationships in, once, before its first batch there: under
 * the namespace's lock, if no relationship of any type has an id in it, the lock keeps the import's token
 * (`$holder`); otherwise the lock is left as it is. While the token stays (no other writer since: the lock
 * clause above clears it), every relationship of the namespace is one the import wrote, so a row whose
 * id the import never sent before (import/idLedger.ts) cannot exist in any type: the import writes such
 * rows with freshRelationshipStatement, without the fourteen cross-type seeks.
 */
export const CLAIM_ID_NAMESPACES = `UNWIND $idLocks AS key
MERGE (lock:SkeinMeta {key: key}) /* ACL_EXEMPT(lock): ID_LOCK */
SET lock.writes = coalesce(lock.writes, 0) + 1
WITH lock, key, NOT ${NAMESPACE_HOLDS_RELATIONSHIPS} AS empty
SET lock.holder = CASE WHEN empty THEN $holder ELSE lock.holder END
RETURN key, empty`;

function upsertNodes(type: NodeType): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${type}, n += row.props`;
}

/** `$idLocks`: the lock keys of the rows' sources; `$holder` null (see RELATIONSHIP_ID_LOCK). */
function upsertRelationships(type: RelationshipType): string {
  return `${RELATIONSHIP_ID_LOCK}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props`;
}

export const UPSERT_NODES = Object.fromEntries(NODE_TYPES.map((t) => [t, upsertNodes(t)])) as Record<NodeType, string>;
export const UPSERT_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, upsertRelationships(t)]),
) as Record<RelationshipType, string>;

// Seeding agencies and agreements changes who sees what: the sharing-state version moves with it
// (sharing/aclVersion.ts), so cached views (auth/aclCache.ts) are read again.
export const UPSERT_AGENCIES = `
UNWIND $rows AS row
MERGE (a:Agency {code: row.code})
SET a.name = row.name, a.country = row.country
WITH count(*) AS agencies${BUMP_ACL_VERSION}`;

export const UPSERT_AGREEMENTS = `
UNWIND $rows AS row
MATCH (f:Agency {code: row.from})
MATCH (t:Agency {code: row.to})
MERGE (f)-[s:SHARES_WITH]->(t)
SET s.upTo = row.upTo, s.upToRank = row.upToRank, s.hitNotification = row.hitNotification
WITH count(*) AS agreements${BUMP_ACL_VERSION}`;

export const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS n';

// ---- ingest: classify and upsert in one statement per call or batch --------------------------------
//
// Each group (one node or relationship type) is a CALL subquery over `$rows<k>`: it looks every row
// up by its constrained id, decides an outcome (see outcomes.ts), writes only `created` / `updated`
// rows, and returns the outcome counts with the row numbers of the rejected ones. Node groups come
// first, so the relationship groups of the same statement see the nodes it has just written. A dry
// run is the same statement without the writes; rows may then name endpoints that exist only in the
// same input (`fromPending` / `toPending`: their type), so they are judged as if written.
//
// Endpoints must be visible to the caller: `ACL(x)` is expanded by the runner (see runner.ts).

export type IngestGroup = { kind: 'node'; type: NodeType } | { kind: 'relationship'; type: RelationshipType };

const KEPT = `['created', 'updated', 'unchanged']`;

/**
 * Properties sharing governance keeps on a record (retraction, sharing/retraction*.ts; the last review,
 * sharing/retention.ts): not part of what a feed sends, so they neither make a record differ from its
 * input line nor are lost when the record is updated.
 */
export const GOVERNANCE_KEYS = ['retractedAt', 'retractedBy', 'retractReason', 'retractedWith', 'reviewedAt', 'reviewedBy'] as const;
const GOVERNED = `[${GOVERNANCE_KEYS.map((k) => `'${k}'`).join(', ')}]`;

/** The stored record says what the input line says, governance aside. */
const SAME_CONTENT = `all(k IN keys(old) + keys(row.props) WHERE k IN ${GOVERNED} OR old[k] = row.props[k])`;

/** An update by the owner is a re-confirmation of the record (a review); a retraction stays. */
const UPDATE = `SET old = row.props, old += kept, old.reviewedAt = datetime()`;
/** Read before the update replaces the properties. */
const KEEP = `old {${GOVERNANCE_KEYS.map((k) => `.${k}`).join(', ')}} AS kept`;

const WRITTEN = `['created', 'updated']`;

/**
 * Outcome counts and rejected row numbers (`out<k>`), and for the outbox the ids of the rows the group
 * wrote (`ids<k>`) with, for links, their start and end records (`from<k>`, `to<k>`), in the same order.
 */
function summarise(k: number, ends?: { from: string; to: string }): string {
  const lists: Array<[string, string]> = [['row.id', `ids${k}`], ...(ends ? ([[ends.from, `from${k}`], [ends.to, `to${k}`]] as Array<[string, string]>) : [])];
  return `
  WITH outcome, collect(row.i) AS at, ${lists.map(([value], j) => `collect(${value}) AS l${j}`).join(', ')}
  RETURN collect({outcome: outcome, n: size(at), at: CASE WHEN outcome IN ${KEPT} THEN [] ELSE at END}) AS out${k},
         ${lists.map(([, name], j) => `reduce(acc = [], x IN collect(CASE WHEN outcome IN ${WRITTEN} THEN l${j} ELSE [] END) | acc + x) AS ${name}`).join(',\n         ')}`;
}

/**
 * A relationship row's start and end records, for the outbox: the ids it names (an end that was found has
 * that id, being looked up by it), read without touching the nodes after the write.
 */
const LINK_ENDS = { from: 'row.from', to: 'row.to' };

/** The variables summarise leaves for the outbox, per group. */
const groupLists = (g: IngestGroup, k: number): string[] => (g.kind === 'node' ? [`ids${k}`] : [`ids${k}`, `from${k}`, `to${k}`]);

/**
 * What the statement's groups wrote, as the outbox stores it (watches/outbox.ts): the kinds and types are
 * the groups' own, known here, so they are written once when one value serves every item (always for an
 * import's batch: one type), never judged item by item in Cypher.
 */
function changeLists(groups: readonly IngestGroup[], types?: string): ChangeLists {
  const kindOf = (g: IngestGroup) => `'${g.kind === 'node' ? 'node' : 'rel'}'`;
  // A node group's type is its parameter (nodeGroup); a relationship group's is in the text.
  const typeOf = (g: IngestGroup, k: number) => (g.kind === 'node' ? typeParam(k) : `'${g.type}'`);
  const perItem = (value: (g: IngestGroup, k: number) => string) => groups.map((g, k) => `[x IN ids${k} | ${value(g, k)}]`).join(' + ');
  const ends = (end: 'from' | 'to') => (groups.every((g) => g.kind === 'node') ? '[]' : groups.map((g, k) => (g.kind === 'node' ? `ids${k}` : `${end}${k}`)).join(' + '));
  return {
    ids: groups.map((_, k) => `ids${k}`).join(' + '),
    kinds: new Set(groups.map(kindOf)).size === 1 ? `[${kindOf(groups[0]!)}]` : perItem(kindOf),
    types: types ?? (groups.length === 1 ? `[${typeOf(groups[0]!, 0)}]` : perItem(typeOf)),
    from: ends('from'),
    to: ends('to'),
  };
}

/**
 * What a write statement wrote goes to the watches' outbox in the same transaction. `types`: the items'
 * types as a Cypher list, when the text does not name them (freshRelationshipStatement).
 */
function toOutbox(groups: readonly IngestGroup[], types?: string): string {
  const vars = groups.flatMap(groupLists).join(', ');
  const lists = changeLists(groups, types);
  return `CALL {
  WITH ${vars}
  WITH ${vars} WHERE size(${lists.ids}) > 0
  ${appendChangeLists(lists, '$changeKind')}
}`;
}

/**
 * An import pads a short batch's row list with nulls (batch.ts, planBucketFloor) so that Neo4j finds the plan of
 * its full batches; the statement reads past them (`carry`: variables kept along).
 */
const ROWS_ONLY = (carry: string) => `WITH ${carry}row WHERE row IS NOT NULL`;

const when = (condition: string, body: string) => `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | ${body})`;

/**
 * The parameter naming node group `k`'s type (one of NODE_TYPES: ingestParams). A node group's text is
 * the same for every type, so Neo4j plans one node statement for an import, not one per type (0.4-0.7 s
 * each, seven in the 40k-people world); the label is set from the closed enum, one FOREACH per type.
 */
const typeParam = (k: number) => `$type${k}`;

/** The parameters ingestStatement(groups) reads besides the rows: each node group's type. */
export function ingestParams(groups: readonly IngestGroup[]): Record<string, string> {
  return Object.fromEntries(groups.flatMap((g, k) => (g.kind === 'node' ? [[`type${k}`, g.type]] : [])));
}

/**
 * A `created` node is written with CREATE, not MERGE. In a statement that writes, Neo4j looks `old` up with
 * a locking seek of the unique `:Entity(id)` index, and an id it does not find keeps its index entry locked
 * exclusively until commit: another transaction creating the same id waits for this one, then fails on
 * the constraint or (another ingest) finds the node and judges it (test/ingest/mutation.test.ts). So nothing
 * can have made the node since the lookup, and the MERGE's own lookup and create-or-match machinery are
 * not needed (setting the id still checks the constraint with a seek of its own). Nodes of the 40k-people
 * world alone (bench/import.ts --world, three interleaved rounds, 2026-12-06): 45.3-46.1 s against
 * 44.7-48.6 s, Neo4j CPU 69.3-71.5 s against 69.7-75.5 s.
 *
 * The new node gets its label before its properties, and `+=` (it has none to remove): a label added to a
 * node that has properties makes Neo4j go over them again for the label's indexes and constraints. In
 * Java Flight Recorder samples of the same load, label and property writes 409-438 against 449-507.
 */
function nodeGroup(k: number, write: boolean): string {
  const label = NODE_TYPES.map((t) => when(`${typeParam(k)} = '${t}'`, `SET n:${t}`)).join('\n    ');
  const writes = write
    ? `
  ${when(`outcome = 'created'`, `CREATE (n:Entity) /* ACL_EXEMPT(n): OWN_WRITE */\n    ${label}\n    SET n += row.props, n.reviewedAt = datetime()`)}
  ${when(`outcome = 'updated'`, UPDATE)}`
    : '';
  return `CALL {
  UNWIND $rows${k} AS row
  ${ROWS_ONLY('')}
  OPTIONAL MATCH (old:Entity {id: row.id}) USING INDEX SEEK old:Entity(id) /* ACL_EXEMPT(old): INGEST_LOOKUP */
  WITH row, old, ${KEEP}, CASE
    WHEN old IS NULL AND EXISTS { MATCH (t:Tombstone {id: row.id}) USING INDEX SEEK t:Tombstone(id) /* ACL_EXEMPT(t): INGEST_LOOKUP */ WHERE t.source = row.props.source } THEN 'erased'
    WHEN old IS NULL THEN 'created'
    WHEN old.source <> row.props.source THEN 'taken'
    WHEN NOT ${typeParam(k)} IN labels(old) THEN 'typeConflict'
    WHEN ${SAME_CONTENT} THEN 'unchanged'
    ELSE 'updated' END AS outcome${writes}${summarise(k)}
}`;
}

const hasLabel = (variable: string, types: readonly NodeType[]) => `(${types.map((t) => `${variable}:${t}`).join(' OR ')})`;

function labelTest(variable: string, pending: string, types: readonly NodeType[]): string {
  return `coalesce(${hasLabel(variable, types)}, ${pending} IN [${types.map((t) => `'${t}'`).join(', ')}])`;
}

/**
 * A relationship id is unique across all relationship types (an agency's namespace holds one record
 * per id): one index seek per other type, since Neo4j indexes relationship properties per type. On a
 * grown graph this is the dearest part of a relationship batch (a 5,000-row HOLDS batch ~0.9 s with it,
 * ~0.55 s without it; committed A/B, load ~5). Judged once for the whole batch instead (one list seek
 * per other type, the ids found collected first) it was slower still: 40k-people import 106.8-114.7 s
 * against 92.9 s per row (bench/import.ts, bench lock, 2026-12-04). A registry of relationship ids
 * (one `(:RelationshipId)` node per id, one seek instead of fourteen) was built and measured too: its
 * node write costs more than the seeks it saves (5,000-row HOLDS batches 664-755 ms against 518-557;
 * 40k import 90.1-91.7 s, no faster; docs/import.md, branch importreg-registry).
 *
 * Every id lookup of an ingest statement carries `USING INDEX SEEK`. Without it the planner costs the
 * lookup from the statistics of the moment the text is (re)planned: a type still empty then was read
 * by scanning its whole id index for every row once it had grown (10,000 db hits a row, batches of
 * 10-20 s instead of 0.6-1 s in a 40k-people import, bench/import.ts --by-type). A plain `USING INDEX`
 * does not prevent that: an index scan uses the index too.
 */
function takenByOtherType(type: RelationshipType): string {
  const seeks = RELATIONSHIP_TYPES.filter((t) => t !== type).map(
    (t) => `EXISTS { MATCH ()-[other:${t} {id: row.id}]->() USING INDEX SEEK other:${t}(id) /* ACL_EXEMPT(other): INGEST_LOOKUP */ }`,
  );
  return `any(taken IN [${seeks.join(', ')}] WHERE taken)`;
}

/** A relationship row's endpoints, looked up by the ids it names. */
const LOOK_UP_ENDS = `OPTIONAL MATCH (a:Entity {id: row.from}) USING INDEX SEEK a:Entity(id)
  OPTIONAL MATCH (b:Entity {id: row.to}) USING INDEX SEEK b:Entity(id)`;

/** The endpoints the caller may see, as `src` and `dst` (null otherwise: an unknown endpoint). */
const VISIBLE_ENDS = `CASE WHEN a IS NOT NULL AND ACL(a) THEN a END AS src, CASE WHEN b IS NOT NULL AND ACL(b) THEN b END AS dst /* ACL_EXEMPT(src, dst): CHECKED_ALIAS */`;

/** A relationship row's endpoints and its id in its own type, looked up. */
function lookUpRelationship(type: RelationshipType): string {
  return `${LOOK_UP_ENDS}
  OPTIONAL MATCH ()-[old:${type} {id: row.id}]->() USING INDEX SEEK old:${type}(id) /* ACL_EXEMPT(old): INGEST_LOOKUP */
  WITH row, old, ${VISIBLE_ENDS}`;
}

/** A relationship type given as the statement's `$type0` (Neo4j 5.26 and later: freshRelationshipStatement). */
const TYPE_PARAMETER = '$($type0)';

const createRelationship = (type: RelationshipType | typeof TYPE_PARAMETER) =>
  when(`outcome = 'created'`, `CREATE (src)-[r:${type}]->(dst) /* ACL_EXEMPT(r): OWN_WRITE */ SET r += row.props, r.reviewedAt = datetime()`);

/**
 * A `created` row is written with CREATE, not MERGE: the row was looked up by its id under the
 * namespace's id lock (RELATIONSHIP_ID_LOCK, taken before any group), and the ids of one batch are
 * distinct (the callers reject repeats as DUPLICATE), so nothing can have made the relationship since.
 * A MERGE would look the id up again, and that lookup cannot carry a hint: planned while the type had
 * few relationships, it scanned the type's whole id index for every row (a 5,000-row HOLDS batch, 25.5
 * million rows scanned, 20 s instead of ~0.5 s, once the type had grown; `bench/importProfile.ts`).
 */
function relationshipGroup(type: RelationshipType, k: number, write: boolean, ends: readonly [readonly NodeType[], readonly NodeType[]]): string {
  const writes = write
    ? `
  ${createRelationship(type)}
  ${when(`outcome = 'updated'`, UPDATE)}`
    : '';
  return `CALL {
  UNWIND $rows${k} AS row
  ${ROWS_ONLY('')}
  ${lookUpRelationship(type)}
  WITH row, old, src, dst, ${KEEP}, CASE
    WHEN (src IS NULL AND row.fromPending IS NULL) OR (dst IS NULL AND row.toPending IS NULL) THEN 'unknownEndpoint'
    WHEN NOT ${labelTest('src', 'row.fromPending', ends[0])} OR NOT ${labelTest('dst', 'row.toPending', ends[1])} THEN 'endpointType'
    WHEN old IS NULL AND ${takenByOtherType(type)} THEN 'typeConflict'
    WHEN old IS NULL THEN 'created'
    WHEN old.source <> row.props.source THEN 'taken'
    WHEN startNode(old) <> src OR endNode(old) <> dst THEN 'endpointsChanged'
    WHEN ${SAME_CONTENT} THEN 'unchanged'
    ELSE 'updated' END AS outcome${writes}${summarise(k, LINK_ENDS)}
}`;
}

/** One statement for the given groups, in the order given (callers put node groups first). */
export function ingestStatement(groups: readonly IngestGroup[], write: boolean): string {
  const parts = groups.map((g, k) => {
    if (g.kind === 'node') {
      if (!(NODE_TYPES as readonly string[]).includes(g.type)) throw new Error(`unknown node type ${g.type}`);
      return nodeGroup(k, write);
    }
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(g.type)) throw new Error(`unknown relationship type ${g.type}`);
    return relationshipGroup(g.type, k, write, ENDPOINTS[g.type]);
  });
  const outs = groups.map((_, k) => `out${k}`).join(' + ') || '[]';
  if (!write) return `${parts.join('\n')}\nRETURN ${outs} AS outcomes`;
  if (groups.length === 0) return `RETURN [] AS outcomes`;
  const lock = groups.some((g) => g.kind === 'relationship') ? `${RELATIONSHIP_ID_LOCK}\n` : '';
  return `${lock}${parts.join('\n')}
WITH ${outs} AS outcomes, ${groups.flatMap(groupLists).join(', ')}
${toOutbox(groups)}
RETURN outcomes`;
}

/**
 * The parameters freshRelationshipStatement reads besides the rows and the lock: the type and the node
 * types its ends may have. Each list has at least two entries (padded with '', no label's name): Neo4j
 * keys a cached plan by the size bucket of each list parameter (1, 2-10, ...), and the one text of every
 * type must find one plan.
 */
export function freshParams(type: RelationshipType): { type0: RelationshipType; fromTypes: string[]; toTypes: string[] } {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
  const padded = (types: readonly NodeType[]) => [...types, ...Array<string>(Math.max(0, 2 - types.length)).fill('')];
  return { type0: type, fromTypes: padded(ENDPOINTS[type][0]), toTypes: padded(ENDPOINTS[type][1]) };
}

/**
 * An import's relationship batch in a namespace it holds (CLAIM_ID_NAMESPACES): rows the import never
 * sent before (`row.fresh`) are created without looking their id up in any type, since no relationship
 * can carry it; every other row is left unwritten as `recheck`, for the full statement (ingestStatement)
 * in a transaction of its own right after. If the lock turns out not to be held (another writer came
 * between), `known` is false and every row is a `recheck`. Endpoints are judged as the full statement
 * judges them, first, so a row it would refuse for them is refused here the same way.
 *
 * Tried once (IngestRunner.runOnce): the driver does not run it again after an error, not even after a
 * commit it did not hear back from, since a second run would create its rows twice. A batch whose try
 * failed goes the full way (import/bisect.ts), whose lookups find whatever the try did write.
 *
 * Without `type`, one text for every relationship type: the type is a parameter (`$type0`, created with
 * a dynamic type, Neo4j 5.26 and later) like the ends' node types (freshParams), so Neo4j plans it once per
 * import instead of once per type (~0.2-0.3 s of its CPU apiece on a warm server, fourteen types in the
 * 40k-people world). With `type`, the text names it (older servers: batch.ts, freshTextFor).
 */
export function freshRelationshipStatement(type?: RelationshipType): string {
  if (type !== undefined && !(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
  const hasType = (variable: string, types: string) => `any(l IN labels(${variable}) WHERE l IN ${types})`;
  return `${RELATIONSHIP_ID_LOCK}
CALL {
  WITH known
  UNWIND $rows0 AS row
  ${ROWS_ONLY('known, ')}
  ${LOOK_UP_ENDS}
  WITH known, row, ${VISIBLE_ENDS}
  WITH row, src, dst, CASE
    WHEN src IS NULL OR dst IS NULL THEN 'unknownEndpoint'
    WHEN NOT ${hasType('src', '$fromTypes')} OR NOT ${hasType('dst', '$toTypes')} THEN 'endpointType'
    WHEN NOT (known AND coalesce(row.fresh, false)) THEN 'recheck'
    ELSE 'created' END AS outcome
  ${createRelationship(type ?? TYPE_PARAMETER)}${summarise(0, LINK_ENDS)}
}
WITH known, out0 AS outcomes, ids0, from0, to0
${toOutbox([{ kind: 'relationship', type: type ?? RELATIONSHIP_TYPES[0] /* any: the items' type is $type0 */ }], '[$type0]')}
RETURN outcomes, known`;
}

/** True when the server creates relationships of a type given as a parameter (`$(...)`, Neo4j 5.26 and later). */
export const DYNAMIC_TYPE_PROBE = 'EXPLAIN CREATE (a)-[r:$($type)]->(b) /* ACL_EXEMPT(a, r, b): OWN_WRITE */';
