// Driver values to plain JS (src/graph/convert.ts), on what a real Neo4j sends: every type the graph
// stores, nested in maps and lists, and maps whose keys look like the driver's own type markers.
import { afterAll, expect, it } from 'vitest';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';

const executor = testExecutor();
afterAll(async () => {
  await closeTestDriver();
});

it('converts every stored type, at any depth of maps and lists', async () => {
  const [row] = await executor.trustedRead(
    `RETURN 42 AS int, 9007199254740993 AS big, 1.5 AS float, 'x' AS text, true AS flag, null AS nothing,
       datetime('2015-03-01T10:20:30.123Z') AS at, localdatetime('2015-03-01T10:20:30') AS local, date('2015-03-01') AS day,
       duration('P1DT2H') AS span, point({x: 1.5, y: 2.5}) AS place,
       {n: 7, inner: {at: datetime('2014-01-01T00:00:00Z'), list: [1, {deep: 2}]}} AS map,
       [{a: 1}, [2, {b: date('2014-02-03')}]] AS list`,
    {},
  );
  expect(row).toEqual({
    int: 42,
    big: '9007199254740993',
    float: 1.5,
    text: 'x',
    flag: true,
    nothing: null,
    at: new Date('2015-03-01T10:20:30.123Z'),
    local: new Date('2015-03-01T10:20:30Z'),
    day: '2015-03-01',
    span: 'P1DT2H',
    place: { x: 1.5, y: 2.5 },
    map: { n: 7, inner: { at: new Date('2014-01-01T00:00:00Z'), list: [1, { deep: 2 }] } },
    list: [{ a: 1 }, [2, { b: '2014-02-03' }]],
  });
  expect(Object.getPrototypeOf(row!.map)).toBe(Object.prototype);
});

it('a node and a relationship become labels or type with plain properties, inside a map too', async () => {
  await executor.trustedWrite('MATCH (p:ConvertProbe) DETACH DELETE p'); // a run stopped half-way left its probes
  await executor.trustedWrite(`CREATE (:ConvertProbe {id: 'cp-a', n: 3})-[:PROBED {since: date('2014-05-06')}]->(:ConvertProbe {id: 'cp-b'})`);
  const [got] = await executor.trustedRead(`MATCH (a:ConvertProbe {id: 'cp-a'})-[r:PROBED]->() RETURN a, r, {node: a, links: [r]} AS wrapped`);
  await executor.trustedWrite(`MATCH (p:ConvertProbe) DETACH DELETE p`);
  expect(got).toEqual({
    a: { labels: ['ConvertProbe'], properties: { id: 'cp-a', n: 3 } },
    r: { type: 'PROBED', properties: { since: '2014-05-06' } },
    wrapped: { node: { labels: ['ConvertProbe'], properties: { id: 'cp-a', n: 3 } }, links: [{ type: 'PROBED', properties: { since: '2014-05-06' } }] },
  });
});

it("a map whose keys are the driver's type markers, or __proto__, stays a map of those keys", async () => {
  const [row] = await executor.trustedRead(
    'RETURN {__isNode__: true, labels: 5, properties: 6} AS fake, {__isDateTime__: true, year: 1} AS when, {`__proto__`: {polluted: true}} AS proto',
    {},
  );
  expect(row!.fake).toEqual({ __isNode__: true, labels: 5, properties: 6 });
  expect(row!.when).toEqual({ __isDateTime__: true, year: 1 });
  const proto = row!.proto as Record<string, unknown>;
  expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  expect(Object.keys(proto)).toEqual(['__proto__']);
  expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).toEqual({ polluted: true });
  expect((proto as { polluted?: unknown }).polluted).toBeUndefined();
});
