// The network API against a naive reference (oracle/reference.ts) on generated worlds, for two
// agencies: neighbourhoods (levels, both caps, resolved identities, windows), networks (betweenness,
// degree), all shortest and k shortest simple paths. Deterministic seeds; a failure names its seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver } from '../helpers/graph.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { afterAll } from 'vitest';
import { generateWorld, rng, type World } from './oracle/worlds.js';
import { adjacencyOf, betweenness, neighbourhood, Reference, simplePaths, wholeGraph, type Query, type Viewer } from './oracle/reference.js';

const server = testServer();
const X = agencyCode('orx');
const Y = agencyCode('ory');
const VIEWERS: Viewer[] = [{ agency: X, sharedUpTo: { [Y]: 'AMBER' } }, { agency: Y, sharedUpTo: { [X]: 'GREEN' } }];
const SEEDS = [11, 23, 37, 41, 53, 67, 79, 97];
const worlds: World[] = SEEDS.map((seed) => generateWorld(seed, uid(`or${seed}`), [X, Y]));
const TYPES = ['RECRUITED', 'ASSOCIATE_OF', 'COMMUNICATED_WITH', 'MEMBER_OF', 'FAMILY_OF'];
let cases = 0;

beforeAll(async () => {
  await writeWorld(server.executor, [X, Y], [
    { from: X, to: Y, upTo: 'GREEN', hitNotification: false },
    { from: Y, to: X, upTo: 'AMBER', hitNotification: false },
  ], worlds.flatMap((w) => w.records));
}, 120_000);

afterAll(async () => {
  console.log(`network oracle: ${cases} cases compared`);
  expect(cases).toBeGreaterThanOrEqual(200);
  await server.stop();
  await closeTestDriver();
});

interface Out { key: string; members: string[]; depth: number }
interface EdgeOut { key: string; source: string; target: string }
const SUB = 'nodes { key members depth } edges { key source target } truncated cappedNodes';

function randomQuery(r: () => number, resolve: boolean): Query {
  const types = r() < 0.3 ? TYPES.filter(() => r() < 0.6) : [];
  const year = 2013 + Math.floor(r() * 4);
  const between = r() < 0.35 ? { from: `${year}-01-01T00:00:00Z`, to: `${year}-12-31T00:00:00Z` } : null;
  return { types, between, resolve };
}

async function checkNeighbourhood(w: World, v: Viewer, ref: Reference, r: () => number, resolve: boolean, tag: string) {
  const q = randomQuery(r, resolve);
  const seed = w.people[Math.floor(r() * w.people.length)]!;
  const [depth, limit, perNode] = [1 + Math.floor(r() * 3), r() < 0.4 ? 3 + Math.floor(r() * 10) : 200, r() < 0.4 ? 2 + Math.floor(r() * 4) : 50];
  const res = await server.as(v.agency).query(
    `query($ids: [ID!]!, $d: Int, $l: Int, $p: Int, $t: [RelationshipType!], $b: TimeWindow, $r: Boolean) {
      neighbourhood(ids: $ids, depth: $d, limit: $l, perNodeLimit: $p, types: $t, between: $b, resolveIdentities: $r) { ${SUB} } }`,
    { ids: [seed], d: depth, l: limit, p: perNode, t: q.types, b: q.between, r: resolve },
  );
  const want = neighbourhood(ref, [seed], depth, limit, perNode, q);
  const why = `${tag} neighbourhood(${seed}, depth ${depth}, limit ${limit}, perNode ${perNode}, ${JSON.stringify(q)})`;
  expect(res.errors, why).toBeUndefined();
  const got = res.data?.neighbourhood;
  const norm = (ns: Out[]) => [...ns].map((n) => `${n.key}@${n.depth}[${n.members.join(',')}]`).sort();
  expect(norm(got.nodes), why).toEqual(norm(want.nodes));
  const edges = (es: EdgeOut[]) => es.map((e) => `${e.key}:${e.source}>${e.target}`).sort();
  expect(edges(got.edges), why).toEqual(edges(want.edges));
  expect({ truncated: got.truncated, capped: [...got.cappedNodes].sort() }, why).toEqual({ truncated: want.truncated, capped: [...want.capped].sort() });
  cases++;
}

async function checkNetwork(w: World, v: Viewer, ref: Reference, r: () => number, resolve: boolean, tag: string) {
  const q: Query = { types: [], between: null, resolve };
  const seed = w.people[Math.floor(r() * w.people.length)]!;
  const res = await server.as(v.agency).query(
    `query($s: [ID!]!, $r: Boolean) { network(seeds: $s, depth: 2, resolveIdentities: $r) { subgraph { ${SUB} } metrics { node { key } degree betweenness } } }`,
    { s: [seed], r: resolve },
  );
  const why = `${tag} network(${seed}, depth 2, resolve ${resolve})`;
  expect(res.errors, why).toBeUndefined();
  const want = neighbourhood(ref, [seed], 2, 500, 20_000, q);
  const adj = adjacencyOf(want);
  const bc = betweenness(adj);
  const got = res.data?.network;
  expect(got.subgraph.nodes.map((n: Out) => n.key).sort(), why).toEqual(want.nodes.map((n) => n.key).sort());
  for (const m of got.metrics as Array<{ node: { key: string }; degree: number; betweenness: number }>) {
    expect(m.degree, `${why} degree of ${m.node.key}`).toBe(adj.get(m.node.key)!.size);
    expect(m.betweenness, `${why} betweenness of ${m.node.key}`).toBeCloseTo(bc.get(m.node.key)!, 9);
  }
  cases++;
}

async function checkPaths(w: World, v: Viewer, ref: Reference, r: () => number, resolve: boolean, mode: 'ALL_SHORTEST' | 'K_SHORTEST', tag: string) {
  const q: Query = { types: [], between: null, resolve };
  const seen = w.people.filter((p) => ref.nodes.has(p));
  const [from, to] = [seen[Math.floor(r() * seen.length)]!, seen[Math.floor(r() * seen.length)]!];
  if (from === to) return;
  const [maxHops, limit] = [2 + Math.floor(r() * 3), 1 + Math.floor(r() * 8)];
  const res = await server.as(v.agency).query(
    `query($f: ID!, $t: ID!, $h: Int, $l: Int, $m: PathMode, $r: Boolean) {
      paths(from: $f, to: $t, maxHops: $h, limit: $l, mode: $m, resolveIdentities: $r) { length nodes { key } edges { key source target } } }`,
    { f: from, t: to, h: maxHops, l: limit, m: mode, r: resolve },
  );
  const why = `${tag} paths(${from} → ${to}, ${mode}, maxHops ${maxHops}, limit ${limit}, resolve ${resolve})`;
  expect(res.errors, why).toBeUndefined();
  const key = ref.identities(q);
  const adj = adjacencyOf(wholeGraph(ref, q));
  const all = key.get(from) === key.get(to) ? [] : simplePaths(adj, key.get(from)!, key.get(to)!, maxHops);
  const got = (res.data?.paths as Array<{ length: number; nodes: Array<{ key: string }>; edges: EdgeOut[] }>).map((p) => ({ ns: p.nodes.map((n) => n.key), es: p.edges.map((e) => e.key), length: p.length }));
  for (const p of got) {
    expect(new Set(p.ns).size, `${why}: not simple ${p.ns.join('>')}`).toBe(p.ns.length);
    p.es.forEach((e, i) => expect(adj.get(p.ns[i]!)?.get(p.ns[i + 1]!) ?? [], `${why}: hop ${i} of ${p.ns.join('>')}`).toContain(e));
    expect(p.length, why).toBe(p.es.length);
  }
  expect(new Set(got.map((p) => `${p.ns.join('>')}|${p.es.join('>')}`)).size, `${why}: repeated path`).toBe(got.length);
  const lengths = all.map((p) => p.length - 1).sort((a, b) => a - b);
  if (mode === 'K_SHORTEST') {
    expect(got.map((p) => p.length), why).toEqual(lengths.slice(0, limit));
  } else {
    const shortest = all.filter((p) => p.length - 1 === lengths[0]);
    const choices = shortest.reduce((sum, p) => sum + p.slice(1).reduce((prod, x, i) => prod * adj.get(p[i]!)!.get(x)!.length, 1), 0);
    expect(got.length, why).toBe(Math.min(choices, limit));
    expect(got.every((p) => p.length === lengths[0]), why).toBe(true);
  }
  cases++;
}

describe('network API against a naive reference on generated worlds', () => {
  for (const w of worlds) {
    it(`world seed ${w.seed}`, async () => {
      for (const [vi, v] of VIEWERS.entries()) {
        const ref = new Reference(w.records, v);
        const r = rng(w.seed * 7 + vi);
        const tag = `[seed ${w.seed}, viewer ${vi === 0 ? 'X' : 'Y'}]`;
        for (const resolve of [false, true, true]) await checkNeighbourhood(w, v, ref, r, resolve, tag);
        for (const resolve of [false, true]) await checkNetwork(w, v, ref, r, resolve, tag);
        for (let k = 0; k < 3; k++) {
          for (const resolve of [false, true]) {
            await checkPaths(w, v, ref, r, resolve, 'ALL_SHORTEST', tag);
            await checkPaths(w, v, ref, r, resolve, 'K_SHORTEST', tag);
          }
        }
      }
    }, 90_000);
  }
});
