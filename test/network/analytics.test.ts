// Hand-checked graphs: star, two cliques joined by a bridge, a chain; and hidden records change nothing visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphRecord } from '../../src/model/graphModel.js';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const me = agencyCode('net');
const them = agencyCode('oth'); // shares GREEN with `me`
const person = (id: string, source = me, marking: 'GREEN' | 'RED' = 'GREEN') => node('Person', id, source, marking, { name: id });
const link = (a: string, b: string, type: 'ASSOCIATE_OF' | 'RECRUITED' = 'ASSOCIATE_OF', source = me, marking: 'GREEN' | 'RED' = 'GREEN') =>
  rel(type, uid('rel'), a, b, source, marking);

const star = { centre: gid(me, 'star'), leaves: Array.from({ length: 5 }, () => gid(me, 'leaf')) };
const left = Array.from({ length: 4 }, () => gid(me, 'l'));
const right = Array.from({ length: 4 }, () => gid(me, 'r'));
const chain = Array.from({ length: 5 }, () => gid(me, 'c'));
const hiddenMiddle = gid(them, 'hidden'); // RED of another agency, between chain[4] and an extra end
const beyond = gid(me, 'beyond');

beforeAll(async () => {
  const records: GraphRecord[] = [
    ...[star.centre, ...star.leaves, ...left, ...right, ...chain, beyond].map((id) => person(id)),
    person(hiddenMiddle, them, 'RED'),
    ...star.leaves.map((l) => link(star.centre, l)),
    ...left.flatMap((a, i) => left.slice(i + 1).map((b) => link(a, b))),
    ...right.flatMap((a, i) => right.slice(i + 1).map((b) => link(a, b))),
    link(left[0]!, right[0]!), // the bridge
    ...chain.slice(1).map((c, i) => link(chain[i]!, c, 'RECRUITED')),
    link(chain[4]!, hiddenMiddle, 'ASSOCIATE_OF', them, 'GREEN'),
    link(hiddenMiddle, beyond, 'ASSOCIATE_OF', them, 'GREEN'),
  ];
  await writeWorld(server.executor, [me, them], [
    { from: them, to: me, upTo: 'GREEN', hitNotification: false },
    { from: me, to: them, upTo: 'GREEN', hitNotification: false },
  ], records);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const q = (query: string, variables?: Record<string, unknown>, agency = me) => server.as(agency).query(query, variables);
const NETWORK = `query($seeds: [ID!]!, $depth: Int) { network(seeds: $seeds, depth: $depth) {
  components { size members } communities { size members }
  metrics { node { key } degree betweenness pageRank recruits recruitReach community }
  brokers { node { key } score } recruiters { node { key } score } centrality { exact sources errorBound } } }`;

describe('hand-checked graphs', () => {
  it('a star: the centre has the highest betweenness and degree', async () => {
    const res = await q(NETWORK, { seeds: [star.centre], depth: 1 });
    expect(res.errors).toBeUndefined();
    const top = res.data?.network.metrics[0];
    expect(top).toMatchObject({ node: { key: star.centre }, degree: 5, betweenness: 1 });
    expect(res.data?.network.metrics.slice(1).every((m: { betweenness: number }) => m.betweenness === 0)).toBe(true);
    // One community (a star): no one brokers between communities (issue 13 item 8).
    expect(res.data?.network.brokers).toEqual([]);
    // Six nodes fit the centrality budget many times over: every node is a source, nothing estimated.
    expect(res.data?.network.centrality).toEqual({ exact: true, sources: 6, errorBound: 0 });
  });

  it('accepts a limit up to 10,000 nodes and refuses one beyond', async () => {
    expect((await q(`query($s: [ID!]!) { network(seeds: $s, limit: 10000) { subgraph { nodes { key } } } }`, { s: [star.centre] })).errors).toBeUndefined();
    const over = await q(`query($s: [ID!]!) { network(seeds: $s, limit: 10001) { subgraph { nodes { key } } } }`, { s: [star.centre] });
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('two cliques joined by a bridge: two communities, the bridge ends on top', async () => {
    const res = await q(NETWORK, { seeds: [left[1]], depth: 3 });
    const net = res.data?.network;
    expect(net.components).toHaveLength(1);
    expect(net.communities.map((c: { members: string[] }) => c.members.sort())).toEqual(expect.arrayContaining([[...left].sort(), [...right].sort()]));
    expect(net.communities).toHaveLength(2);
    expect(net.metrics.slice(0, 2).map((m: { node: { key: string } }) => m.node.key).sort()).toEqual([left[0], right[0]].sort());
  });

  it('is deterministic: the same input gives the same analysis', async () => {
    const a = await q(NETWORK, { seeds: [left[1]], depth: 3 });
    const b = await q(NETWORK, { seeds: [right[2]], depth: 3 });
    expect(b.data?.network.communities).toEqual(a.data?.network.communities);
    expect(b.data?.network.metrics).toEqual(a.data?.network.metrics);
  });

  it('a chain: the right shortest path and hop count', async () => {
    const res = await q(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 6) { length nodes { key } edges { type source target } } }`, { a: chain[0], b: chain[4] });
    expect(res.data?.paths).toHaveLength(1);
    expect(res.data?.paths[0].length).toBe(4);
    expect(res.data?.paths[0].nodes.map((n: { key: string }) => n.key)).toEqual(chain);
    expect(res.data?.paths[0].edges[0]).toEqual({ type: 'RECRUITED', source: chain[0], target: chain[1] });
    const short = await q(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 3) { length } }`, { a: chain[0], b: chain[4] });
    expect(short.data?.paths).toEqual([]);
  });

  it('a chain of recruitment: reach counts recruits of recruits', async () => {
    const res = await q(NETWORK, { seeds: [chain[0]], depth: 3 });
    const byId = new Map(res.data?.network.metrics.map((m: { node: { key: string } }) => [m.node.key, m]));
    expect(byId.get(chain[0])).toMatchObject({ recruits: 1, recruitReach: 3 }); // depth 3 reaches chain[3]
    expect(res.data?.network.recruiters[0]).toEqual({ node: { key: chain[0] }, score: 3 });
  });
});

describe('hidden records through traversal', () => {
  it('a hidden middle node cuts the path for the viewer who cannot see it', async () => {
    const query = `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 6) { length nodes { key } } }`;
    expect((await q(query, { a: chain[4], b: beyond })).data?.paths).toEqual([]);
    const owner = await q(query, { a: chain[4], b: beyond }, them);
    expect(owner.data?.paths).toEqual([{ length: 2, nodes: [{ key: chain[4] }, { key: hiddenMiddle }, { key: beyond }] }]);
    const k = await q(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, mode: K_SHORTEST, limit: 3) { length } }`, { a: chain[4], b: beyond });
    expect(k.data?.paths).toEqual([]);
  });

  it('hidden records never count towards degree, centrality, community or reach', async () => {
    const res = await q(NETWORK, { seeds: [chain[2]], depth: 3 });
    const ids = res.data?.network.metrics.map((m: { node: { key: string } }) => m.node.key);
    expect(ids).not.toContain(hiddenMiddle);
    expect(ids).not.toContain(beyond);
    const end = res.data?.network.metrics.find((m: { node: { key: string } }) => m.node.key === chain[4]);
    expect(end.degree).toBe(1);
    expect(JSON.stringify(res.data)).not.toContain(hiddenMiddle);
  });

  it('neighbourhood: the hidden node is absent, and so is everything reached only through it', async () => {
    const res = await q(`query($id: ID!) { neighbourhood(ids: [$id], depth: 3) { nodes { key } edges { source target } truncated } }`, { id: chain[4] });
    const ids = res.data?.neighbourhood.nodes.map((n: { key: string }) => n.key);
    expect(ids).not.toContain(hiddenMiddle);
    expect(ids).not.toContain(beyond);
    expect(res.data?.neighbourhood.truncated).toBe(false);
    const seed = await q(`query($id: ID!) { neighbourhood(ids: [$id]) { nodes { key } edges { key } truncated cappedNodes } }`, { id: hiddenMiddle });
    const missing = await q(`{ neighbourhood(ids: ["no-such-record"]) { nodes { key } edges { key } truncated cappedNodes } }`);
    expect(seed.data).toEqual(missing.data);
  });
});

describe('slim neighbourhoods', () => {
  it('without properties or provenance selected, the same nodes, labels and edges as with them', async () => {
    const slim = await q(`query($id: ID!) { neighbourhood(ids: [$id], depth: 3) { nodes { key type label depth members } edges { key type source target } truncated } }`, { id: chain[0] });
    const whole = await q(`query($id: ID!) { neighbourhood(ids: [$id], depth: 3) {
      nodes { key type label depth members properties provenance { source marking } } edges { key type source target properties provenance { source } } truncated } }`, { id: chain[0] });
    expect(slim.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const nodes = whole.data?.neighbourhood.nodes as Array<{ properties: { name: string }; provenance: { source: string } }>;
    expect(nodes.length).toBeGreaterThan(2);
    expect(nodes.every((n) => n.properties.name && n.provenance.source === me)).toBe(true);
    const strip = ({ properties: _p, provenance: _q, ...rest }: Record<string, unknown>) => rest;
    expect(slim.data?.neighbourhood).toEqual({
      nodes: nodes.map(strip),
      edges: (whole.data?.neighbourhood.edges as Array<Record<string, unknown>>).map(strip),
      truncated: whole.data?.neighbourhood.truncated,
    });
  });
});

describe('slim networks', () => {
  const network = (selection: string) => q(`query($id: ID!) { network(seeds: [$id], depth: 3) { ${selection} } }`, { id: chain[0] });
  const metrics = 'metrics { node { key type label depth } degree betweenness pageRank community }';

  it('without properties or provenance selected, the same nodes, labels, edges and metrics as with them', async () => {
    const slim = await network(`subgraph { nodes { key type label depth } edges { key type source target } } ${metrics}`);
    const whole = await network(`subgraph { nodes { key type label depth properties provenance { source } } edges { key type source target properties } } ${metrics}`);
    expect(slim.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const nodes = whole.data?.network.subgraph.nodes as Array<{ properties: { name: string }; provenance: { source: string } }>;
    expect(nodes).toHaveLength(4);
    expect(nodes.every((n) => n.properties.name && n.provenance.source === me)).toBe(true);
    const strip = ({ properties: _p, provenance: _q, ...rest }: Record<string, unknown>) => rest;
    expect(slim.data?.network).toEqual({
      subgraph: { nodes: nodes.map(strip), edges: (whole.data?.network.subgraph.edges as Array<Record<string, unknown>>).map(strip) },
      metrics: whole.data?.network.metrics,
    });
  });

  it('a node is read whole when only its metrics or a key-player list show its provenance', async () => {
    for (const list of ['metrics', 'recruiters'] as const) {
      const res = await network(`${list} { node { key provenance { source marking } } }`);
      expect(res.errors).toBeUndefined();
      const shown = (res.data?.network[list] as Array<{ node: { provenance: { source: string; marking: string } } }>).map((m) => m.node);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((n) => n.provenance.source === me && n.provenance.marking === 'GREEN')).toBe(true);
    }
  });
});

describe('limits', () => {
  it('hub protection caps links per node and says so', async () => {
    const res = await q(`query($id: ID!) { neighbourhood(ids: [$id], perNodeLimit: 3) { nodes { key } truncated cappedNodes } }`, { id: star.centre });
    expect(res.data?.neighbourhood).toMatchObject({ truncated: true, cappedNodes: [star.centre] });
    expect(res.data?.neighbourhood.nodes).toHaveLength(4);
  });

  it('the node limit truncates; the network cap is a clear error', async () => {
    const res = await q(`query($id: ID!) { neighbourhood(ids: [$id], limit: 3) { nodes { key } truncated } }`, { id: star.centre });
    expect(res.data?.neighbourhood.nodes).toHaveLength(3);
    expect(res.data?.neighbourhood.truncated).toBe(true);
    const net = await q(`query($id: ID!) { network(seeds: [$id], limit: 3) { metrics { degree } } }`, { id: star.centre });
    expect(net.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const deep = await q(`query($id: ID!) { neighbourhood(ids: [$id], depth: 4) { truncated } }`, { id: star.centre });
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('empty analyses', () => {
  it('seeds that did not exist yet at asOf give an empty analysis, not an error (found by the fuzz)', async () => {
    const res = await q(`query($seeds: [ID!]!) { network(seeds: $seeds, asOf: "1900-01-01T00:00:00Z") {
      subgraph { nodes { key } } components { size } communities { members size } metrics { degree } brokers { score } recruiters { score } } }`, { seeds: [star.centre, ...left.slice(0, 2)] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.network).toEqual({ subgraph: { nodes: [] }, components: [], communities: [], metrics: [], brokers: [], recruiters: [] });
  });
});
