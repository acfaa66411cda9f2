// Group commit (graph/groupWrite.ts): writes asked for while a turn commits go together in the next
// turn, each caller hears of its own commit, gets its bookmarks, and a failed turn fails its callers only;
// a turn is one auto-commit transaction (one Bolt write, no BEGIN/COMMIT).
import { Socket } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
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

  it('commits a turn as one auto-commit transaction: one Bolt write, where a managed one takes more', async () => {
    const run = uid('gw');
    const cypher = 'CREATE (:GroupWriteProbe {run: $run, items: $items, at: datetime.realtime()})';
    const writer = new GroupWriter<string>(graph, cypher, (items) => ({ run, items }));
    await writer.write(['warm']); // the connection is open and authenticated before counting
    const managed = await boltWrites(() => graph.trustedWrite(cypher, { run, items: ['managed'] }));
    const turn = await boltWrites(() => writer.write(['grouped']));
    expect(turn).toBe(1);
    expect(managed).toBeGreaterThan(turn); // BEGIN + RUN + PULL, then COMMIT
    expect(await turnsOf(run)).toEqual([['warm'], ['managed'], ['grouped']]);
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

/** Socket writes to Neo4j while `work` runs (each _write or corked _writev is one write call). */
async function boltWrites(work: () => Promise<unknown>): Promise<number> {
  const boltPort = Number(new URL(inject('neo4jUri')).port);
  const proto = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
  const original = { _write: proto._write, _writev: proto._writev };
  let writes = 0;
  for (const name of ['_write', '_writev'] as const) {
    proto[name] = function (this: Socket, ...args: unknown[]) {
      if (this.remotePort === boltPort) writes += 1;
      return original[name].apply(this, args);
    };
  }
  try {
    await work();
    return writes;
  } finally {
    Object.assign(proto, original);
  }
}
