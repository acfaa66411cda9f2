// `between` on a related connection: the links whose validity overlaps the window, whichever way the
// connection is read — in the record's own compiled statement (counted or not, records/prefetch.ts), or by
// the loaders — and whichever bounds the window has. The compiled statement tests only the bounds its
// plan has, so one operation sent again with other variable values must get a statement of its own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import type { GraphRecord } from '../../src/model/graphModel.js';

const server = testServer();
const me = agencyCode('win');
const other = agencyCode('wio');
const person = gid(me, 'per');

interface Link {
  to: string;
  validFrom: string | null;
  validTo: string | null;
  visible: boolean;
}
const links: Link[] = [];

beforeAll(async () => {
  const records: GraphRecord[] = [node('Person', person, me, 'GREEN', { name: 'Windowed' })];
  const spans: Array<[string | null, string | null, boolean]> = [
    [null, null, true],
    ['2010-01-01T00:00:00Z', '2012-01-01T00:00:00Z', true],
    ['2014-01-01T00:00:00Z', null, true],
    [null, '2013-01-01T00:00:00Z', true],
    ['2016-01-01T00:00:00Z', '2018-01-01T00:00:00Z', true],
    ['2012-06-01T00:00:00Z', '2012-06-01T00:00:00Z', true],
    [null, null, false], // hidden: another agency's RED link and person
    ['2014-01-01T00:00:00Z', null, false],
  ];
  for (const [validFrom, validTo, visible] of spans) {
    const source = visible ? me : other;
    const marking = visible ? 'GREEN' : 'RED';
    const to = gid(source, 'per');
    links.push({ to, validFrom, validTo, visible });
    records.push(node('Person', to, source, marking, { name: `Associate of ${validFrom ?? '-'} to ${validTo ?? '-'}` }));
    records.push({ ...rel('ASSOCIATE_OF', uid('rel'), person, to, source, marking), validFrom, validTo } as GraphRecord);
  }
  await writeWorld(server.executor, [me, other], [], records);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

/** The naive rule: a link shows when visible and its [validFrom, validTo] overlaps [from, to] (a missing end is open). */
function expected(window: { from?: string; to?: string } | null): string[] {
  const ms = (x: string | null | undefined) => (x ? Date.parse(x) : null);
  return links
    .filter((l) => l.visible)
    .filter((l) => {
      const [from, to, lf, lt] = [ms(window?.from), ms(window?.to), ms(l.validFrom), ms(l.validTo)];
      return (from === null || lt === null || lt >= from) && (to === null || lf === null || lf <= to);
    })
    .map((l) => l.to)
    .sort();
}

const WINDOWS: Array<{ from?: string; to?: string } | null> = [
  null,
  { from: '2013-01-01T00:00:00Z' },
  { to: '2012-01-01T00:00:00Z' },
  { from: '2011-01-01T00:00:00Z', to: '2015-01-01T00:00:00Z' },
  { from: '2012-06-01T00:00:00Z', to: '2012-06-01T00:00:00Z' },
  { from: '2019-01-01T00:00:00Z' },
  { from: '2013-01-01T00:00:00Z' }, // again, after the others: the operation's statements are kept per window
  null,
];

const READS = {
  'compiled, counted': `query($id: ID!, $b: TimeWindow) { person(id: $id) { id associates(between: $b) { totalCount edges { node { id } } } } }`,
  'compiled, a page': `query($id: ID!, $b: TimeWindow) { person(id: $id) { id associates(between: $b, first: 3) { edges { node { id } } pageInfo { hasNextPage } } } }`,
  'by the loaders': `query($id: ID!, $b: TimeWindow, $yes: Boolean = true) { person(id: $id) { id associates(between: $b) @include(if: $yes) { totalCount edges { node { id } } } } }`,
};

it.each(Object.entries(READS))('between on a related connection, %s: every window gives the overlapping visible links', async (read, query) => {
  const seen = new Set<number>();
  for (const b of WINDOWS) {
    const res = await server.as(me).query(query, { id: person, b });
    expect(res.errors, JSON.stringify(b)).toBeUndefined();
    const connection = (res.data?.person as { associates: { totalCount?: number; edges: Array<{ node: { id: string } }>; pageInfo?: { hasNextPage: boolean } } }).associates;
    const ids = connection.edges.map((e) => e.node.id);
    const want = expected(b);
    seen.add(want.length);
    if (read === 'compiled, a page') {
      expect(ids, JSON.stringify(b)).toEqual(want.slice(0, 3));
      expect(connection.pageInfo?.hasNextPage, JSON.stringify(b)).toBe(want.length > 3);
    } else {
      expect(ids, JSON.stringify(b)).toEqual(want);
      expect(connection.totalCount, JSON.stringify(b)).toBe(want.length);
    }
  }
  // The windows tell the links apart (a test that cannot fail on a window ignored would prove nothing).
  expect(seen.size).toBeGreaterThanOrEqual(4);
});

it('a related read of an open window tests no validity; a bounded one only its bounds; an unknown one both, at run time', async () => {
  const { relatedItems, RELATIONS } = await import('../../src/records/relations.js');
  const names = { p: 'p', r: 'r', t: 't', all: 'all', from: 'f', to: 'u', limit: 'lim' };
  const open = relatedItems(RELATIONS['Person.associates'], { ...names, bounds: { from: false, to: false } });
  const from = relatedItems(RELATIONS['Person.associates'], { ...names, bounds: { from: true, to: false } });
  const both = relatedItems(RELATIONS['Person.associates'], { ...names, bounds: { from: true, to: true } });
  const unknown = relatedItems(RELATIONS['Person.associates'], names);
  expect(open).not.toMatch(/valid(From|To)/);
  expect(from).toMatch(/r\.validTo >= \$f/);
  expect(from).not.toMatch(/validFrom/);
  expect(both).toMatch(/r\.validTo >= \$f/);
  expect(both).toMatch(/r\.validFrom <= \$u/);
  expect(unknown).toMatch(/\$f IS NULL/);
  expect(unknown).toMatch(/\$u IS NULL/);
});
