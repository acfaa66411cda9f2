// Agency B never sees agency A's RED records, through any query field in the schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/server.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const A = agencyCode('aa'); // two letters at least: a valid code for previewAgreement(to: A)
const B = agencyCode('bb');
const secret = word(5); // appears only in A's RED records
const ids = { red: gid(A, 'per-red'), redDoc: gid(A, 'doc-red'), redOrg: gid(A, 'org-red'), redList: gid(A, 'wl-red'), redTravel: gid(A, 'trv-red'), redLoc: gid(A, 'loc-red'), redLate: gid(A, 'per-red') };
const openLink = gid(A, 'rel');
const open = { p: gid(A, 'per'), org: gid(A, 'org'), doc: gid(A, 'doc'), list: gid(A, 'wl'), travel: gid(A, 'trv'), loc: gid(A, 'loc') };

beforeAll(async () => {
  const amber = 'AMBER' as const;
  await writeWorld(server.executor, [A, B], [{ from: A, to: B, upTo: 'AMBER_STRICT', hitNotification: true }], [
    node('Person', open.p, A, amber, { name: `Open ${word()}` }),
    node('Organisation', open.org, A, amber, { name: `Open org ${word()}`, kind: 'FRONT' }),
    node('Document', open.doc, A, amber, { number: `OP${Date.now()}`, kind: 'PASSPORT', issuingCountry: 'BE' }),
    node('Watchlist', open.list, A, amber, { name: `Open list ${word()}`, kind: 'NO_ENTRY' }),
    node('Travel', open.travel, A, amber, { mode: 'AIR', departedAt: '2015-01-01T10:00:00Z' }),
    node('Location', open.loc, A, 'CLEAR', { name: `Open town ${word()}`, kind: 'CITY', countryCode: 'TR' }),
    node('Person', ids.red, A, 'RED', { name: `${secret} Redperson`, aliases: [`${secret}alias`] }),
    node('Document', ids.redDoc, A, 'RED', { number: `${secret}99`, kind: 'PASSPORT', issuingCountry: 'BE' }),
    node('Organisation', ids.redOrg, A, 'RED', { name: `${secret} Org`, kind: 'ARMED_GROUP' }),
    node('Watchlist', ids.redList, A, 'RED', { name: `${secret} List`, kind: 'TERROR_LIST' }),
    node('Travel', ids.redTravel, A, 'RED', { mode: 'AIR', departedAt: '2015-01-02T10:00:00Z', flightNumber: secret }),
    node('Location', ids.redLoc, A, 'RED', { name: `${secret} Town`, kind: 'CITY', countryCode: 'SY' }),
    // Every relationship field of the schema, with a RED record at the far end.
    ...['RECRUITED', 'ASSOCIATE_OF', 'FAMILY_OF', 'COMMUNICATED_WITH', 'SAME_AS'].flatMap((t) => [
      rel(t as 'RECRUITED', uid('rel'), open.p, ids.red, A, amber),
      rel(t as 'RECRUITED', uid('rel'), ids.red, open.p, A, amber),
    ]),
    rel('HOLDS', uid('rel'), open.p, ids.redDoc, A, amber),
    rel('HOLDS', uid('rel'), ids.red, open.doc, A, amber),
    rel('MEMBER_OF', uid('rel'), open.p, ids.redOrg, A, amber),
    rel('MEMBER_OF', uid('rel'), ids.red, open.org, A, amber),
    rel('AFFILIATED_WITH', uid('rel'), open.org, ids.redOrg, A, amber),
    rel('LISTED_ON', uid('rel'), open.p, ids.redList, A, amber),
    rel('LISTED_ON', uid('rel'), ids.red, open.list, A, amber),
    rel('LISTED_ON', uid('rel'), ids.redOrg, open.list, A, amber),
    rel('MADE', uid('rel'), open.p, ids.redTravel, A, amber),
    rel('MADE', uid('rel'), ids.red, open.travel, A, amber),
    rel('USED', uid('rel'), open.travel, ids.redDoc, A, amber),
    rel('USED', uid('rel'), ids.redTravel, open.doc, A, amber),
    rel('FROM', uid('rel'), open.travel, ids.redLoc, A, amber),
    rel('TO', uid('rel'), open.travel, ids.redLoc, A, amber),
    rel('LOCATED_IN', uid('rel'), open.loc, ids.redLoc, A, amber),
    rel('LOCATED_IN', uid('rel'), ids.redLoc, open.loc, A, amber),
  ]);
  // B watches A's open person; then A writes through ingest (so through the watches' outbox) a RED
  // person linked to it, and one AMBER link B may see.
  const watch = await server.as(B).query(`mutation($i: WatchInput!) { createWatch(input: $i) { id } }`, { i: { name: 'open', kind: 'NETWORK', seeds: [open.p], depth: 2 } });
  expect(watch.errors).toBeUndefined();
  const prov = { reportedAt: '2015-06-01T00:00:00Z', confidence: 0.8 };
  const late = await server.as(A, 'INGEST').query(`mutation($r: [IngestRecordInput!]!) { ingest(records: $r) { summary { rejected } } }`, { r: [
    { kind: 'node', type: 'Person', id: ids.redLate, marking: 'RED', ...prov, properties: { name: `${secret} Latecomer` } },
    { kind: 'relationship', type: 'ASSOCIATE_OF', id: uid('rel'), from: ids.redLate, to: open.p, marking: amber, ...prov, properties: {} },
    { kind: 'relationship', type: 'MEMBER_OF', id: openLink, from: open.p, to: open.org, marking: amber, ...prov, properties: {} },
  ] });
  expect(late.data?.ingest.summary.rejected).toBe(0);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const conn = 'totalCount edges { node { id } link { id } }';
const everything = Object.values(ids);

/** One probe per root field; each tries to reach a RED record directly or through a relationship. */
const PROBES: Record<string, { query: string; variables?: Record<string, unknown>; role?: 'ADMIN' }> = {
  viewer: { query: `{ viewer { role agency { code } sharedWithMe { from { code } upTo } sharedByMe { upTo } } }` },
  node: { query: `query($id: ID!) { node(id: $id) { id label } }`, variables: { id: ids.red } },
  nodes: { query: `query($ids: [ID!]!) { nodes(ids: $ids) { id label } }`, variables: { ids: everything } },
  person: {
    query: `query($id: ID!, $red: ID!) { red: person(id: $red) { id } p: person(id: $id) { documents { ${conn} } identifiers { ${conn} } memberships { ${conn} }
      recruitedBy { ${conn} } recruits { ${conn} } associates { ${conn} } family { ${conn} } contacts { ${conn} } travels { ${conn} }
      watchlistEntries { ${conn} } sameAs { ${conn} } } }`,
    variables: { id: open.p, red: ids.red },
  },
  organisation: {
    query: `query($id: ID!, $red: ID!) { red: organisation(id: $red) { id } o: organisation(id: $id) { members { ${conn} } affiliates { ${conn} } watchlistEntries { ${conn} } } }`,
    variables: { id: open.org, red: ids.redOrg },
  },
  location: {
    query: `query($id: ID!, $red: ID!) { red: location(id: $red) { id } l: location(id: $id) { within { ${conn} } contains { ${conn} } } }`,
    variables: { id: open.loc, red: ids.redLoc },
  },
  document: {
    query: `query($id: ID!, $red: ID!) { red: document(id: $red) { id } d: document(id: $id) { holders { ${conn} } usedOn { ${conn} } } }`,
    variables: { id: open.doc, red: ids.redDoc },
  },
  identifier: { query: `query($id: ID!) { identifier(id: $id) { id } }`, variables: { id: ids.red } },
  travel: {
    query: `query($id: ID!, $red: ID!) { red: travel(id: $red) { id } t: travel(id: $id) { traveller { id } from { id } to { id } documentUsed { id } } }`,
    variables: { id: open.travel, red: ids.redTravel },
  },
  watchlist: {
    query: `query($id: ID!, $red: ID!) { red: watchlist(id: $red) { id } w: watchlist(id: $id) { entries(first: 100) { ${conn} } } }`,
    variables: { id: open.list, red: ids.redList },
  },
  people: { query: `{ people(first: 100) { totalCount edges { node { id name } } } }` },
  organisations: { query: `{ organisations(first: 100) { totalCount edges { node { id name } } } }` },
  watchlists: { query: `{ watchlists(first: 100) { totalCount edges { node { id name } } } }` },
  agencies: { query: `{ agencies { code name } }` },
  agency: { query: `query($c: String!) { agency(code: $c) { code name } }`, variables: { c: A } },
  search: { query: `query($t: String!) { search(text: $t, first: 100) { totalCount edges { node { id label } } } }`, variables: { t: secret } },
  neighbourhood: {
    query: `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 3, resolveIdentities: true) { nodes { key label members } edges { key source target } truncated cappedNodes } }`,
    variables: { ids: [open.p, open.org, open.travel, open.loc, ids.red] },
  },
  paths: {
    query: `query($a: ID!, $b: ID!) { all: paths(from: $a, to: $b, maxHops: 6) { nodes { key } } k: paths(from: $a, to: $b, mode: K_SHORTEST) { nodes { key } } }`,
    variables: { a: open.p, b: open.org },
  },
  network: {
    query: `query($ids: [ID!]!) { network(seeds: $ids, depth: 3, resolveIdentities: true) { subgraph { nodes { key members } } metrics { node { key } degree } communities { members } components { members } brokers { node { key } } recruiters { node { key } } } }`,
    variables: { ids: [open.p, open.org, open.travel, open.loc] },
  },
  travelRoutes: {
    query: `query($l: [ID!]) { a: travelRoutes(through: $l) { totalCount edges { node { route { id } travellers { person { id } journey { legs { id } } } } } }
      b: travelRoutes(to: $l) { totalCount edges { node { route { id } } } } }`,
    variables: { l: [open.loc, ids.redLoc] },
  },
  coTravellers: {
    query: `query($id: ID!) { coTravellers(personId: $id) { totalCount edges { node { person { id } trips { mine { id } theirs { id } } } } } }`,
    variables: { id: open.p },
  },
  timeline: {
    query: `query($a: ID!, $b: ID!) { a: timeline(id: $a, first: 100) { totalCount edges { node { record { id } link { id } } } }
      b: timeline(id: $b) { totalCount } }`,
    variables: { a: open.p, b: ids.red },
  },
  recruiters: { query: `{ recruiters(first: 100, resolveIdentities: true) { totalCount edges { node { person { id } members reach } } } }` },
  watches: { query: `{ watches { id name coverage seeds } }` },
  alerts: { query: `{ alerts(first: 500) { alerts { change recordIds records { id label } } } }` },
  screen: {
    // A shares with hit notification, but RED is never announced, not even as a hit.
    query: `query($t: [TravellerInput!]!) { screen(travellers: $t, threshold: 0.5, maxHops: 4) { matchedRows hitRows rows { truncated hits { agency { code } reference }
      candidates { person { id name } reasons { detail } watchlists { id } network { nearestRecruiter { id } nearestWatchlisted { id } } } } } }`,
    variables: { t: [{ name: `${secret} Redperson` }, { name: `${secret}alias` }, { name: 'Nobody', documentNumber: `${secret}99` }, { name: open.p }] },
  },
  identityMatches: {
    query: `query($a: ID!, $b: ID!) { a: identityMatches(personId: $a, threshold: 0.5) { person { id } reasons { detail } } b: identityMatches(personId: $b) { person { id } } }`,
    variables: { a: open.p, b: ids.red },
  },
  accessRequests: { query: `{ accessRequests(status: null, first: 200) { requester { code } reference reason release { recordIds } } }` },
  myAccessRequests: { query: `{ myAccessRequests(first: 200) { holder { code } reference release { recordIds } } }` },
  tombstones: { query: `{ tombstones(first: 200) { id type source reason contentHash } }`, role: 'ADMIN' },
  // Who read A's RED record (A read it): B's ADMIN asks by its id and over all time, and must learn nothing.
  auditReads: {
    query: `query($id: ID!) { one: auditReads(recordId: $id, first: 500) { reads { recordIds operation subject } cursor } all: auditReads(first: 500) { reads { recordIds operation } } }`,
    variables: { id: ids.red },
    role: 'ADMIN',
  },
  auditRefusals: { query: `{ auditRefusals(first: 500) { refusals { operation subject errors } } }`, role: 'ADMIN' },
  reviewDue: { query: `{ reviewDue(first: 100) { totalCount edges { node { id } } } }` },
  retentionChanges: { query: `{ retentionChanges(first: 200) { agency { code } before { reviewPeriodDays } after { reviewPeriodDays } } }`, role: 'ADMIN' },
  agreementChanges: { query: `{ agreementChanges(first: 200) { from { code } to { code } before { upTo } after { upTo } } }`, role: 'ADMIN' },
  // B previews sharing with A: A's records (RED among them) are neighbours B must never be told about.
  previewAgreement: {
    query: `query($a: String!) { previewAgreement(input: { to: $a, upTo: AMBER_STRICT, hitNotification: true }, sample: 100) { records { type marking now after } links { type now after } newlyVisible { sample { id } } newInNeighbourhoods { count sample { id } } screening { newlyScreenable hitNoticesAfter } } }`,
    variables: { a: A },
    role: 'ADMIN',
  },
};

describe(`RED records of agency A, seen by agency B (shared up to AMBER_STRICT)`, () => {
  it('every root query field has a probe', () => {
    const fields = Object.keys(buildSchema(typeDefs).getQueryType()!.getFields()).sort();
    expect(Object.keys(PROBES).sort()).toEqual(fields);
  });

  it.each(Object.entries(PROBES))('%s leaks nothing', async (_field, probe) => {
    const res = await server.as(B, probe.role).query(probe.query, probe.variables);
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res.data);
    for (const id of everything) expect(text).not.toContain(id);
    expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('screening announces no RED record, not even as a hit under a hit-notification agreement', async () => {
    const res = await server.as(B).query(PROBES.screen!.query, PROBES.screen!.variables);
    expect(res.data?.screen).toMatchObject({ hitRows: 0 });
  });

  it('A itself sees them (the probes are not vacuous)', async () => {
    const res = await server.as(A).query(PROBES.person!.query, PROBES.person!.variables);
    const text = JSON.stringify(res.data);
    expect(text).toContain(ids.red);
    expect(text).toContain(ids.redDoc);
    const feed = await server.as(B).query(PROBES.alerts!.query);
    expect(JSON.stringify(feed.data)).toContain(openLink);
    const search = await server.as(A).query(PROBES.search!.query, PROBES.search!.variables);
    expect(search.data?.search.totalCount).toBeGreaterThanOrEqual(5);
    // A's ADMIN finds the read of its RED record that A just made: the audit probe can see, for its owner.
    const audit = await server.as(A, 'ADMIN').query(PROBES.auditReads!.query, PROBES.auditReads!.variables);
    expect(JSON.stringify(audit.data?.one)).toContain(ids.red);
  });
});
