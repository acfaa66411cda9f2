// Retention review against the real Neo4j: an agency's terms (audited), a record past its owner's review
// period is flagged and listed for the owner; past the grace period it vanishes for other agencies from
// every query (lookups, search, counts, traversals, analytics, screening, hit notices) and re-confirming
// brings it back. Time without sleeps: a record's last review is moved back in the graph, as the release
// expiry test moves `until`.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import { fixtureFile } from '../ingest/fixtures.js';

vi.setConfig({ testTimeout: 180_000 });

const server = testServer();
const A = agencyCode('keep'); // owns the records, reviews them every 30 days with 10 days' grace
const B = agencyCode('peer'); // A shares up to AMBER with B, with hit notification
const name = `Rashid ${word(7)}`;
const strictName = `Overdue ${word(7)}`;
const ids = { p: gid(A, 'per-p'), friend: gid(A, 'per-f'), link: gid(A, 'rel-pf'), strict: gid(A, 'per-s'), other: gid(A, 'per-o'), bp: gid(B, 'per-b') };

/** Moves the last review of records (and of their owner's links touching them) `days` into the past. */
const reviewedDaysAgo = async (recordIds: string[], days: number) => {
  await server.executor.trustedWrite(
    `MATCH (n:Entity) WHERE n.id IN $ids
     SET n.reviewedAt = datetime() - duration({days: $days})
     WITH n OPTIONAL MATCH (n)-[r]-() WHERE r.source = n.source
     SET r.reviewedAt = datetime() - duration({days: $days})`,
    { ids: recordIds, days },
  );
};

beforeAll(async () => {
  await writeWorld(server.executor, [A, B], [{ from: A, to: B, upTo: 'AMBER', hitNotification: true }], [
    node('Person', ids.p, A, 'GREEN', { name, birthDate: '1991-02-03' }),
    node('Person', ids.friend, A, 'GREEN', { name: `Friend ${word(6)}` }),
    rel('ASSOCIATE_OF', ids.link, ids.p, ids.friend, A, 'GREEN'),
    node('Person', ids.strict, A, 'AMBER_STRICT', { name: strictName, birthDate: '1982-04-05' }),
    node('Person', ids.other, A, 'GREEN', { name: `Other ${word(6)}` }),
    node('Person', ids.bp, B, 'GREEN', { name: `Bee ${word(6)}` }),
  ]);
  await reviewedDaysAgo([ids.p, ids.friend, ids.strict, ids.other], 1);
  const set = await server.as(A, 'ADMIN').query(`mutation { setRetention(reviewPeriodDays: 30, reviewGraceDays: 10) { reviewPeriodDays reviewGraceDays } }`);
  expect(set.errors).toBeUndefined();
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const PROBE = `query($id: ID!, $friend: ID!, $name: String!, $t: [TravellerInput!]!) {
  node(id: $id) { id provenance { reviewDue } }
  search(text: $name, first: 20) { totalCount edges { node { id } } }
  neighbourhood(ids: [$friend], depth: 1) { nodes { key } edges { key } }
  network(seeds: [$friend], depth: 1) { subgraph { nodes { key } } }
  screen(travellers: $t) { rows { candidates { person { id } } } }
}`;
const probe = async (agency: string, role: 'ANALYST' | 'ADMIN' = 'ANALYST') => {
  const res = await server.as(agency, role).query(PROBE, { id: ids.p, friend: ids.friend, name, t: [{ name, birthDate: '1991-02-03' }] });
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const HITS = `query($t: [TravellerInput!]!) { screen(travellers: $t) { hitRows } }`;
const hitRowsOf = async (agency: string) => (await server.as(agency).query(HITS, { t: [{ name: strictName, birthDate: '1982-04-05' }] })).data!.screen.hitRows as number;
const DUE = `query($first: Int, $after: String) { reviewDue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } reviewedAt dueAt hiddenFromOthersAt } } }`;
const dueOf = async (agency: string, first = 20, after?: string) => {
  const res = await server.as(agency).query(DUE, { first, after });
  expect(res.errors).toBeUndefined();
  return res.data!.reviewDue as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string }; dueAt: string; hiddenFromOthersAt: string; reviewedAt: string }> };
};

describe('retention terms', () => {
  it('are set by an ADMIN, recorded before and after, shown on the agency, and checked', async () => {
    const changes = await server.as(A, 'ADMIN').query(`{ retentionChanges(first: 5) { by agency { code } before { reviewPeriodDays reviewGraceDays } after { reviewPeriodDays reviewGraceDays } } }`);
    expect(changes.errors).toBeUndefined();
    expect(changes.data!.retentionChanges[0]).toMatchObject({ agency: { code: A }, before: { reviewPeriodDays: 1095, reviewGraceDays: 90 }, after: { reviewPeriodDays: 30, reviewGraceDays: 10 } });
    const agencies = await server.as(B).query(`{ agencies { code reviewPeriodDays reviewGraceDays } }`);
    const shown = (agencies.data!.agencies as Array<{ code: string }>).filter((a) => a.code === A || a.code === B);
    expect(shown).toEqual([
      { code: A, reviewPeriodDays: 30, reviewGraceDays: 10 },
      { code: B, reviewPeriodDays: 1095, reviewGraceDays: 90 },
    ].sort((x, y) => x.code.localeCompare(y.code)));

    const analyst = await server.as(A).query(`mutation { setRetention(reviewPeriodDays: 5, reviewGraceDays: 0) { reviewPeriodDays } }`);
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [period, grace] of [[0, 5], [30, -1], [4000, 5], [30, 400]]) {
      const bad = await server.as(A, 'ADMIN').query(`mutation($p: Int!, $g: Int!) { setRetention(reviewPeriodDays: $p, reviewGraceDays: $g) { reviewPeriodDays } }`, { p: period, g: grace });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await server.as(B, "ADMIN").query(`{ retentionChanges { at } }`)).data!.retentionChanges).toEqual([]); // B never changed its terms
  });
});

describe('retention review', () => {
  it('flags a record past its review period, hides it from others after the grace period, and re-confirming brings it back', async () => {
    const fresh = await probe(B);
    expect(fresh.node).toEqual({ id: ids.p, provenance: { reviewDue: false } });
    const count = fresh.search.totalCount as number;
    expect(count).toBe(1);
    expect(await hitRowsOf(B)).toBe(1);
    expect((await dueOf(A)).totalCount).toBe(0);

    // Due, within the grace period: flagged and listed for the owner, still shown to the partner.
    await reviewedDaysAgo([ids.p, ids.strict], 35);
    const due = await probe(B);
    expect(due.node).toEqual({ id: ids.p, provenance: { reviewDue: true } });
    expect(JSON.stringify(due)).toContain(ids.link);
    const listed = await dueOf(A);
    expect(listed.edges.map((e) => e.node.id)).toEqual([ids.p, ids.strict].sort());
    const edge = listed.edges.find((e) => e.node.id === ids.p)!;
    expect(Date.parse(edge.dueAt) - Date.parse(edge.reviewedAt)).toBe(30 * 86_400_000);
    expect(Date.parse(edge.hiddenFromOthersAt) - Date.parse(edge.reviewedAt)).toBe(40 * 86_400_000);

    // Past the grace period: gone for B from every query, as if it did not exist; the owner still sees it.
    await reviewedDaysAgo([ids.p, ids.strict], 45);
    const gone = await probe(B);
    expect(gone.node).toBeNull();
    expect(gone.search.totalCount).toBe(count - 1);
    const text = JSON.stringify(gone);
    expect(text).not.toContain(ids.p);
    expect(text).not.toContain(ids.link);
    expect(await hitRowsOf(B)).toBe(0); // not even a hit notice
    // Nor an endpoint B may link to, through the mutation or the import CLI (UNKNOWN_ENDPOINT, as for a missing id).
    const link = { kind: 'relationship', type: 'ASSOCIATE_OF', id: uid('ba'), from: ids.bp, to: ids.p, marking: 'GREEN', reportedAt: '2015-06-01T00:00:00Z', confidence: 0.5 };
    const viaMutation = await server.as(B, 'INGEST').query(`mutation($r: [IngestRecordInput!]!) { ingest(records: $r, dryRun: true) { errors { code } } }`, { r: [link] });
    expect(viaMutation.data!.ingest.errors).toEqual([{ code: 'UNKNOWN_ENDPOINT' }]);
    const viaCli = await importFiles(server.executor, { agency: B, files: [fixtureFile('link.ndjson', `${JSON.stringify(link)}\n`)], dryRun: true });
    expect(viaCli.totals).toMatchObject({ created: 0, rejected: 1 });
    const own = await probe(A);
    expect(own.node).toEqual({ id: ids.p, provenance: { reviewDue: true } });
    expect(JSON.stringify(own)).toContain(ids.link);
    expect((await dueOf(A)).totalCount).toBe(2);
    expect((await dueOf(B)).totalCount).toBe(0); // B has nothing of its own due, and never lists A's

    // Re-confirmation (B cannot re-confirm A's record: it is left out like a missing one).
    const theirs = await server.as(B).query(`mutation($ids: [ID!]!) { reconfirm(ids: $ids) }`, { ids: [ids.p] });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.reconfirm).toEqual([]);
    const dry = await server.as(A).query(`mutation($ids: [ID!]!) { reconfirm(ids: $ids, dryRun: true) }`, { ids: [ids.p, ids.strict, ids.bp, `${A}:per-missing`] });
    expect(dry.data!.reconfirm).toEqual([ids.p, ids.strict].sort());
    expect((await probe(B)).node).toBeNull();
    const done = await server.as(A).query(`mutation($ids: [ID!]!) { reconfirm(ids: $ids) }`, { ids: [ids.p, ids.strict, ids.bp] });
    expect(done.data!.reconfirm).toEqual([ids.p, ids.strict].sort());
    const back = await probe(B);
    expect(back).toEqual(fresh);
    expect(JSON.stringify(back)).toContain(ids.link); // the owner's link came back with the record
    expect(await hitRowsOf(B)).toBe(1);
    expect((await dueOf(A)).totalCount).toBe(0);
    const linkable = await importFiles(server.executor, { agency: B, files: [fixtureFile('link.ndjson', `${JSON.stringify(link)}\n`)], dryRun: true });
    expect(linkable.totals).toMatchObject({ created: 1, rejected: 0 });
  });

  it('lists due records a page at a time', async () => {
    await reviewedDaysAgo([ids.friend, ids.other], 31);
    const first = await dueOf(A, 1);
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await dueOf(A, 1, first.pageInfo.endCursor!);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual([ids.friend, ids.other].sort());
    const bad = await server.as(A).query(DUE, { first: 1, after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ingester = await server.as(A, 'INGEST').query(DUE, { first: 1 });
    expect(ingester.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await server.as(A).query(`mutation($ids: [ID!]!) { reconfirm(ids: $ids) }`, { ids: [ids.friend, ids.other] });
    expect((await dueOf(A)).totalCount).toBe(0);
  });
});

describe('ingest and the review clock', () => {
  const INGEST = `mutation($records: [IngestRecordInput!]!) { ingest(records: $records) { summary { created updated unchanged rejected } } }`;
  it('starts the clock on create and update, leaves it on an unchanged re-import, and keeps a retraction', async () => {
    const local = uid('rv');
    const id = `${A}:${local}`;
    const record = (n: string) => ({ kind: 'node', type: 'Person', id: local, marking: 'GREEN', reportedAt: '2015-06-01T00:00:00Z', confidence: 0.8, properties: { name: n } });
    const reviewedAt = async () => (await server.executor.trustedRead('MATCH (n:Entity {id: $id}) RETURN n.reviewedAt AS at, n.retractedAt AS retracted', { id }))[0]!;
    expect((await server.as(A, 'INGEST').query(INGEST, { records: [record('Samir One')] })).data!.ingest.summary).toMatchObject({ created: 1 });
    expect((await reviewedAt()).at).toBeInstanceOf(Date);
    await reviewedDaysAgo([id], 20);
    const old = (await reviewedAt()).at as Date;
    expect((await server.as(A, 'INGEST').query(INGEST, { records: [record('Samir One')] })).data!.ingest.summary).toMatchObject({ unchanged: 1 });
    expect((await reviewedAt()).at).toEqual(old);
    await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { retract(ids: $ids, reason: "checking re-import") }`, { ids: [id] });
    expect((await server.as(A, 'INGEST').query(INGEST, { records: [record('Samir One')] })).data!.ingest.summary).toMatchObject({ unchanged: 1 });
    expect((await server.as(A, 'INGEST').query(INGEST, { records: [record('Samir Two')] })).data!.ingest.summary).toMatchObject({ updated: 1 });
    const after = await reviewedAt();
    expect((after.at as Date).getTime()).toBeGreaterThan(old.getTime());
    expect(after.retracted).toBeInstanceOf(Date); // an update by the feed does not undo a retraction
  });
});
