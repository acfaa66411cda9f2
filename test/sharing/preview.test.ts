// Preview before you share: the dry run of a proposed agreement reports what the partner then really
// sees (preview, apply, query as the partner, compare), changes nothing, and says nothing about records
// the owner itself may not see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';

const server = testServer();
const O = agencyCode('own'); // previews and shares
const P = agencyCode('part'); // the partner
const T = agencyCode('third'); // shares with P, not with O
const ids = {
  clear: gid(O, 'per-c'), green: gid(O, 'per-g'), doc: gid(O, 'doc-g'), amber: gid(O, 'per-a'), org: gid(O, 'org-a'), lone: gid(O, 'per-l'),
  strict: gid(O, 'per-s'), red: gid(O, 'per-r'), gone: gid(O, 'per-x'), theirs: gid(P, 'per-p'), third: gid(T, 'per-t'),
  toTheirs: gid(O, 'rel-ap'), member: gid(O, 'rel-go'), family: gid(O, 'rel-ag'), redLink: gid(O, 'rel-rg'), toThird: gid(O, 'rel-gt'),
};
const ours = [ids.clear, ids.green, ids.doc, ids.amber, ids.org, ids.lone, ids.strict, ids.red, ids.gone];

beforeAll(async () => {
  await writeWorld(server.executor, [O, P, T], [
    { from: O, to: P, upTo: 'GREEN', hitNotification: false },
    { from: T, to: P, upTo: 'GREEN', hitNotification: false },
  ], [
    node('Person', ids.clear, O, 'CLEAR', { name: 'Clear Person' }),
    node('Person', ids.green, O, 'GREEN', { name: 'Green Person' }),
    node('Document', ids.doc, O, 'GREEN', { number: `PV${Date.now() % 1e8}`, kind: 'PASSPORT', issuingCountry: 'NL' }),
    node('Person', ids.amber, O, 'AMBER', { name: 'Amber Person' }),
    node('Organisation', ids.org, O, 'AMBER', { name: 'Amber Organisation' }),
    node('Person', ids.lone, O, 'AMBER', { name: 'Lone Amber' }),
    node('Person', ids.strict, O, 'AMBER_STRICT', { name: 'Strict Person' }),
    node('Person', ids.red, O, 'RED', { name: 'Red Person' }),
    node('Person', ids.gone, O, 'AMBER', { name: 'Retracted Person' }),
    node('Person', ids.theirs, P, 'GREEN', { name: 'Partner Person' }),
    node('Person', ids.third, T, 'GREEN', { name: 'Third Person' }),
    rel('ASSOCIATE_OF', ids.toTheirs, ids.amber, ids.theirs, O, 'AMBER'),
    rel('MEMBER_OF', ids.member, ids.green, ids.org, O, 'GREEN'),
    rel('FAMILY_OF', ids.family, ids.amber, ids.green, O, 'GREEN'),
    rel('ASSOCIATE_OF', ids.redLink, ids.red, ids.green, O, 'GREEN'),
    rel('ASSOCIATE_OF', ids.toThird, ids.green, ids.third, O, 'GREEN'),
  ]);
  const r = await server.as(O, 'ADMIN').query(`mutation($ids: [ID!]!) { retract(ids: $ids, reason: "withdrawn") }`, { ids: [ids.gone] });
  expect(r.data!.retract).toEqual([ids.gone]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const PREVIEW = `query($input: AgreementInput!) { previewAgreement(input: $input, sample: 10) {
  to { code } current { upTo hitNotification } proposed { upTo hitNotification }
  records { type marking now after } links { type marking now after }
  newlyVisible { count sample { id type marking } } newInNeighbourhoods { count sample { id } }
  screening { newlyScreenable hitNoticesNow hitNoticesAfter } } }`;

type Group = { type: string; marking: string; n: number };
const tally = (items: Array<{ type: string; marking: string }>): Group[] => {
  const by = new Map<string, Group>();
  for (const { type, marking } of items) {
    const g = by.get(`${type}/${marking}`) ?? { type, marking, n: 0 };
    g.n += 1;
    by.set(`${type}/${marking}`, g);
  }
  return [...by.values()].sort((a, b) => `${a.type}/${a.marking}`.localeCompare(`${b.type}/${b.marking}`));
};
const side = (groups: Array<{ type: string; marking: string; now: number; after: number }>, which: 'now' | 'after') =>
  tally(groups.flatMap((g) => Array.from({ length: g[which] }, () => ({ type: g.type, marking: g.marking }))));

/** What the partner sees of our records and of our links, through ordinary queries. */
async function partnerSees(): Promise<{ records: Group[]; links: Group[] }> {
  const res = await server.as(P).query(`query($ids: [ID!]!) {
    nodes(ids: $ids) { id __typename provenance { marking } }
    neighbourhood(ids: $ids, depth: 1) { edges { key type provenance { source marking } } } }`, { ids: [...ours, ids.theirs, ids.third] });
  expect(res.errors).toBeUndefined();
  const nodes = (res.data!.nodes as Array<{ id: string; __typename: string; provenance: { marking: string } } | null>).filter((n) => n && ours.includes(n.id));
  // Links to T's and P's records are left out of the preview: O may not see those records (no agreement
  // T -> O or P -> O), so for O those links do not exist, and the preview says nothing about them.
  const unseenByOwner = [ids.toThird, ids.toTheirs];
  const edges = (res.data!.neighbourhood.edges as Array<{ key: string; type: string; provenance: { source: string; marking: string } }>)
    .filter((e) => e.provenance.source === O && !unseenByOwner.some((id) => e.key.endsWith(`:${id}`)));
  return {
    records: tally(nodes.map((n) => ({ type: n!.__typename, marking: n!.provenance.marking }))),
    links: tally(edges.map((e) => ({ type: e.type, marking: e.provenance.marking }))),
  };
}

const AGREEMENT_STATE = `MATCH (:Agency {code: $f})-[s:SHARES_WITH]->(:Agency {code: $t})
RETURN properties(s) AS agreement, COUNT { MATCH (c:AgreementChange) WHERE c.from = $f AND c.to = $t } AS changes`;

describe('previewAgreement', () => {
  it('widening GREEN -> AMBER: the preview\'s counts equal what the partner sees before and after applying it', { timeout: 180_000 }, async () => {
    const before = await partnerSees();
    const changes = async () => (await server.executor.trustedRead(AGREEMENT_STATE, { f: O, t: P }))[0];
    const stateBefore = await changes();
    const input = { to: P, upTo: 'AMBER', hitNotification: true };
    const res = await server.as(O, 'ADMIN').query(PREVIEW, { input });
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewAgreement;
    expect(p.current).toEqual({ upTo: 'GREEN', hitNotification: false });
    expect(side(p.records, 'now')).toEqual(before.records);
    expect(side(p.links, 'now')).toEqual(before.links);
    expect(p.newlyVisible.count).toBe(3);
    expect(p.newlyVisible.sample.map((r: { id: string }) => r.id).sort()).toEqual([ids.amber, ids.org, ids.lone].sort());
    expect(p.newInNeighbourhoods.sample.map((r: { id: string }) => r.id).sort()).toEqual([ids.amber, ids.org].sort());
    expect(p.screening).toEqual({ newlyScreenable: 2, hitNoticesNow: 0, hitNoticesAfter: 1 });
    expect(JSON.stringify(p)).not.toContain(ids.third);
    // A dry run: nothing written (the agreement and its change log as they were; the global version
    // moves with other test files' seeding), the partner's view unchanged.
    expect(await changes()).toEqual(stateBefore);
    expect(await partnerSees()).toEqual(before);

    const applied = await server.as(O, 'ADMIN').query(`mutation($input: AgreementInput!) { setAgreement(input: $input) { upTo } }`, { input });
    expect(applied.errors).toBeUndefined();
    const after = await partnerSees();
    expect(side(p.records, 'after')).toEqual(after.records);
    expect(side(p.links, 'after')).toEqual(after.links);
    expect(after.records.reduce((s, g) => s + g.n, 0) - before.records.reduce((s, g) => s + g.n, 0)).toBe(p.newlyVisible.count);
    const hood = await server.as(P).query(`query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { key } } }`, { id: ids.theirs });
    expect(hood.data!.neighbourhood.nodes.map((n: { key: string }) => n.key)).toContain(ids.amber);
  });

  it('narrowing AMBER -> GREEN previews what the partner stops seeing, and matches after applying', { timeout: 120_000 }, async () => {
    const input = { to: P, upTo: 'GREEN' };
    const p = (await server.as(O, 'ADMIN').query(PREVIEW, { input })).data!.previewAgreement;
    expect(p.newlyVisible.count).toBe(0);
    expect(side(p.records, 'now')).toEqual((await partnerSees()).records);
    await server.as(O, 'ADMIN').query(`mutation($input: AgreementInput!) { setAgreement(input: $input) { upTo } }`, { input });
    const after = await partnerSees();
    expect(side(p.records, 'after')).toEqual(after.records);
    expect(side(p.links, 'after')).toEqual(after.links);
    expect(after.records.some((g) => g.marking === 'AMBER')).toBe(false);
  });

  it('refuses other roles, RED, unknown agencies and a bad sample in plain coded words', async () => {
    const code = async (agency: string, role: 'ADMIN' | 'ANALYST', input: object, sample = 5) =>
      (await server.as(agency, role).query(`query($input: AgreementInput!, $s: Int) { previewAgreement(input: $input, sample: $s) { to { code } } }`, { input, s: sample })).errors?.[0]?.extensions?.code;
    expect(await code(O, 'ANALYST', { to: P, upTo: 'AMBER' })).toBe('FORBIDDEN');
    expect(await code(O, 'ADMIN', { to: P, upTo: 'RED' })).toBe('BAD_USER_INPUT');
    expect(await code(O, 'ADMIN', { to: 'NO-SUCHAGENCY', upTo: 'GREEN' })).toBe('BAD_USER_INPUT');
    expect(await code(O, 'ADMIN', { to: P, upTo: 'GREEN' }, 1000)).toBe('BAD_USER_INPUT');
  });
});
