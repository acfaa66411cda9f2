// Retraction hides a record and its links from everyone but its owner's ADMIN, reversibly; erasure
// leaves only a tombstone, and no erased value anywhere in the Neo4j store (full scan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { contentHash } from '../../src/sharing/retraction.js';

const server = testServer();
const A = agencyCode('own'); // owns the records
const B = agencyCode('part'); // shared up to AMBER, with hit notification
const name = `Karim ${word(7)}`;
const secret = { name: `Erasable ${word(7)}`, alias: word(8), doc: `ER${Date.now() % 1e9}` };
const ids = { p: gid(A, 'per-p'), friend: gid(A, 'per-f'), link: gid(A, 'rel-pf'), gone: gid(A, 'per-g'), doc: gid(A, 'doc-g'), holds: gid(A, 'rel-gd'), theirs: gid(B, 'rel-bg'), bp: gid(B, 'per-b'), strict: gid(A, 'per-s') };
const strictName = `Hidden ${word(7)}`;

beforeAll(async () => {
  await writeWorld(server.executor, [A, B], [{ from: A, to: B, upTo: 'AMBER', hitNotification: true }], [
    node('Person', ids.p, A, 'GREEN', { name, birthDate: '1990-01-02' }),
    node('Person', ids.friend, A, 'GREEN', { name: `Friend ${word(6)}` }),
    rel('ASSOCIATE_OF', ids.link, ids.p, ids.friend, A, 'GREEN'),
    node('Person', ids.gone, A, 'GREEN', { name: secret.name, aliases: [secret.alias] }),
    node('Document', ids.doc, A, 'GREEN', { number: secret.doc, kind: 'PASSPORT', issuingCountry: 'TR' }),
    rel('HOLDS', ids.holds, ids.gone, ids.doc, A, 'GREEN'),
    node('Person', ids.bp, B, 'GREEN', { name: `Bee ${word(6)}` }),
    node('Person', ids.strict, A, 'AMBER_STRICT', { name: strictName, birthDate: '1980-03-04' }),
    rel('ASSOCIATE_OF', ids.theirs, ids.bp, ids.gone, B, 'GREEN'),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const PROBE = `query($id: ID!, $name: String!, $t: [TravellerInput!]!) {
  node(id: $id) { id }
  search(text: $name, first: 20) { totalCount edges { node { id } } }
  neighbourhood(ids: [$id], depth: 1) { nodes { key } edges { key } }
  screen(travellers: $t) { rows { candidates { person { id } } hits { reference } } }
}`;
const probe = async (agency: string, role: 'ANALYST' | 'ADMIN' = 'ANALYST') => {
  const res = await server.as(agency, role).query(PROBE, { id: ids.p, name, t: [{ name, birthDate: '1990-01-02' }] });
  expect(res.errors).toBeUndefined();
  return JSON.stringify(res.data);
};

const HITS = `query($t: [TravellerInput!]!) { screen(travellers: $t) { hitRows rows { hits { agency { code } reference } } } }`;
const hitsOf = async (agency: string) => {
  const res = await server.as(agency).query(HITS, { t: [{ name: strictName, birthDate: '1980-03-04' }] });
  expect(res.errors).toBeUndefined();
  return res.data!.screen as { hitRows: number; rows: Array<{ hits: unknown[] }> };
};
const COUNT = `query($name: String!) { search(text: $name, first: 5) { totalCount } }`;
const countOf = async (agency: string) => (await server.as(agency).query(COUNT, { name })).data!.search.totalCount as number;

describe('retraction', () => {
  it('takes back the hit notice a hidden record gave, and gives it again when un-retracted', { timeout: 120_000 }, async () => {
    const before = await hitsOf(B);
    expect(before.hitRows).toBe(1);
    expect(before.rows[0]!.hits).toHaveLength(1);
    await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { retract(ids: $ids, reason: "source withdrew it") }`, { ids: [ids.strict] });
    expect(await hitsOf(B)).toEqual({ hitRows: 0, rows: [{ hits: [] }] });
    await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { unretract(ids: $ids) }`, { ids: [ids.strict] });
    expect(await hitsOf(B)).toEqual(before);
  });

  it('drops the record from counts and analytics too', { timeout: 120_000 }, async () => {
    const NET = `query($ids: [ID!]!) { network(seeds: $ids, depth: 1) { subgraph { nodes { key } } } }`;
    const count = await countOf(B);
    expect(count).toBeGreaterThan(0);
    await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { retract(ids: $ids, reason: "checking counts") }`, { ids: [ids.p] });
    expect(await countOf(B)).toBe(count - 1);
    const net = await server.as(B).query(NET, { ids: [ids.friend] });
    expect(net.errors).toBeUndefined();
    expect(JSON.stringify(net.data)).not.toContain(ids.p);
    await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { unretract(ids: $ids) }`, { ids: [ids.p] });
    expect(await countOf(B)).toBe(count);
    expect(JSON.stringify((await server.as(B).query(NET, { ids: [ids.friend] })).data)).toContain(ids.p);
  });

  it('hides the record and its links from every query of others and the owner\'s analysts, shows it to the owner\'s ADMIN, and comes back', { timeout: 180_000 }, async () => {
    expect(await probe(B)).toContain(ids.p);
    const retracted = await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { retract(ids: $ids, reason: "source withdrew it") }`, { ids: [ids.p, ids.bp, 'per-missing'] });
    expect(retracted.data!.retract).toEqual([ids.p]); // B's record is not A's to retract
    for (const [agency, role] of [[B, 'ANALYST'], [B, 'ADMIN'], [A, 'ANALYST']] as const) {
      const text = await probe(agency, role);
      expect(text).not.toContain(ids.p);
      expect(text).not.toContain(ids.link);
    }
    const admin = await probe(A, 'ADMIN');
    expect(admin).toContain(ids.p);
    expect(admin).toContain(ids.link);
    const friend = await server.as(A).query(`query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { key } edges { key } } }`, { id: ids.friend });
    expect(JSON.stringify(friend.data)).not.toContain(ids.link);

    const back = await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { unretract(ids: $ids) }`, { ids: [ids.p] });
    expect(back.data!.unretract).toEqual([ids.p]);
    const text = await probe(B);
    expect(text).toContain(ids.p);
    expect(text).toContain(ids.link);
  });

  it('needs the ADMIN role', async () => {
    const res = await server.as(A).query(`mutation($ids: [ID!]!) { retract(ids: $ids, reason: "x") }`, { ids: [ids.p] });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('erasure', () => {
  it('removes content and links, keeps a tombstone whose hash proves the content, leaves no value in the store', { timeout: 120_000 }, async () => {
    const before = await server.executor.trustedRead(
      `MATCH (n:Entity {id: $id}) RETURN properties(n) AS props, COLLECT { MATCH (n)-[r]-(m) RETURN {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)} } AS links`,
      { id: ids.gone },
    );
    const expected = contentHash(before[0]!.props, before[0]!.links);
    const dry = await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { erase(ids: $ids, reason: "retention ended", dryRun: true) { id contentHash } }`, { ids: [ids.gone] });
    expect(dry.data!.erase).toEqual([{ id: ids.gone, contentHash: expected }]);
    expect((await server.as(A).query(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.gone })).data!.node).toEqual({ id: ids.gone });
    const res = await server.as(A, 'ADMIN').query(`mutation($ids: [ID!]!) { erase(ids: $ids, reason: "retention ended") { id type source reason contentHash } }`, { ids: [ids.gone] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.erase).toEqual([{ id: ids.gone, type: 'Person', source: A, reason: 'retention ended', contentHash: expected }]);
    const listed = await server.as(A, 'ADMIN').query(`{ tombstones(first: 5) { id erasedAt } }`);
    expect(listed.data!.tombstones.map((t: { id: string }) => t.id)).toContain(ids.gone);

    // B's own link to the erased record is gone (lost, never re-pointed); B's person stays.
    const bView = await server.as(B).query(`query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { key } edges { key } } }`, { id: ids.bp });
    expect(bView.data!.neighbourhood.edges).toEqual([]);
    expect(bView.data!.neighbourhood.nodes).toEqual([{ key: ids.bp }]);

    // Full scan of every node and relationship property in the store.
    const values = [secret.name, secret.alias];
    let scanned = 0;
    for (const what of ['MATCH (n) RETURN properties(n) AS p', 'MATCH ()-[r]->() RETURN properties(r) AS p']) {
      const rows = await server.executor.trustedRead(what);
      scanned += rows.length;
      for (const row of rows) {
        const text = JSON.stringify(row.p);
        for (const v of values) expect(text.includes(v), `${v} found in ${text.slice(0, 200)}`).toBe(false);
        expect(text.includes(ids.holds) || text.includes(ids.theirs)).toBe(false);
      }
    }
    expect(scanned).toBeGreaterThan(5);
    // Its id is left only on its tombstone: no node or relationship of the graph carries it otherwise.
    const holders = await server.executor.trustedRead(
      `MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = $id OR (n[k] IS :: LIST<ANY> AND $id IN n[k])) RETURN labels(n) AS labels`, { id: ids.gone });
    expect(holders.map((r) => r.labels)).toEqual([['Tombstone']]);
    // The document was a separate record of A's: erased only when named; its HOLDS link went with the person.
    expect((await server.as(A).query(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.doc })).data!.node).toEqual({ id: ids.doc });
  });
});
