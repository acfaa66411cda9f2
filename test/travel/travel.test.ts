// Travel and time: journeys at the gap boundary, route patterns, co-travellers, asOf, staleness, timelines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphRecord, Marking } from '../../src/model/graphModel.js';
import { chainJourneys } from '../../src/travel/journeys.js';
import type { LegModel } from '../../src/travel/models.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const me = agencyCode('trv');
const other = agencyCode('oth');
const L = { tr: gid(me, 'loc'), ist: gid(me, 'loc'), istCity: gid(me, 'loc'), saw: gid(me, 'loc'), gzt: gid(me, 'loc'), gazCity: gid(me, 'loc'), crossing: gid(me, 'loc'), bru: gid(me, 'loc') };
const P = { t1: gid(me, 'per'), t2: gid(me, 'per'), t3: gid(me, 'per'), t4: gid(me, 'per'), t5: gid(me, 'per'), t6: gid(me, 'per'), t8: gid(me, 'per'), t9: gid(me, 'per'), recruiter: gid(me, 'per') };
const records: GraphRecord[] = [];
const legIds: Record<string, string[]> = {};

function leg(person: string, from: string, to: string, departed: string, arrived: string, opts: { mode?: 'AIR' | 'LAND'; flight?: string; marking?: Marking; source?: string; reportedAt?: string } = {}) {
  const source = opts.source ?? me;
  const id = gid(source, 'trv');
  const travel = node('Travel', id, source, opts.marking ?? 'GREEN', { mode: opts.mode ?? 'AIR', departedAt: departed, arrivedAt: arrived, ...(opts.flight ? { flightNumber: opts.flight } : {}) });
  records.push(opts.reportedAt ? { ...travel, reportedAt: opts.reportedAt } : travel);
  records.push(rel('MADE', uid('rel'), person, id, source, opts.marking ?? 'GREEN'), rel('FROM', uid('rel'), id, from, source, 'GREEN'), rel('TO', uid('rel'), id, to, source, 'GREEN'));
  (legIds[person] ??= []).push(id);
}

beforeAll(async () => {
  const place = (id: string, name: string, kind: 'COUNTRY' | 'CITY' | 'AIRPORT' | 'BORDER_CROSSING', cc: string) => node('Location', id, me, 'CLEAR', { name, kind, countryCode: cc });
  records.push(
    place(L.tr, 'Turkey', 'COUNTRY', 'TR'), place(L.istCity, 'Istanbul', 'CITY', 'TR'), place(L.ist, 'Istanbul Airport', 'AIRPORT', 'TR'),
    place(L.saw, 'Sabiha Gokcen', 'AIRPORT', 'TR'), place(L.gazCity, 'Gaziantep', 'CITY', 'TR'), place(L.gzt, 'Gaziantep Airport', 'AIRPORT', 'TR'),
    place(L.crossing, 'Oncupinar', 'BORDER_CROSSING', 'TR'), place(L.bru, 'Brussels Airport', 'AIRPORT', 'BE'),
    rel('LOCATED_IN', uid('rel'), L.ist, L.istCity, me, 'CLEAR'), rel('LOCATED_IN', uid('rel'), L.saw, L.istCity, me, 'CLEAR'),
    rel('LOCATED_IN', uid('rel'), L.istCity, L.tr, me, 'CLEAR'), rel('LOCATED_IN', uid('rel'), L.gzt, L.gazCity, me, 'CLEAR'),
    rel('LOCATED_IN', uid('rel'), L.gazCity, L.tr, me, 'CLEAR'), rel('LOCATED_IN', uid('rel'), L.crossing, L.tr, me, 'CLEAR'),
    ...Object.values(P).map((id) => node('Person', id, me, 'GREEN', { name: id })),
    rel('RECRUITED', uid('rel'), P.recruiter, P.t1, me, 'GREEN'),
  );
  // t1, t2: Brussels -> IST, then overland from the city to Gaziantep, then to the border: the planted pattern.
  for (const [p, day] of [[P.t1, '03'], [P.t2, '04']] as const) {
    leg(p, L.bru, L.ist, `2015-${day}-01T10:00:00Z`, `2015-${day}-01T14:00:00Z`, { flight: `TK19${day}` });
    leg(p, L.istCity, L.gazCity, `2015-${day}-03T20:00:00Z`, `2015-${day}-04T08:00:00Z`, { mode: 'LAND' });
    leg(p, L.gazCity, L.crossing, `2015-${day}-05T06:00:00Z`, `2015-${day}-05T09:00:00Z`, { mode: 'LAND' });
  }
  leg(P.t3, L.bru, L.saw, '2015-05-01T10:00:00Z', '2015-05-01T14:00:00Z'); // then 20 days later: no longer one journey
  leg(P.t3, L.saw, L.gzt, '2015-05-21T10:00:00Z', '2015-05-21T11:30:00Z');
  leg(P.t4, L.bru, L.ist, '2013-02-01T10:00:00Z', '2013-02-01T14:00:00Z'); // outside 2014-2015
  leg(P.t4, L.istCity, L.gazCity, '2013-02-02T10:00:00Z', '2013-02-02T20:00:00Z', { mode: 'LAND' });
  leg(P.t5, L.bru, L.ist, '2015-07-01T10:00:00Z', '2015-07-01T14:00:00Z');
  leg(P.t5, L.istCity, L.gazCity, '2015-07-02T10:00:00Z', '2015-07-02T20:00:00Z', { mode: 'LAND', source: other, marking: 'RED' }); // hidden from `me`
  // t6 reached Istanbul in the window, but the journey that went on to Gaziantep began after it.
  leg(P.t6, L.bru, L.ist, '2015-12-30T10:00:00Z', '2015-12-30T14:00:00Z');
  leg(P.t6, L.bru, L.ist, '2016-01-05T10:00:00Z', '2016-01-05T14:00:00Z');
  leg(P.t6, L.istCity, L.gazCity, '2016-01-06T10:00:00Z', '2016-01-06T20:00:00Z', { mode: 'LAND' });
  // Co-travellers of t1: t8 on the flight and on the bus; t9 on the flight only.
  leg(P.t8, L.bru, L.ist, '2015-03-01T10:05:00Z', '2015-03-01T14:00:00Z', { flight: 'TK1903' });
  leg(P.t8, L.istCity, L.gazCity, '2015-03-03T22:00:00Z', '2015-03-04T09:00:00Z', { mode: 'LAND' });
  leg(P.t9, L.bru, L.ist, '2015-03-01T10:00:00Z', '2015-03-01T14:00:00Z', { flight: 'TK1903', reportedAt: '2016-02-01T00:00:00Z' });
  await writeWorld(server.executor, [me, other], [{ from: me, to: other, upTo: 'GREEN', hitNotification: false }], records);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const q = (query: string, variables?: Record<string, unknown>, agency = me) => server.as(agency).query(query, variables);

describe('journeys', () => {
  const at = (iso: string) => new Date(iso);
  const place = (id: string) => ({ id }) as LegModel['from'];
  const l = (from: string, to: string, dep: string, arr: string): LegModel => ({ travel: { id: `${from}-${to}` } as LegModel['travel'], from: place(from), to: place(to), departedAt: at(dep), arrivedAt: at(arr) });
  it('chains legs just inside the gap and splits just outside it', () => {
    const a = l('BRU', 'IST', '2015-01-01T08:00:00Z', '2015-01-01T12:00:00Z');
    expect(chainJourneys([a, l('IST', 'GZT', '2015-01-04T12:00:00Z', '2015-01-04T14:00:00Z')], 72)).toHaveLength(1);
    expect(chainJourneys([a, l('IST', 'GZT', '2015-01-04T12:01:00Z', '2015-01-04T14:00:00Z')], 72)).toHaveLength(2);
    expect(chainJourneys([a, l('SAW', 'GZT', '2015-01-02T12:00:00Z', '2015-01-02T14:00:00Z')], 72)).toHaveLength(2);
    expect(chainJourneys([a, l('SAW', 'GZT', '2015-01-02T12:00:00Z', '2015-01-02T14:00:00Z')], 72, (id) => (id === 'SAW' ? 'IST' : id))).toHaveLength(1);
  });

  it('Person.journeys chains through the airport-city equivalence', async () => {
    const res = await q(`query($id: ID!) { person(id: $id) { journeys { legs { id } route { name } } } }`, { id: P.t1 });
    expect(res.data?.person.journeys).toHaveLength(1);
    expect(res.data?.person.journeys[0].route.map((r: { name: string }) => r.name)).toEqual(['Brussels Airport', 'Istanbul Airport', 'Gaziantep', 'Oncupinar']);
  });
});

describe('travelRoutes', () => {
  const query = `query($through: [ID!], $to: [ID!], $asOf: DateTime) { travelRoutes(through: $through, to: $to, withinDays: 14,
    between: { from: "2014-01-01T00:00:00Z", to: "2015-12-31T23:59:59Z" }, asOf: $asOf) {
    totalCount edges { node { travellerCount linkedToRecruiter route { name } travellers { person { id } nearRecruiter } } } } }`;

  it('"entered through Istanbul, reached Gaziantep within 14 days, 2014-2015" finds exactly the planted travellers', async () => {
    const res = await q(query, { through: [L.istCity], to: [L.gazCity] });
    expect(res.errors).toBeUndefined();
    const ids = res.data?.travelRoutes.edges.flatMap((e: { node: { travellers: Array<{ person: { id: string } }> } }) => e.node.travellers.map((t) => t.person.id));
    expect(new Set(ids)).toEqual(new Set([P.t1, P.t2, P.t8]));
    const top = res.data?.travelRoutes.edges[0].node;
    expect(top.route.map((r: { name: string }) => r.name)).toEqual(['Brussels Airport', 'Istanbul Airport', 'Gaziantep', 'Oncupinar']);
    expect(top.travellerCount).toBe(2);
    expect(top.linkedToRecruiter).toBe(1); // t1 was recruited (one hop from a recruiter); t2 has no known links
    expect(top.travellers.find((t: { person: { id: string } }) => t.person.id === P.t1).nearRecruiter).toBe(true);
  });

  it('"through Turkey" matches through the LOCATED_IN hierarchy', async () => {
    const res = await q(query, { through: [L.tr], to: [L.gazCity] });
    expect(res.data?.travelRoutes.totalCount).toBeGreaterThanOrEqual(2);
  });

  it("a traveller's journey comes with its legs in order, read by id for the travellers shown", async () => {
    const res = await q(`query($through: [ID!], $to: [ID!]) { travelRoutes(through: $through, to: $to, withinDays: 14,
      between: { from: "2014-01-01T00:00:00Z", to: "2015-12-31T23:59:59Z" }) {
      edges { node { travellers { person { id name } journey { legs { id } route { id } } } } } } }`, { through: [L.istCity], to: [L.gazCity] });
    expect(res.errors).toBeUndefined();
    const travellers = res.data?.travelRoutes.edges.flatMap((e: { node: { travellers: unknown[] } }) => e.node.travellers) as Array<{ person: { id: string; name: string }; journey: { legs: Array<{ id: string }>; route: Array<{ id: string }> } }>;
    const t1 = travellers.find((t) => t.person.id === P.t1)!;
    expect(t1.person.name).toBe(P.t1);
    expect(t1.journey.legs.map((l) => l.id)).toEqual(legIds[P.t1]);
    expect(t1.journey.route.map((r) => r.id)).toEqual([L.bru, L.ist, L.gazCity, L.crossing]);
  });

  it('reads travellers\' records and near-recruiter flags only when a selected field shows them, once for the whole page', async () => {
    const vars = { through: [L.istCity], to: [L.gazCity] };
    const counts = await q(`query($through: [ID!], $to: [ID!]) { travelRoutes(through: $through, to: $to, withinDays: 14,
      between: { from: "2014-01-01T00:00:00Z", to: "2015-12-31T23:59:59Z" }) { totalCount edges { node { travellerCount route { id } } } } }`, vars);
    const full = await q(query, vars);
    expect(counts.errors).toBeUndefined();
    expect(full.errors).toBeUndefined();
    expect(counts.data?.travelRoutes.totalCount).toBe(full.data?.travelRoutes.totalCount);
    // The places, their cities and the candidates with their legs; then one batch of records and one of flags.
    const statements = (r: typeof full) => r.stats.queries - r.stats.aclRetries;
    expect(statements(full)).toBe(statements(counts) + 2);
  });

  it('a hidden leg breaks the journey for the viewer who cannot see it', async () => {
    const mine = await q(query, { through: [L.istCity], to: [L.gazCity] });
    expect(JSON.stringify(mine.data)).not.toContain(P.t5);
    const theirs = await q(query, { through: [L.istCity], to: [L.gazCity] }, other);
    expect(JSON.stringify(theirs.data)).toContain(P.t5);
  });
});

describe('coTravellers, asOf, staleness and timelines', () => {
  const co = `query($id: ID!, $asOf: DateTime) { coTravellers(personId: $id, asOf: $asOf) { totalCount edges { node { person { id } times trips { kind } } } } }`;

  it('ranks people on the same flight and crossing by how often', async () => {
    const res = await q(co, { id: P.t1 });
    expect(res.data?.coTravellers.edges.map((e: { node: { person: { id: string }; times: number } }) => [e.node.person.id, e.node.times])).toEqual([
      [P.t8, 2],
      [P.t9, 1],
    ]);
  });

  it('asOf hides facts reported later', async () => {
    const res = await q(co, { id: P.t1, asOf: '2016-01-01T00:00:00Z' });
    expect(res.data?.coTravellers.edges.map((e: { node: { person: { id: string } } }) => e.node.person.id)).toEqual([P.t8]);
    const early = await q(`query($id: ID!) { person(id: $id, asOf: "2015-01-01T00:00:00Z") { id } }`, { id: P.t1 });
    expect(early.data?.person).toBeNull(); // the person was reported on 2015-06-01
  });

  it('stale flips at the threshold', async () => {
    const fresh = agencyCode('stl');
    const id = gid(fresh, 'per');
    const reportedAt = new Date(Date.now() - 10 * 86_400_000 - 3_600_000).toISOString(); // 10 days and an hour ago
    await writeWorld(server.executor, [fresh], [], [{ ...node('Person', id, fresh, 'GREEN', { name: 'Stale Test' }), reportedAt }]);
    const ask = (days: string) => testServer({ SKEIN_STALE_AFTER_DAYS: days }).as(fresh).query(`query($id: ID!) { person(id: $id) { provenance { ageDays stale } } } `, { id });
    expect((await ask('10')).data?.person.provenance).toEqual({ ageDays: 10, stale: false });
    expect((await ask('9')).data?.person.provenance).toEqual({ ageDays: 10, stale: true });
    const list = await testServer({ SKEIN_STALE_AFTER_DAYS: '9' }).as(fresh).query(`{ people(staleOnly: true) { totalCount } }`);
    expect(list.data?.people.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('lists and search filter records on their validity window', async () => {
    const agency = agencyCode('val');
    const word = `Valwin${Date.now().toString(36).replace(/[0-9]/g, 'x')}`;
    const [early, late] = [gid(agency, 'per'), gid(agency, 'per')];
    await writeWorld(server.executor, [agency], [], [
      { ...node('Person', early, agency, 'GREEN', { name: `${word} Early` }), validFrom: '2012-01-01T00:00:00Z', validTo: '2013-12-31T00:00:00Z' },
      { ...node('Person', late, agency, 'GREEN', { name: `${word} Late` }), validFrom: '2016-01-01T00:00:00Z' },
    ]);
    const find = async (from: string, to: string) => {
      const res = await server.as(agency).query(`query($t: String!, $b: TimeWindow) { search(text: $t, between: $b) { edges { node { id } } } }`, { t: word, b: { from, to } });
      return res.data?.search.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    expect(await find('2013-06-01T00:00:00Z', '2013-07-01T00:00:00Z')).toEqual([early]);
    expect(await find('2017-01-01T00:00:00Z', '2017-02-01T00:00:00Z')).toEqual([late]);
    expect(await find('2014-06-01T00:00:00Z', '2015-06-01T00:00:00Z')).toEqual([]);
  });

  it('timeline lists the dated facts in order', async () => {
    const res = await q(`query($id: ID!) { timeline(id: $id, first: 100) { totalCount edges { node { at kind record { id } link { type } } } } }`, { id: P.t1 });
    const events = res.data?.timeline.edges.map((e: { node: { at: string } }) => e.node.at);
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect([...events].sort()).toEqual(events);
    const hidden = await q(`query($id: ID!) { timeline(id: $id) { totalCount edges { node { at } } } }`, { id: legIds[P.t5]![1] });
    const missing = await q(`{ timeline(id: "no-such-record") { totalCount edges { node { at } } } }`);
    expect(hidden.data).toEqual(missing.data);
  });
});
