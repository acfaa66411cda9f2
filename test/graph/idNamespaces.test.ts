// Migration to schema 4 (src/graph/idNamespaces.ts): data written with the old, un-namespaced ids gets
// `<source>:<id>` on every record, and everything that names records by id follows them; relationship
// ids repeated across types are made unique. Applied twice, it changes nothing more.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyMigrations, migrationsApplied } from '../../src/graph/migrations.js';
import { APPEND_CHANGE, nodeItem, relItem } from '../../src/watches/outbox.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';

const graph = testExecutor();
const S = agencyCode('mig');
const old = { p: uid('old-p'), q: uid('old-q'), doc: uid('old-d'), rel: uid('old-r'), holds: uid('old-h'), watch: uid('w'), decision: uid('idd'), tomb: uid('old-t') };
const g = (id: string) => `${S}:${id}`;

beforeAll(async () => {
  // As a v2 writer left them: ids without agency, a RECRUITED and an ASSOCIATE_OF sharing one id.
  await graph.trustedWrite(
    `CREATE (p:Entity:Person {id: $o.p, source: $s, name: 'Old Person', markingRank: 1, reportedAt: datetime('2015-01-01T00:00:00Z')})
     CREATE (q:Entity:Person {id: $o.q, source: $s, name: 'Old Other', markingRank: 1, reportedAt: datetime('2015-01-01T00:00:00Z')})
     CREATE (d:Entity:Document {id: $o.doc, source: $s, number: 'OLD1', markingRank: 1, reportedAt: datetime('2015-01-01T00:00:00Z')})
     CREATE (p)-[:RECRUITED {id: $o.rel, source: $s, markingRank: 1, reportedAt: datetime('2015-01-01T00:00:00Z')}]->(q)
     CREATE (q)-[:ASSOCIATE_OF {id: $o.rel, source: $s, markingRank: 1, reportedAt: datetime('2016-01-01T00:00:00Z')}]->(p)
     CREATE (p)-[:HOLDS {id: $o.holds, source: $s, markingRank: 1, reportedAt: datetime('2015-01-01T00:00:00Z')}]->(d)
     CREATE (:IdentityDecision {id: $o.decision, a: $o.p, b: $o.q, pair: $o.p + '|' + $o.q, agency: $s, kind: 'REJECTED', sameAsId: 'same-' + $o.decision})
     CREATE (:Watch {id: $o.watch, agency: $s, seeds: [$o.p], kind: 'PERSON'})
     CREATE (:WatchCover {watch: $o.watch, id: $o.p})
     CREATE (:WatchCover {watch: $o.watch, id: $o.q})
     CREATE (:Release {id: $o.watch + '-rel', holder: $s, agency: 'XX-OTHER', recordId: $o.p, recordIds: [$o.p, $o.holds, $o.doc]})
     CREATE (:Tombstone {id: $o.tomb, type: 'Person', source: $s})`,
    { o: old, s: S },
  );
  await graph.trustedWrite(APPEND_CHANGE, { kind: 'INGEST', items: [nodeItem(old.q, 'Person'), relItem(old.holds, 'HOLDS', old.p, old.doc)] });
  // The database as schema 3 (the last before namespaced ids) left it.
  await graph.trustedWrite(`MATCH (m:SkeinMeta {key: 'schema'}) SET m.version = 3`);
  await graph.trustedWrite(`MATCH (m:SkeinMeta {key: 'id-namespaces'}) DETACH DELETE m`);
  expect(await migrationsApplied(graph)).toBe(false);
});

afterAll(async () => {
  await graph.trustedWrite(
    `MATCH (n) WHERE (n:Entity OR n:Tombstone) AND n.source = $s
        OR (n:IdentityDecision OR n:Watch) AND n.agency = $s OR n:WatchCover AND n.watch = $w OR n:Release AND n.holder = $s
     DETACH DELETE n`,
    { s: S, w: old.watch },
  );
  await closeTestDriver();
});

const snapshot = async () => {
  const [row] = await graph.trustedRead(
    `MATCH (p:Person) WHERE p.source = $s WITH collect(p.id) AS people
     OPTIONAL MATCH (a {source: $s})-[r]->() WITH people, collect([type(r), r.id]) AS rels
     MATCH (d:IdentityDecision {id: $o.decision}) MATCH (w:Watch {id: $o.watch}) MATCH (t:Tombstone {source: $s})
     MATCH (rel:Release {holder: $s})
     OPTIONAL MATCH (c:WatchCover {watch: $o.watch}) WITH people, rels, d, w, t, rel, collect(c.id) AS covers
     MATCH (e:Change) WHERE $o.q IN e.itemIds OR $s + ':' + $o.q IN e.itemIds
     RETURN people, rels, d {.a, .b, .pair, .sameAsId} AS decision, w.seeds AS seeds, covers, t.id AS tombstone,
       rel {.recordId, .recordIds} AS release, e {.itemIds, .itemFrom, .itemTo} AS change`,
    { s: S, o: old },
  );
  const sorted = (xs: unknown) => [...(xs as unknown[])].map((x) => JSON.stringify(x)).sort();
  return { ...row, people: sorted(row?.people), rels: sorted(row?.rels), covers: sorted(row?.covers) };
};

// The migration scans the whole shared test database (every other test's records too): minutes when loaded.
it('namespaces every record and re-points whatever names one, once', { timeout: 300_000 }, async () => {
  // Two replicas starting at once on the old graph: one converts under the lease, the other waits and
  // finds nothing left (without the lease, records matched by both got their prefix twice).
  await Promise.all([applyMigrations(graph), applyMigrations(graph)]);
  expect(await migrationsApplied(graph)).toBe(true);
  const after = await snapshot();
  const [a, b] = [g(old.p), g(old.q)].sort();
  expect(after).toEqual({
    people: [g(old.p), g(old.q)].map((x) => JSON.stringify(x)).sort(),
    // The later copy of the repeated id (reported 2016) is renamed.
    rels: [['RECRUITED', g(old.rel)], ['ASSOCIATE_OF', `${g(old.rel)}.dup1`], ['HOLDS', g(old.holds)]].map((x) => JSON.stringify(x)).sort(),
    decision: { a, b, pair: `${a}|${b}`, sameAsId: g(`same-${old.decision}`) },
    seeds: [g(old.p)],
    covers: [g(old.p), g(old.q)].map((x) => JSON.stringify(x)).sort(),
    tombstone: g(old.tomb),
    release: { recordId: g(old.p), recordIds: [g(old.p), g(old.holds), g(old.doc)] },
    change: { itemIds: [g(old.q), g(old.holds)], itemFrom: [g(old.q), g(old.p)], itemTo: [g(old.q), g(old.doc)] },
  });
  // Again (as at every start, and after a crash in the middle): nothing changes.
  await graph.trustedWrite(`MATCH (m:SkeinMeta {key: 'schema'}) SET m.version = 3`);
  await applyMigrations(graph);
  expect(await snapshot()).toEqual(after);
});
