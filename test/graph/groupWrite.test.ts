// Group commit (graph/groupWrite.ts): writes asked for while a turn commits go together in the next
// turn, each caller hears of its own commit, gets its bookmarks, and a failed turn fails its callers only.
import { afterAll, describe, expect, it } from 'vitest';
import { newBookmarks, type StatementScope } from '../../src/graph/executor.js';
import { GroupWriter } from '../../src/graph/groupWrite.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { uid } from '../helpers/ids.js';

const graph = testExecutor();

afterAll(async () => {
  await graph.trustedWrite('MATCH (t:GroupWriteProbe) DETACH DELETE t');
  await closeTestDriver();
});

const turnsOf = async (run: string) =>
  (await graph.trustedRead('MATCH (t:GroupWriteProbe {run: $run}) RETURN t.items AS items ORDER BY t.at', { run })).map((r) => r.items);

describe('GroupWriter', () => {
  it('commits the first write alone and everything asked for meanwhile in one more turn', async () => {
    const run = uid('gw');
    const writer = new GroupWriter<string>(graph, 'CREATE (:GroupWriteProbe {run: $run, items: $items, at: datetime.realtime()})', (items) => ({ run, items }));
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => writer.write([x])));
    expect(await turnsOf(run)).toEqual([['a'], ['b', 'c', 'd', 'e']]);
  });

  it('hands each caller\'s request the commit\'s bookmarks and marks it as having written', async () => {
    const run = uid('gw');
    const writer = new GroupWriter<string>(graph, 'CREATE (:GroupWriteProbe {run: $run, items: $items, at: datetime.realtime()})', (items) => ({ run, items }));
    const scopes: StatementScope[] = [{ bookmarks: newBookmarks() }, { bookmarks: newBookmarks() }];
    await Promise.all(scopes.map((s, i) => writer.write([`x${i}`], s)));
    for (const s of scopes) {
      expect(s.wrote).toBe(true);
      expect(s.writes).toBe(1);
      expect([...(await s.bookmarks!.getBookmarks())]).toHaveLength(1);
    }
    // Both turns' commits are distinct bookmarks: each request waits for its own write, not another's.
    const [a, b] = await Promise.all(scopes.map(async (s) => [...(await s.bookmarks!.getBookmarks())][0]));
    expect(a).not.toBe(b);
  });

  it('a failed turn fails the writes in it, and the next turn still commits', async () => {
    const run = uid('gw');
    const writer = new GroupWriter<string>(graph, 'UNWIND $items AS x CREATE (:GroupWriteProbe {run: $run, items: [x], at: datetime.realtime(), n: 1 / CASE WHEN x = "bad" THEN 0 ELSE 1 END})', (items) => ({ run, items }));
    const [bad, good] = await Promise.allSettled([writer.write(['bad']), writer.write(['good'])]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
    expect(await turnsOf(run)).toEqual([['good']]);
  });
});
