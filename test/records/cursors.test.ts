// Issue 12 finding 8: cursors are bounded when decoded. An offset past MAX_CURSOR_OFFSET (2^53-1 among
// them, which encodeCursor itself would produce) is BAD_USER_INPUT in every paged list, never an
// internal error; the deepest allowed offset answers an empty page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { encodeCursor, encodeKeyCursor, MAX_CURSOR_OFFSET } from '../../src/connections/paging.js';

const server = testServer();
const me = agencyCode('curs');
const family = word(6);
const [p1, p2] = [gid(me, 'per'), gid(me, 'per')];

beforeAll(async () => {
  await writeWorld(server.executor, [me], [], [
    node('Person', p1, me, 'GREEN', { name: `Anna ${family}` }),
    node('Person', p2, me, 'GREEN', { name: `Berta ${family}` }),
    rel('RECRUITED', uid('rec'), p1, p2, me, 'GREEN'),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

// Offset cursors: search and related connections (top-level lists page by id, below).
const LISTS: Record<string, string> = {
  search: `query($after: String) { search(text: "${family}", after: $after) { totalCount edges { cursor } } }`,
  related: `query($after: String) { person(id: "${p1}") { recruits(after: $after) { totalCount edges { cursor } } } }`,
};

describe('cursor offsets', () => {
  it('the issue\'s cursor (offset 2^53-1) is what encodeCursor issues for that offset', () => {
    expect(encodeCursor(2 ** 53 - 1)).toBe('bzo5MDA3MTk5MjU0NzQwOTkx');
  });

  it.each(Object.keys(LISTS))('%s: an offset past the bound is BAD_USER_INPUT', async (list) => {
    for (const offset of [2 ** 53 - 1, 2 ** 31, MAX_CURSOR_OFFSET + 1]) {
      const res = await server.as(me).query(LISTS[list]!, { after: encodeCursor(offset) });
      expect(res.errors?.map((e) => e.extensions?.code), `offset ${offset}`).toEqual(['BAD_USER_INPUT']);
    }
  });

  it.each(Object.keys(LISTS))('%s: the deepest allowed offset is an empty page, not an error', async (list) => {
    const res = await server.as(me).query(LISTS[list]!, { after: encodeCursor(MAX_CURSOR_OFFSET - 1) });
    expect(res.errors).toBeUndefined();
    const conn = list === 'related' ? res.data?.person.recruits : res.data?.[list];
    expect(conn.edges).toEqual([]);
  });
});

describe('keyset cursors of the top-level lists (people, organisations, watchlists)', () => {
  const people = `query($after: String, $first: Int) { people(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

  it('page through by id: the cursor is the last id, every record once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const res = await server.as(me).query(people, { after, first: 7 });
      expect(res.errors).toBeUndefined();
      const conn = res.data?.people as { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const e of conn.edges) expect(e.cursor).toBe(encodeKeyCursor(e.node.id));
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([p1, p2]));
  });

  it('a cursor naming a hidden record answers like one naming a record that does not exist', async () => {
    const other = agencyCode('curx');
    const hidden = gid(other, 'per');
    await writeWorld(server.executor, [other], [], [node('Person', hidden, other, 'RED', { name: `Hidden ${family}` })]);
    // The same position in id order: the hidden id, and an unused id just after it.
    const unused = `${hidden}0`;
    const [a, b] = [await server.as(me).query(people, { after: encodeKeyCursor(hidden), first: 5 }), await server.as(me).query(people, { after: encodeKeyCursor(unused), first: 5 })];
    expect(a.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
  });

  it('an offset cursor, a forged one or one naming an invalid id is BAD_USER_INPUT', async () => {
    for (const after of [encodeCursor(3), encodeKeyCursor('bad id with spaces'), encodeKeyCursor(''), `${encodeKeyCursor(p1)}x`]) {
      const res = await server.as(me).query(people, { after, first: 5 });
      expect(res.errors?.map((e) => e.extensions?.code), after).toEqual(['BAD_USER_INPUT']);
    }
  });
});
