// Issue 12 finding 2: neither the score nor the order of visible search hits may depend on hidden
// records. The repro: AU writes "Karel W" (W a fresh word) and searches W; IL then writes two
// RED people containing W (hidden from AU). AU's answers must stay byte-identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';

const server = testServer();
const AU = agencyCode('au');
const IL = agencyCode('il');
const W = word(8);
const V = word(7);

const SEARCH = `query($t: String!, $first: Int) { search(text: $t, first: $first) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor score node { id } } } }`;
const answers = async () => {
  const out: string[] = [];
  for (const text of [W, `Karel ${W}`, `${W} ${V}`, `karl ${W.slice(0, -1)}`, `${W}${V.slice(0, 2)}`]) {
    for (const first of [1, 20]) {
      const res = await server.as(AU).query(SEARCH, { t: text, first });
      expect(res.errors).toBeUndefined();
      out.push(JSON.stringify(res.data));
    }
  }
  return out;
};

beforeAll(async () => {
  await writeWorld(server.executor, [AU, IL], [], [
    node('Person', uid('au'), AU, 'AMBER', { name: `Karel ${W}` }),
    node('Person', uid('au'), AU, 'AMBER', { name: `${W} ${V} Pieters` }),
    node('Person', uid('au'), AU, 'GREEN', { name: `Anna ${V}`, aliases: [`${W}a Karels`] }),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('search scores', () => {
  it('do not change when another agency writes hidden records carrying the same words', async () => {
    const before = await answers();
    expect(JSON.parse(before[0]!).search.totalCount).toBeGreaterThan(0);
    await writeWorld(server.executor, [AU, IL], [], [
      node('Person', uid('il'), IL, 'RED', { name: `${W} Cohen` }),
      node('Person', uid('il'), IL, 'RED', { name: `Karel ${W} ${W}`, aliases: [`${V} ${W}`] }),
      ...Array.from({ length: 20 }, () => node('Person', uid('il'), IL, 'RED', { name: `${V} Karel ${word(6)}` })),
    ]);
    expect(await answers()).toEqual(before);
  });

  it('rank an exact word above its spelling variants, from the record alone', async () => {
    const res = await server.as(AU).query(SEARCH, { t: `Karel ${W}`, first: 5 });
    const scores = (res.data?.search.edges as Array<{ score: number }>).map((e) => e.score);
    expect(scores[0]).toBe(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s).toBeGreaterThan(0);
  });
});
