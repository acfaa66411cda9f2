// Agreements through the API: ADMIN-only, RED refused, every change recorded, acting on the next
// request of every API instance (two instances, each with its own driver, on one Neo4j).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { GraphExecutor } from '../../src/graph/executor.js';
import { READ_ACL_VERSION } from '../../src/sharing/aclVersion.js';
import { startApi, answer, type RunningApi } from '../ops/api.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { BUMP_ACL_VERSION } from '../../src/sharing/aclVersion.js';

const owner = agencyCode('own');
const partner = agencyCode('part');
const green = gid(owner, 'per-green');
const amber = gid(owner, 'per-amber');
const uri = inject('neo4jUri');
const otherDriver = createDriver(uri, { uri, user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined, queryTimeoutMs: 30_000 });
let one: RunningApi;
let two: RunningApi;

beforeAll(async () => {
  await writeWorld(testExecutor(), [owner, partner], [{ from: owner, to: partner, upTo: 'AMBER', hitNotification: false }], [
    node('Person', green, owner, 'GREEN', { name: 'Green Record' }),
    node('Person', amber, owner, 'AMBER', { name: 'Amber Record' }),
  ]);
  one = await startApi(testExecutor());
  two = await startApi(new GraphExecutor(otherDriver, { database: undefined, timeoutMs: 30_000 }));
});

afterAll(async () => {
  await one?.stop();
  await two?.stop();
  await otherDriver.close();
  await closeTestDriver();
});

async function gql(api: RunningApi, agency: string, role: 'ANALYST' | 'ADMIN', query: string, variables = {}) {
  const a = await answer(api.post({ query, variables }, { authorization: `Bearer ${await api.token(agency, role, `${role.toLowerCase()}-1`)}` }));
  return a.body as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

const SEEN = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const seenBy = async (api: RunningApi) => ((await gql(api, partner, 'ANALYST', SEEN, { ids: [green, amber] })).data.nodes as Array<{ id: string } | null>).filter(Boolean).map((n) => n!.id).sort();
const SET = `mutation($input: AgreementInput!) { setAgreement(input: $input) { upTo hitNotification expiresAt purpose from { code } to { code } } }`;

describe('agreements through the API', () => {
  it('narrowing AMBER -> GREEN hides AMBER records on the very next request of both instances, widening brings them back', async () => {
    expect(await seenBy(one)).toEqual([amber, green].sort());
    expect(await seenBy(two)).toEqual([amber, green].sort());
    const versionBefore = (await testExecutor().trustedRead(READ_ACL_VERSION))[0]!.version as number;

    const narrowed = await gql(one, owner, 'ADMIN', SET, { input: { to: partner, upTo: 'GREEN', purpose: 'counter-terrorism' } });
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data.setAgreement).toMatchObject({ upTo: 'GREEN', purpose: 'counter-terrorism', from: { code: owner }, to: { code: partner } });
    expect(await seenBy(two)).toEqual([green]);
    expect(await seenBy(one)).toEqual([green]);
    expect((await testExecutor().trustedRead(READ_ACL_VERSION))[0]!.version).toBeGreaterThan(versionBefore);

    await gql(two, owner, 'ADMIN', SET, { input: { to: partner, upTo: 'AMBER' } });
    expect(await seenBy(one)).toEqual([amber, green].sort());
  });

  it('revoking leaves only CLEAR records; an expired agreement stops acting by itself', { timeout: 30_000 }, async () => {
    const revoked = await gql(one, owner, 'ADMIN', `mutation($to: String!) { revokeAgreement(to: $to) }`, { to: partner });
    expect(revoked.data.revokeAgreement).toBe(true);
    expect(await seenBy(two)).toEqual([]);
    const again = await gql(one, owner, 'ADMIN', `mutation($to: String!) { revokeAgreement(to: $to) }`, { to: partner });
    expect(again.data.revokeAgreement).toBe(false);

    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    await gql(one, owner, 'ADMIN', SET, { input: { to: partner, upTo: 'AMBER', expiresAt } });
    expect(await seenBy(two)).toEqual([amber, green].sort());
    const mine = await gql(two, partner, 'ANALYST', `{ viewer { sharedWithMe { from { code } upTo expiresAt } } }`);
    expect(mine.data.viewer.sharedWithMe.filter((a: any) => a.from.code === owner)).toEqual([{ from: { code: owner }, upTo: 'AMBER', expiresAt }]);
    // The expiry, without waiting an hour: `expiresAt` moved to two seconds ahead (a change, so the
    // sharing-state version moves with it); then nothing else is written, and once the two seconds
    // pass the next request alone must stop the agreement, on both processes and their cached views.
    await testExecutor().trustedWrite(`MATCH (:Agency {code: $f})-[s:SHARES_WITH]->(:Agency {code: $t}) SET s.expiresAt = datetime() + duration('PT2S') WITH s ${BUMP_ACL_VERSION}`, { f: owner, t: partner });
    expect((await seenBy(one)).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await seenBy(one)).toEqual([]);
    expect(await seenBy(two)).toEqual([]);
  });

  it('refuses RED, other roles, past expiries, unknown agencies and oneself, in plain coded words', async () => {
    const codeOf = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
    expect(codeOf(await gql(one, owner, 'ADMIN', SET, { input: { to: partner, upTo: 'RED' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(one, owner, 'ANALYST', SET, { input: { to: partner, upTo: 'GREEN' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(one, owner, 'ADMIN', SET, { input: { to: partner, upTo: 'GREEN', expiresAt: '2001-01-01T00:00:00Z' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(one, owner, 'ADMIN', SET, { input: { to: 'NO-SUCHAGENCY', upTo: 'GREEN' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(one, owner, 'ADMIN', SET, { input: { to: owner, upTo: 'GREEN' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(one, partner, 'ADMIN', `{ agreementChanges { at } }`))).toBeUndefined();
    expect(codeOf(await gql(one, partner, 'ANALYST', `{ agreementChanges { at } }`))).toBe('FORBIDDEN');
  });

  it('records every change with who, when, before and after, for both agencies concerned', async () => {
    const res = await gql(two, partner, 'ADMIN', `{ agreementChanges(first: 10) { at by from { code } to { code } before { upTo expiresAt } after { upTo purpose } } }`);
    const ours = res.data.agreementChanges.filter((c: any) => c.from.code === owner);
    // Newest first: the expiring grant, the revocation, the widening, the narrowing.
    expect(ours.map((c: any) => [c.before?.upTo ?? null, c.after?.upTo ?? null])).toEqual([
      [null, 'AMBER'],
      ['AMBER', null],
      ['GREEN', 'AMBER'],
      ['AMBER', 'GREEN'],
    ]);
    expect(ours.every((c: any) => c.by === 'admin-1' && typeof c.at === 'string')).toBe(true);
    expect(ours[3].after.purpose).toBe('counter-terrorism');
  });
});
