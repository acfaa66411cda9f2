// Parallel links: several links of one type between the same two records (two agencies reporting the
// same association, or one agency twice). A related connection lists one edge per visible link, ordered
// by the far end's id and then the link's own id. A read whose answer shows no link leaves the link's id
// out of its sort (records/relations.ts `tieBreak`): its parallel edges show the same record and nothing
// else, so every answer — edges, counts, offset cursors, pages walked one after another — must be the one
// the full order gives. Compared here with a naive oracle over the links written, hidden ones among them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSchema, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import type { GraphRecord, Marking } from '../../src/model/graphModel.js';
import { planEntity } from '../../src/records/plan.js';
import { compile } from '../../src/records/prefetch.js';

const server = testServer();
const me = agencyCode('par');
const other = agencyCode('pao');
const person = gid(me, 'per');
const run = uid('lnk');

interface Link {
  id: string;
  to: string;
  visible: boolean;
}
const links: Link[] = [];

beforeAll(async () => {
  const records: GraphRecord[] = [node('Person', person, me, 'GREEN', { name: 'Hub' })];
  const far = (source: string, marking: Marking) => {
    const id = gid(source, 'per');
    records.push(node('Person', id, source, marking, { name: `Associate ${id}` }));
    return id;
  };
  const [a, b, c] = [far(me, 'GREEN'), far(me, 'GREEN'), far(me, 'AMBER')];
  const hiddenFar = far(other, 'RED');
  // [far end, source of the link, its marking, link key, written from the far end's side]: the keys are
  // written out of order, so the store's order is not the link ids' order.
  const spec: Array<[string, string, Marking, string, boolean]> = [
    [b, me, 'GREEN', 'z', false],
    [a, me, 'GREEN', 'q', false],
    [b, other, 'CLEAR', 'a', true], // another agency's CLEAR link: visible without an agreement
    [c, me, 'GREEN', 'y', true],
    [b, other, 'RED', 'm', false], // hidden link between two visible records
    [b, me, 'AMBER', 'c', false],
    [c, me, 'GREEN', 'b', false],
    [hiddenFar, me, 'GREEN', 'k', false], // visible link to a hidden record
    [a, other, 'CLEAR', 'x', true],
  ];
  for (const [to, source, marking, key, reversed] of spec) {
    const local = `${run}-${key}`;
    links.push({ id: `${source}:${local}`, to, visible: to !== hiddenFar && marking !== 'RED' });
    records.push(reversed ? rel('ASSOCIATE_OF', local, to, person, source, marking) : rel('ASSOCIATE_OF', local, person, to, source, marking));
  }
  await writeWorld(server.executor, [me, other], [], records);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/** The naive order: visible links by far end id, then link id. */
const oracle = () =>
  links
    .filter((l) => l.visible)
    .sort((x, y) => byCodePoint(x.to, y.to) || byCodePoint(x.id, y.id));

/** A link's id as the API shows it: its type, then its stored id (one type here, so the order is the stored ids'). */
const linkId = (l: Link) => `ASSOCIATE_OF:${l.id}`;

interface Edge {
  cursor?: string;
  node: { id: string };
  link?: { id: string };
}
interface Conn {
  totalCount?: number;
  edges: Edge[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

async function associates(query: string, variables: Record<string, unknown>): Promise<Conn> {
  const res = await server.as(me).query(query, { id: person, ...variables });
  expect(res.errors, JSON.stringify(variables)).toBeUndefined();
  return (res.data?.person as { associates: Conn }).associates;
}

it('the oracle world has parallel links, hidden ones among them, and link ids out of the far ends\' order', () => {
  const want = oracle();
  const ends = want.map((l) => l.to);
  expect(new Set(ends).size).toBeLessThan(ends.length); // parallel visible links
  expect(links.length - want.length).toBe(2);
  expect(want.map((l) => l.id)).not.toEqual([...want.map((l) => l.id)].sort(byCodePoint));
});

it('with the link shown, edges come in far-end then link-id order', async () => {
  const conn = await associates(`query($id: ID!) { person(id: $id) { associates(first: 50) { totalCount edges { node { id } link { id } } } } }`, {});
  expect(conn.edges.map((e) => [e.node.id, e.link!.id])).toEqual(oracle().map((l) => [l.to, linkId(l)]));
  expect(conn.totalCount).toBe(oracle().length);
});

const NODES_ONLY = {
  'a page nobody counts': `query($id: ID!, $k: Int, $after: String) { person(id: $id) { associates(first: $k, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
  'a counted page': `query($id: ID!, $k: Int, $after: String) { person(id: $id) { associates(first: $k, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
};

it.each(Object.entries(NODES_ONLY))('without the link, %s: every page size walks the same records, each as often as it has visible links', async (_name, query) => {
  const want = oracle().map((l) => l.to);
  for (let k = 1; k <= want.length + 1; k++) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let turn = 0; turn <= want.length; turn++) {
      const conn: Conn = await associates(query, { k, after });
      seen.push(...conn.edges.map((e) => e.node.id));
      if (conn.totalCount !== undefined) expect(conn.totalCount).toBe(want.length);
      expect(conn.pageInfo!.hasNextPage, `k=${k} turn=${turn}`).toBe(seen.length < want.length);
      if (!conn.pageInfo!.hasNextPage) break;
      after = conn.pageInfo!.endCursor;
    }
    expect(seen, `k=${k}`).toEqual(want);
  }
});

it('a page without links and the next one with them join up as the full order', async () => {
  const want = oracle();
  const first = await associates(NODES_ONLY['a page nobody counts'], { k: 3, after: null });
  const rest = await associates(`query($id: ID!, $after: String) { person(id: $id) { associates(first: 50, after: $after) { edges { node { id } link { id } } } } }`, { after: first.pageInfo!.endCursor });
  expect(first.edges.map((e) => e.node.id)).toEqual(want.slice(0, 3).map((l) => l.to));
  expect(rest.edges.map((e) => [e.node.id, e.link!.id])).toEqual(want.slice(3).map((l) => [l.to, linkId(l)]));
});

it('the compiled statement sorts by the link id only where the link is shown', () => {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  const statement = (selection: string) => {
    const op = parse(`{ person(id: "x") { associates { edges { ${selection} } } travels { edges { ${selection} } } } }`).definitions[0] as OperationDefinitionNode;
    const plan = planEntity({ schema, fragments: {}, variables: {} }, 'Person', [(op.selectionSet.selections[0] as FieldNode).selectionSet!]);
    return compile(plan).cypher;
  };
  const orders = (cypher: string) => [...cypher.matchAll(/ORDER BY ([^\n]*?)(?: WHERE|\n)/g)].map((m) => m[1]).filter((o) => !/^i\d/.test(o!));
  expect(orders(statement('node { id }'))).toEqual(['t0.id', 't1.departedAt, t1.id']);
  expect(orders(statement('node { id } link { id }'))).toEqual(['t0.id, r0.id', 't1.departedAt, t1.id, r1.id']);
});
