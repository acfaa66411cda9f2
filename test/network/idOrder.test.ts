// The API's own sorts (ties in the network's rankings, a subgraph's links, Louvain's input order) follow
// ids by code unit — the order Neo4j pages ids in — and never the server's locale (src/model/order.ts).
// With `localeCompare` the same question answered differently on a server with LANG=da_DK (where "aab"
// sorts after "zzz") and, in every locale, disagreed with the stored order ("B1" before "a-1").
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/network/analysis.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import { orderOf, subgraphOf } from './idOrderShared.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Local ids whose collation differs from their code-unit order, in code-unit order. */
const LOCAL = ['B1', 'I1', 'a-1', 'a_1', 'aab', 'abb', 'i1', 'zzz'];
/** The same, shuffled, as they are written (and would come back from a hash map or the store). */
const WRITTEN = ['zzz', 'a_1', 'i1', 'aab', 'B1', 'abb', 'a-1', 'I1'];

describe('pure analysis: ties by code unit, whatever the locale', () => {
  const A = 'NL-INTEL';
  const leaves = WRITTEN.map((l) => `${A}:${l}`);
  const sub = subgraphOf([
    ...leaves.map((l): [string, string, 'ASSOCIATE_OF'] => [`${A}:hub`, l, 'ASSOCIATE_OF']),
    // Two recruiters tied on reach and recruits.
    [`${A}:a-rec`, `${A}:a-new`, 'RECRUITED'],
    [`${A}:B-rec`, `${A}:B-new`, 'RECRUITED'],
  ]);

  it('the leaves (all tied) follow the hub in code-unit order; tied recruiters too', async () => {
    const order = orderOf(await analyse(sub));
    const tiedLeaves = order.metrics.filter((id) => leaves.includes(id));
    expect(order.metrics[0]).toBe(`${A}:hub`);
    expect(tiedLeaves).toEqual(LOCAL.map((l) => `${A}:${l}`));
    expect(order.recruiters).toEqual([`${A}:B-rec`, `${A}:a-rec`]);
  });

  it('the same answer under da_DK, tr_TR and en_US as in this process', async () => {
    const here = orderOf(await analyse(sub));
    for (const locale of ['da_DK.UTF-8', 'tr_TR.UTF-8', 'en_US.UTF-8']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixtures/network/analyseInLocale.ts'], {
        cwd: root,
        input: JSON.stringify(sub),
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, LANG: locale, LC_ALL: locale },
      });
      expect(child.status, child.stderr).toBe(0);
      const { locale: resolved, ...there } = JSON.parse(child.stdout) as { locale: string } & typeof here;
      // The child really collates in that locale (so the comparison means something).
      expect(resolved.slice(0, 2)).toBe(locale.slice(0, 2));
      expect(there).toEqual(here);
    }
  }, 120_000);
});

describe('through the API: a network of records with such ids', () => {
  const server = testServer();
  const me = agencyCode('ord');
  const hub = gid(me, 'hub');
  const leaves = WRITTEN.map((l) => gid(me, l));
  // Link ids with the same prefixes: the subgraph's links are listed by key (type and id).
  const linkIds = WRITTEN.map((l) => uid(l));

  beforeAll(async () => {
    await writeWorld(server.executor, [me], [], [
      node('Person', hub, me, 'GREEN', { name: 'hub' }),
      ...leaves.map((id) => node('Person', id, me, 'GREEN', { name: id })),
      ...leaves.map((id, i) => rel('ASSOCIATE_OF', linkIds[i]!, hub, id, me, 'GREEN')),
    ]);
  });

  afterAll(async () => {
    await server.stop();
    await closeTestDriver();
  });

  it('metrics ties and the subgraph\'s links come in code-unit order', async () => {
    const res = await server.as(me).query(`query($seeds: [ID!]!) { network(seeds: $seeds, depth: 1) {
      subgraph { edges { key } } metrics { node { key } betweenness degree } } }`, { seeds: [hub] });
    expect(res.errors).toBeUndefined();
    const net = res.data?.network as { subgraph: { edges: Array<{ key: string }> }; metrics: Array<{ node: { key: string } }> };
    const byPrefix = (ids: string[]) => LOCAL.map((l) => ids.find((id) => id.startsWith(`${me}:${l}-`))!);
    expect(net.metrics.map((m) => m.node.key)).toEqual([hub, ...byPrefix(leaves)]);
    const keys = net.subgraph.edges.map((e) => e.key);
    expect(keys).toHaveLength(LOCAL.length);
    expect(keys).toEqual([...keys].sort()); // JavaScript's default sort: by code unit
    // and that is not the order of the local ids' collation (the test would prove nothing otherwise).
    expect(keys).not.toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('no locale-dependent sort in the server', () => {
  it('src/ has no localeCompare outside the browser client', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (path !== join(root, 'src/viewer/client')) walk(path);
        } else if (/\.ts$/.test(name) && !path.endsWith(join('model', 'order.ts'))) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            if (line.includes('localeCompare')) found.push(`${path.slice(root.length)}:${i + 1}`);
          });
        }
      }
    };
    walk(join(root, 'src'));
    expect(found).toEqual([]);
  });
});
