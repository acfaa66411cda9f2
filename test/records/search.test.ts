// Full-text search: fuzzy, accent-insensitive, typed, paginated, visible records only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const me = agencyCode('srch');
const family = word(5);
const crowd = word(5);
const ids = { mohammed: gid(me, 'per'), yucel: gid(me, 'per'), org: gid(me, 'org'), doc: gid(me, 'doc') };
const many = Array.from({ length: 25 }, () => gid(me, 'per'));

beforeAll(async () => {
  await writeWorld(server.executor, [me], [], [
    node('Person', ids.mohammed, me, 'GREEN', { name: `Mohammed ${family}`, aliases: [`Abu Yahya ${family}`] }),
    node('Person', ids.yucel, me, 'GREEN', { name: `Emre Yücel ${family}` }),
    node('Organisation', ids.org, me, 'GREEN', { name: `${family} Relief Foundation`, kind: 'CHARITY' }),
    node('Document', ids.doc, me, 'GREEN', { number: `ZX${family.toUpperCase()}77`, kind: 'PASSPORT', issuingCountry: 'NL' }),
    ...many.map((id, i) => node('Person', id, me, 'GREEN', { name: `Crowd${i} ${crowd}` })),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const search = async (text: string, extra = '') => {
  const res = await server.as(me).query(`query($t: String!) { search(text: $t ${extra}) { totalCount edges { cursor score node { id type } } pageInfo { hasNextPage endCursor } } }`, { t: text });
  expect(res.errors).toBeUndefined();
  return res.data?.search as { totalCount: number; edges: Array<{ cursor: string; score: number; node: { id: string; type: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
};
const found = (r: Awaited<ReturnType<typeof search>>) => r.edges.map((e) => e.node.id);

describe('search', () => {
  it('tolerates transliteration-sized spelling differences', async () => {
    for (const spelling of ['Mohammed', 'Mohamed', 'Muhammed']) expect(found(await search(`${spelling} ${family}`))).toContain(ids.mohammed);
  });

  it('keeps two edits in names; a document number one character off is another document', async () => {
    expect(found(await search(`Muhammad ${family}`))).toContain(ids.mohammed); // two edits from Mohammed
    expect(found(await search(`zx${family}78`))).toEqual([]);
    expect(found(await search(`zx${family}77`))).toEqual([ids.doc]);
  });

  it('matches aliases and ignores accents', async () => {
    expect(found(await search(`yahya ${family}`))).toEqual([ids.mohammed]);
    expect(found(await search(`yucel ${family}`))).toEqual([ids.yucel]);
    expect(found(await search(`YÜCEL ${family}`))).toEqual([ids.yucel]);
  });

  it('matches a two-edit spelling of an alias word, and never shows the names field it matched on', async () => {
    expect(found(await search(`Yahiya ${family}`))).toEqual([ids.mohammed]); // one edit from the alias's Yahya
    expect(found(await search(`abuu yahyaa ${family}`))).toEqual([ids.mohammed]);
    const res = await server.as(me).query(`query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { key properties } } }`, { id: ids.mohammed });
    expect(res.errors).toBeUndefined();
    expect(res.data?.neighbourhood.nodes).toEqual([{ key: ids.mohammed, properties: { name: `Mohammed ${family}`, aliases: [`Abu Yahya ${family}`] } }]);
  });

  it('finds document numbers and narrows by type', async () => {
    expect(found(await search(`zx${family}77`))).toEqual([ids.doc]);
    const orgs = await search(family, ', types: [Organisation]');
    expect(found(orgs)).toEqual([ids.org]);
  });

  it('pages through all hits with cursors, best first', async () => {
    const first = await search(crowd, ', first: 10');
    expect(first.totalCount).toBe(25);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const scores = first.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const all = new Set(found(first));
    let after = first.pageInfo.endCursor;
    for (;;) {
      const res = await server.as(me).query(`query($t: String!, $a: String) { search(text: $t, first: 10, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { t: crowd, a: after });
      res.data?.search.edges.forEach((e: { node: { id: string } }) => all.add(e.node.id));
      if (!res.data?.search.pageInfo.hasNextPage) break;
      after = res.data.search.pageInfo.endCursor;
    }
    expect([...all].sort()).toEqual([...many].sort());
  });

  it('another agency without an agreement finds nothing', async () => {
    const other = agencyCode('oth');
    await writeWorld(server.executor, [other], [], []);
    const res = await server.as(other).query(`query($t: String!) { search(text: $t) { totalCount edges { node { id } } } }`, { t: family });
    expect(res.data?.search).toEqual({ totalCount: 0, edges: [] });
  });
});
