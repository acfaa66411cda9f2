// Versioned data migration to namespaced record ids (schema version 4): a graph written before
// record keys lived in their agency's namespace gets `<source>:<id>` on every record, and whatever
// names records by id follows them (analysts' SAME_AS decisions, watches and their coverage, releases,
// the watches' outbox, tombstones); relationship ids repeated across types are made unique.
// Restartable: references are mapped while the records still carry their old ids (once, recorded in
// SkeinMeta), then each later step skips what it already converted, in bounded batches.
import { randomUUID } from 'node:crypto';
import { RELATIONSHIP_TYPES } from '../model/graphModel.js';
import type { GraphExecutor } from './executor.js';
import { int } from './params.js';

const BATCH = 10_000;
const META = 'id-namespaces';

export interface NamespaceReport {
  nodes: number;
  relationships: number;
  /** Decisions, watches, coverage entries, releases, outbox changes and tombstones re-pointed. */
  references: number;
  /** Relationships whose id repeated another's (in any type): renamed `<id>.dup<k>`. */
  renamed: number;
}

async function untilDone(graph: GraphExecutor, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.trustedWrite(cypher, { ...params, batch: int(BATCH) });
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < BATCH) return total;
  }
}

/** The new id of a record named by `x` while records still carry old ids (unchanged when none is found). */
const node = (x: string) =>
  `coalesce(head(COLLECT { MATCH (e:Entity {id: ${x}}) WHERE NOT e.id STARTS WITH e.source + ':' RETURN e.source + ':' + e.id }), ${x})`;
/** The new id of relationship `x` at record `at` (old id), found from its endpoint's index entry. */
const relAt = (at: string, x: string) =>
  `coalesce(head([(e:Entity {id: ${at}})-[r]-() WHERE r.id = ${x} AND NOT r.id STARTS WITH r.source + ':' | r.source + ':' + r.id]), ${x})`;

// Decisions name their records by id; the pair key is rebuilt in order.
const DECISIONS = `
MATCH (d:IdentityDecision)
WITH d, ${node('d.a')} AS a, ${node('d.b')} AS b
WHERE a <> d.a OR b <> d.b OR (d.sameAsId IS NOT NULL AND NOT d.sameAsId STARTS WITH d.agency + ':')
SET d.a = CASE WHEN a < b THEN a ELSE b END, d.b = CASE WHEN a < b THEN b ELSE a END,
  d.pair = CASE WHEN a < b THEN a + '|' + b ELSE b + '|' + a END,
  d.sameAsId = CASE WHEN d.sameAsId IS NULL OR d.sameAsId STARTS WITH d.agency + ':' THEN d.sameAsId ELSE d.agency + ':' + d.sameAsId END
RETURN count(d) AS n`;

const WATCHES = `
MATCH (w:Watch)
WITH w, [x IN w.seeds | ${node('x')}] AS seeds WHERE seeds <> w.seeds
SET w.seeds = seeds
RETURN count(w) AS n`;

// Batched by a marker: a cover holds one id, and there may be 10,000 per watch.
const COVERS = `
MATCH (c:WatchCover) WHERE c.nsMapped IS NULL
WITH c LIMIT $batch
SET c.id = ${node('c.id')}, c.nsMapped = true
RETURN count(c) AS n`;

const COVER_MARKERS = `
MATCH (c:WatchCover) WHERE c.nsMapped IS NOT NULL
WITH c LIMIT $batch
REMOVE c.nsMapped
RETURN count(c) AS n`;

// A release's context holds the released record's links (relationship ids) and neighbours.
const RELEASES = `
MATCH (rel:Release)
WITH rel, ${node('rel.recordId')} AS recordId,
  [x IN rel.recordIds | CASE WHEN ${node('x')} <> x THEN ${node('x')} ELSE ${relAt('rel.recordId', 'x')} END] AS recordIds
WHERE recordId <> rel.recordId OR recordIds <> rel.recordIds
SET rel.recordId = recordId, rel.recordIds = recordIds
RETURN count(rel) AS n`;

// The outbox, by sequence ranges: records by id, links by their old id between their old ends.
const CHANGES = `
MATCH (c:Change) WHERE c.seq > $after AND c.seq <= $after + $batch
WITH c, range(0, size(c.itemIds) - 1) AS ix
SET c.itemIds = [i IN ix | CASE WHEN c.itemKinds[i] = 'rel'
      THEN head([(a:Entity {id: c.itemFrom[i]})-[r]->(:Entity {id: c.itemTo[i]}) WHERE r.id = c.itemIds[i] AND NOT r.id STARTS WITH r.source + ':' | r.source + ':' + r.id] + [c.itemIds[i]])
      ELSE ${node('c.itemIds[i]')} END],
    c.itemFrom = [x IN c.itemFrom | ${node('x')}],
    c.itemTo = [x IN c.itemTo | ${node('x')}]
RETURN count(c) AS n, max(c.seq) AS last`;

const TOMBSTONES = `
MATCH (t:Tombstone) WHERE NOT t.id STARTS WITH t.source + ':'
WITH t LIMIT $batch
SET t.id = t.source + ':' + t.id
RETURN count(t) AS n`;

const NODES = `
MATCH (n:Entity) WHERE n.source IS NOT NULL AND NOT n.id STARTS WITH n.source + ':'
WITH n LIMIT $batch
SET n.id = n.source + ':' + n.id
RETURN count(n) AS n`;

// Types come from the closed table only.
const relationships = (type: string) => `
MATCH ()-[r:${type}]->() WHERE r.id IS NOT NULL AND r.source IS NOT NULL AND NOT r.id STARTS WITH r.source + ':'
WITH r LIMIT $batch
SET r.id = r.source + ':' + r.id
RETURN count(r) AS n`;

/**
 * Before v3 an id was unique per relationship type only: later copies (by report time) are renamed.
 * One scan finds the repeated ids; their copies are then found by the per-type id indexes.
 */
const REPEATS = `
MATCH ()-[r]->() WHERE r.id IS NOT NULL
WITH r.id AS id, count(*) AS copies WHERE copies > 1
CALL {
  WITH id
  ${RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t} {id: id}]->() RETURN r`).join('\n  UNION\n  WITH id\n  ')}
}
WITH id, r ORDER BY r.reportedAt, elementId(r)
WITH id, collect(r) AS copies
UNWIND range(1, size(copies) - 1) AS k
WITH copies[k] AS r, id + '.dup' + k AS renamed
SET r.id = renamed
RETURN count(r) AS n`;

async function changes(graph: GraphExecutor): Promise<number> {
  const [head] = await graph.trustedRead(`OPTIONAL MATCH (c:SkeinMeta {key: 'outbox'}) RETURN coalesce(c.seq, 0) AS head`);
  let total = 0;
  for (let after = 0; after < Number(head?.head ?? 0); after += BATCH) {
    const [row] = await graph.trustedWrite(CHANGES, { after: int(after), batch: int(BATCH) });
    total += Number(row?.n ?? 0);
  }
  return total;
}

/** References are mapped once, before any record changes id (the mapping finds records by old id). */
async function references(graph: GraphExecutor): Promise<number> {
  const [done] = await graph.trustedRead(`MATCH (m:SkeinMeta {key: $key}) RETURN m.references AS done`, { key: META });
  if (done?.done === true) return 0;
  let n = 0;
  for (const cypher of [DECISIONS, WATCHES, RELEASES]) n += Number((await graph.trustedWrite(cypher))[0]?.n ?? 0);
  n += await untilDone(graph, COVERS);
  await untilDone(graph, COVER_MARKERS);
  n += await changes(graph);
  await graph.trustedWrite(`MERGE (m:SkeinMeta {key: $key}) SET m.references = true`, { key: META });
  return n;
}

// Two API replicas starting on one old graph would both convert it, and under read-committed
// isolation a record matched by both gets its prefix twice. One process at a time holds a lease on
// the schema node; the write lock is taken (SET) before the lease is read, so the check is current.
const LEASE = `
MATCH (m:SkeinMeta {key: 'schema'})
SET m.leaseTouched = datetime()
WITH m, m.leaseUntil IS NULL OR m.leaseUntil < datetime() OR m.leaseHolder = $me AS free
SET m.leaseHolder = CASE WHEN free THEN $me ELSE m.leaseHolder END,
    m.leaseUntil = CASE WHEN free THEN datetime() + duration({minutes: 60}) ELSE m.leaseUntil END
RETURN free`;
const RELEASE = `MATCH (m:SkeinMeta {key: 'schema'}) WHERE m.leaseHolder = $me REMOVE m.leaseHolder, m.leaseUntil, m.leaseTouched`;

/** Converts under the lease: a second process waits, then finds (almost) nothing left to convert. */
export async function namespaceIdsOnce(graph: GraphExecutor, me = randomUUID()): Promise<NamespaceReport> {
  for (;;) {
    const [row] = await graph.trustedWrite(LEASE, { me });
    if (!row || row.free === true) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  try {
    return await namespaceIds(graph);
  } finally {
    await graph.trustedWrite(RELEASE, { me });
  }
}

export async function namespaceIds(graph: GraphExecutor): Promise<NamespaceReport> {
  let refs = await references(graph);
  refs += await untilDone(graph, TOMBSTONES);
  const nodes = await untilDone(graph, NODES);
  let rels = 0;
  for (const type of RELATIONSHIP_TYPES) rels += await untilDone(graph, relationships(type));
  // Namespaced writers never repeat an id across types; converted data may. Checked on every run of
  // this migration (a restart after the conversion above must still settle them).
  const renamed = Number((await graph.trustedWrite(REPEATS))[0]?.n ?? 0);
  return { nodes, relationships: rels, references: refs, renamed };
}
