// Lookups, typed lookups, related connections and cursors against the real graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const me = agencyCode('nl');
const p = gid(me, 'per');
const passport = gid(me, 'doc');
const org = gid(me, 'org');
const list = gid(me, 'wl');
const ist = gid(me, 'loc');
const tr = gid(me, 'loc');
const legs = [gid(me, 'trv'), gid(me, 'trv'), gid(me, 'trv')];
const associates = Array.from({ length: 7 }, () => gid(me, 'per'));
const name = `${word()} ${word()}`;

beforeAll(async () => {
  await writeWorld(server.executor, [me], [], [
    node('Person', p, me, 'AMBER', { name, aliases: ['Abu Test'], birthDate: '1994-05-01', gender: 'male', nationalities: ['BE', 'MA'] }),
    node('Document', passport, me, 'GREEN', { number: 'EN 123-456', kind: 'PASSPORT', issuingCountry: 'BE', expiresOn: '2020-01-31' }),
    node('Organisation', org, me, 'GREEN', { name: `${word()} Relief`, kind: 'CHARITY', country: 'BE' }),
    node('Watchlist', list, me, 'GREEN', { name: 'No-entry (test)', kind: 'NO_ENTRY' }),
    node('Location', ist, me, 'CLEAR', { name: 'Istanbul Airport', kind: 'AIRPORT', countryCode: 'TR', iata: 'IST', latitude: 41.2753, longitude: 28.7519 }),
    node('Location', tr, me, 'CLEAR', { name: 'Turkey', kind: 'COUNTRY', countryCode: 'TR' }),
    ...legs.map((id, i) => node('Travel', id, me, 'GREEN', { mode: 'AIR', departedAt: `2015-0${3 - i}-01T08:00:00Z`, carrier: 'Test Air', flightNumber: `TA10${i}` })),
    ...associates.map((id) => node('Person', id, me, 'GREEN', { name: `${word()} ${word()}` })),
    rel('HOLDS', uid('rel'), p, passport, me, 'GREEN'),
    rel('MEMBER_OF', uid('rel'), p, org, me, 'GREEN', { role: 'fundraiser', since: '2013-02-01' }),
    rel('LISTED_ON', uid('rel'), p, list, me, 'GREEN', { added: '2015-04-01', reason: 'deported' }),
    rel('LOCATED_IN', uid('rel'), ist, tr, me, 'CLEAR'),
    ...legs.flatMap((id) => [rel('MADE', uid('rel'), p, id, me, 'GREEN'), rel('TO', uid('rel'), id, ist, me, 'GREEN'), rel('USED', uid('rel'), id, passport, me, 'GREEN')]),
    ...associates.map((id) => rel('ASSOCIATE_OF', uid('rel'), id, p, me, 'GREEN')),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const q = (query: string, variables?: Record<string, unknown>) => server.as(me).query(query, variables);

describe('lookups', () => {
  it('node resolves the concrete type with fields and provenance', async () => {
    const res = await q(
      `query($id: ID!) { node(id: $id) { id type label provenance { source marking reportedAt ageDays confidence sourceRef sourceAgency { code } }
         ... on Person { name aliases birthDate gender nationalities } } }`,
      { id: p },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.node).toMatchObject({
      id: p,
      type: 'Person',
      label: name,
      name,
      aliases: ['Abu Test'],
      birthDate: '1994-05-01',
      gender: 'male',
      nationalities: ['BE', 'MA'],
      provenance: { source: me, marking: 'AMBER', reportedAt: '2015-06-01T00:00:00.000Z', confidence: 0.8, sourceRef: `${me}-REF`, sourceAgency: { code: me } },
    });
    expect(res.data?.node.provenance.ageDays).toBeGreaterThan(3000);
  });

  it('nodes keeps order and length, null for the unknown', async () => {
    const res = await q(`query($ids: [ID!]!) { nodes(ids: $ids) { id type } }`, { ids: [org, 'nope-404', p] });
    expect(res.data?.nodes).toEqual([{ id: org, type: 'Organisation' }, null, { id: p, type: 'Person' }]);
  });

  it('typed lookups return null for a record of another type', async () => {
    const res = await q(`query($p: ID!, $d: ID!) { a: person(id: $p) { id } b: document(id: $p) { id } c: document(id: $d) { number kind issuingCountry expiresOn } }`, {
      p,
      d: passport,
    });
    expect(res.data).toEqual({ a: { id: p }, b: null, c: { number: 'EN 123-456', kind: 'PASSPORT', issuingCountry: 'BE', expiresOn: '2020-01-31' } });
  });

  it('locations carry coordinates and their hierarchy', async () => {
    const res = await q(`query($id: ID!) { location(id: $id) { label iata latitude longitude within { edges { node { name kind } } } } }`, { id: ist });
    expect(res.data?.location).toEqual({
      label: 'Istanbul Airport (IST)',
      iata: 'IST',
      latitude: 41.2753,
      longitude: 28.7519,
      within: { edges: [{ node: { name: 'Turkey', kind: 'COUNTRY' } }] },
    });
  });
});

describe('related connections', () => {
  it('carry the relationship and its properties', async () => {
    const res = await q(
      `query($id: ID!) { person(id: $id) {
         memberships { totalCount edges { node { id kind } link { type properties provenance { marking } } } }
         watchlistEntries { edges { node { name kind } link { properties } } }
         documents { edges { node { number } } } } }`,
      { id: p },
    );
    expect(res.errors).toBeUndefined();
    const person = res.data?.person;
    expect(person.memberships.totalCount).toBe(1);
    expect(person.memberships.edges[0]).toMatchObject({
      node: { id: org, kind: 'CHARITY' },
      link: { type: 'MEMBER_OF', properties: { role: 'fundraiser', since: '2013-02-01' }, provenance: { marking: 'GREEN' } },
    });
    expect(person.watchlistEntries.edges[0]).toMatchObject({ node: { kind: 'NO_ENTRY' }, link: { properties: { reason: 'deported', added: '2015-04-01' } } });
    expect(person.documents.edges).toEqual([{ node: { number: 'EN 123-456' } }]);
  });

  it('travel legs come earliest first and resolve their ends', async () => {
    const res = await q(`query($id: ID!) { person(id: $id) { travels { edges { node { id flightNumber to { iata } documentUsed { id } traveller { id } } } } } }`, { id: p });
    const edges = res.data?.person.travels.edges;
    expect(edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([...legs].reverse());
    expect(edges[0].node).toMatchObject({ to: { iata: 'IST' }, documentUsed: { id: passport }, traveller: { id: p } });
  });

  it('pages through with cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof q>> = await q(
        `query($id: ID!, $after: String) { person(id: $id) { associates(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } } }`,
        { id: p, after },
      );
      const c = res.data?.person.associates;
      expect(c.totalCount).toBe(7);
      expect(c.pageInfo.hasPreviousPage).toBe(pages > 0);
      expect(c.pageInfo.startCursor).toBe(c.edges[0].cursor);
      seen.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
      pages += 1;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...associates].sort());
  });

  it('first: 0 gives only the count', async () => {
    const res = await q(`query($id: ID!) { person(id: $id) { associates(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } } }`, { id: p });
    expect(res.data?.person.associates).toEqual({ totalCount: 7, edges: [], pageInfo: { hasNextPage: true } });
  });
});
