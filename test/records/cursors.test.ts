// Issue 12 finding 8: cursors are bounded when decoded. An offset past MAX_CURSOR_OFFSET (2^53-1 among
// them, which encodeCursor itself would produce) is BAD_USER_INPUT in every paged list, never an
// internal error; the deepest allowed offset answers an empty page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { encodeCursor, MAX_CURSOR_OFFSET } from '../../src/connections/paging.js';

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

const LISTS: Record<string, string> = {
  search: `query($after: String) { search(text: "${family}", after: $after) { totalCount edges { cursor } } }`,
  people: `query($after: String) { people(after: $after) { edges { cursor } } }`,
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
