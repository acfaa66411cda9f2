// Release on request: a hit notice, a request, a release of one record (and its 1-hop context) to the
// requesting agency only, shown in its provenance, gone at its expiry or when revoked; declines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { BUMP_ACL_VERSION } from '../../src/sharing/aclVersion.js';

const server = testServer();
const H = agencyCode('hold'); // holds the records
const R = agencyCode('req'); // screens, gets a hit, asks
const X = agencyCode('third'); // same agreement as R, never asks
const surname = word(7);
const ids = { p: gid(H, 'per-p'), other: gid(H, 'per-o'), q: gid(H, 'per-q'), red: gid(H, 'per-z'), link: gid(H, 'rel-pq'), redLink: gid(H, 'rel-pz') };
const bare = <T extends object>(r: T) => ({ ...r, sourceRef: null });

beforeAll(async () => {
  await writeWorld(server.executor, [H, R, X], [
    { from: H, to: R, upTo: 'GREEN', hitNotification: true },
    { from: H, to: X, upTo: 'GREEN', hitNotification: true },
  ], [
    bare(node('Person', ids.p, H, 'AMBER', { name: `Karim ${surname}`, birthDate: '1990-01-02' })),
    bare(node('Person', ids.other, H, 'AMBER', { name: `Otto ${word(6)}` })),
    bare(node('Person', ids.q, H, 'AMBER_STRICT', { name: `Quentin ${word(6)}` })),
    bare(node('Person', ids.red, H, 'RED', { name: `Zed ${word(6)}` })),
    rel('ASSOCIATE_OF', ids.link, ids.p, ids.q, H, 'AMBER'),
    rel('ASSOCIATE_OF', ids.redLink, ids.p, ids.red, H, 'AMBER'),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const LOOK = `query($ids: [ID!]!) { nodes(ids: $ids) { id provenance { release { holder { code } marking until } } } }`;
const seen = async (agency: string, list: string[]) => {
  const res = await server.as(agency).query(LOOK, { ids: list });
  expect(res.errors).toBeUndefined();
  return (res.data!.nodes as Array<{ id: string; provenance: any } | null>).filter((n) => n !== null);
};
const ask = async (reference: string) => {
  const res = await server.as(R).query(`mutation($a: String!, $r: String!) { requestAccess(agency: $a, reference: $r, reason: "Karim travels Friday; investigation 77") { id status } }`, { a: H, r: reference });
  expect(res.errors).toBeUndefined();
  return res.data!.requestAccess.id as string;
};
const RELEASE = `mutation($q: ID!, $rec: ID!, $until: DateTime!, $ctx: Boolean) { releaseRecord(requestId: $q, recordId: $rec, marking: AMBER, until: $until, withContext: $ctx) { id recordId recordIds agency { code } until } }`;
let reference = '';

describe('release on request', () => {
  it('a hit notice gives a reference that R can ask about; H lists the request without R\'s subject', async () => {
    const screen = await server.as(R).query(`query($t: [TravellerInput!]!) { screen(travellers: $t) { rows { hits { agency { code } reference } } } }`, { t: [{ name: `Karim ${surname}`, birthDate: '1990-01-02' }] });
    const hits = screen.data!.screen.rows[0].hits as Array<{ agency: { code: string }; reference: string }>;
    expect(hits.map((h) => h.agency.code)).toEqual([H]);
    reference = hits[0]!.reference;
    const id = await ask(reference);
    const listed = await server.as(H).query(`{ accessRequests { id requester { code } reference reason status } }`);
    expect(listed.data!.accessRequests).toEqual([{ id, requester: { code: R }, reference, reason: 'Karim travels Friday; investigation 77', status: 'PENDING' }]);
    expect(JSON.stringify(listed.data)).not.toContain(`${R.toLowerCase()}-tester`);
    expect((await server.as(X).query(`{ accessRequests { id } }`)).data!.accessRequests).toEqual([]);
    expect((await server.as(H, 'INGEST').query(`{ accessRequests { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('releases only the record the reference names, to R only, with its non-RED context, until it expires', { timeout: 60_000 }, async () => {
    const [pending] = (await server.as(H).query(`{ accessRequests { id } }`)).data!.accessRequests;
    const until = new Date(Date.now() + 3600_000).toISOString();
    const wrong = await server.as(H).query(RELEASE, { q: pending.id, rec: ids.other, until });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const done = await server.as(H).query(RELEASE, { q: pending.id, rec: ids.p, until, ctx: true });
    expect(done.errors).toBeUndefined();
    expect(done.data!.releaseRecord).toMatchObject({ recordId: ids.p, agency: { code: R }, until });
    expect([...done.data!.releaseRecord.recordIds].sort()).toEqual([ids.p, ids.q, ids.link].sort());

    const all = [ids.p, ids.other, ids.q, ids.red];
    const mine = await seen(R, all);
    expect(mine.map((n) => n.id).sort()).toEqual([ids.p, ids.q].sort());
    expect(mine.find((n) => n.id === ids.p)!.provenance.release).toEqual({ holder: { code: H }, marking: 'AMBER', until });
    expect(await seen(X, all)).toEqual([]);
    const hood = await server.as(R).query(`query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { key } edges { key } } }`, { id: ids.p });
    expect(hood.data!.neighbourhood.nodes.map((n: { key: string }) => n.key).sort()).toEqual([ids.p, ids.q].sort());
    expect(hood.data!.neighbourhood.edges.map((e: { key: string }) => e.key)).toEqual([`ASSOCIATE_OF:${ids.link}`]);
    const theirs = await server.as(R).query(`{ myAccessRequests { status release { recordId } } }`);
    expect(theirs.data!.myAccessRequests).toEqual([{ status: 'RELEASED', release: { recordId: ids.p } }]);

    // Its expiry, without waiting an hour: the release's `until` moved to two seconds ahead (a change, so
    // the sharing-state version moves with it, as for any change through the API); then nothing else is
    // written, and once the two seconds pass the next request alone must hide it, cached views included.
    const [moved] = await server.executor.trustedWrite(`MATCH (r:Release {id: $id}) SET r.until = datetime() + duration('PT2S') WITH r ${BUMP_ACL_VERSION} RETURN r.id AS id`, { id: done.data!.releaseRecord.id });
    expect(moved).toBeDefined();
    expect((await seen(R, all)).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await seen(R, all)).toEqual([]);
    const afterwards = await server.as(R).query(`query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { key } } }`, { id: ids.p });
    expect(afterwards.data!.neighbourhood.nodes).toEqual([]);
  });

  it('a release can be revoked at once; a request can be declined with a reason R reads', async () => {
    const id = await ask(reference);
    const until = new Date(Date.now() + 3600_000).toISOString();
    const done = await server.as(H).query(RELEASE, { q: id, rec: ids.p, until });
    expect((await seen(R, [ids.p])).map((n) => n.id)).toEqual([ids.p]);
    expect((await seen(R, [ids.q]))).toEqual([]); // no context asked this time
    const revoked = await server.as(H).query(`mutation($id: ID!) { revokeRelease(id: $id) }`, { id: done.data!.releaseRecord.id });
    expect(revoked.data!.revokeRelease).toBe(true);
    expect(await seen(R, [ids.p])).toEqual([]);

    const second = await ask(reference);
    const declined = await server.as(H).query(`mutation($id: ID!) { declineAccess(requestId: $id, reason: "source protection") { status } }`, { id: second });
    expect(declined.data!.declineAccess.status).toBe('DECLINED');
    const again = await server.as(H).query(RELEASE, { q: second, rec: ids.p, until });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const theirs = await server.as(R).query(`{ myAccessRequests(first: 1) { status declineReason } }`);
    expect(theirs.data!.myAccessRequests).toEqual([{ status: 'DECLINED', declineReason: 'source protection' }]);
  });
});
