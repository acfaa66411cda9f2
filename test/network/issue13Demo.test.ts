// Issue 13 repros on the demo world: identities resolved before depth, resolved paths, simple
// k-shortest paths, SAME_AS inside time windows. Generated worlds check the same against an oracle.
// Demo records by their global ids (`<AGENCY>:<localId>`).
import { describe, expect, it } from 'vitest';
import { demoWorldServer } from '../helpers/demoWorld.js';

const server = demoWorldServer();

interface NodeOut { key: string; members: string[] }
interface PathOut { nodes: NodeOut[]; length: number }

const hood = (id: string, resolve: boolean, extra = '') =>
  `{ neighbourhood(ids: ["${id}"], depth: 1, resolveIdentities: ${resolve}, limit: 2000 ${extra}) { nodes { key members } edges { key source target } } }`;

describe('resolved identities are searched, not merged afterwards (issue 13 item 1)', () => {
  it('depth 1 around TR-INTEL:per-tr-0002 holds BE-INTEL:per-be-0002’s own links too', async () => {
    const eu = server.as('EU-POLICE');
    const [resolved, tr, be] = await Promise.all([eu.query(hood('TR-INTEL:per-tr-0002', true)), eu.query(hood('TR-INTEL:per-tr-0002', false)), eu.query(hood('BE-INTEL:per-be-0002', false))]);
    expect(resolved.errors).toBeUndefined();
    const nodes = resolved.data?.neighbourhood.nodes as NodeOut[];
    const union = new Set([...tr.data?.neighbourhood.nodes, ...be.data?.neighbourhood.nodes].map((n: NodeOut) => n.key));
    union.delete('TR-INTEL:per-tr-0002'); // the pair is one node
    expect(nodes.map((n) => n.key).sort()).toEqual([...union].sort());
    expect(nodes.length).toBeGreaterThan(8); // 8 when the SAME_AS hop used up the level
    expect(nodes.find((n) => n.members.includes('TR-INTEL:per-tr-0002'))).toEqual({ key: 'BE-INTEL:per-be-0002', members: ['BE-INTEL:per-be-0002', 'TR-INTEL:per-tr-0002'] });
    // Every edge joins two nodes of the answer; none is the SAME_AS itself.
    const keys = new Set(nodes.map((n) => n.key));
    for (const e of resolved.data?.neighbourhood.edges as Array<{ key: string; source: string; target: string }>) {
      expect(keys.has(e.source) && keys.has(e.target) && e.source !== e.target).toBe(true);
      expect(e.key.startsWith('SAME_AS:')).toBe(false);
    }
  });
});

describe('network limits count resolved nodes (issue 13 item 5)', () => {
  it('refuses rather than cut: LIMIT_EXCEEDED below the resolved size, the whole network at it', async () => {
    const q = (limit: number) => `{ network(seeds: ["TR-INTEL:per-tr-0002"], depth: 2, limit: ${limit}, resolveIdentities: true) { subgraph { nodes { key } truncated } } }`;
    const whole = await server.as('EU-POLICE').query(q(2000));
    expect(whole.errors).toBeUndefined();
    const n = whole.data?.network.subgraph.nodes.length as number;
    expect(n).toBeGreaterThan(30);
    expect((await server.as('EU-POLICE').query(q(30))).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect((await server.as('EU-POLICE').query(q(n - 1))).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect((await server.as('EU-POLICE').query(q(n))).data?.network.subgraph).toEqual(whole.data?.network.subgraph);
  });
});

describe('SAME_AS inside time windows (issue 13 item 6)', () => {
  const pairOf = (data: Record<string, any> | undefined | null) => (data?.neighbourhood.nodes as NodeOut[]).find((n) => n.members.includes('TR-INTEL:per-tr-0002'));

  it('the demo SAME_AS, valid from 2015-03-02, joins nothing in a 2014 window', async () => {
    const eu = server.as('EU-POLICE');
    const in2014 = await eu.query(hood('TR-INTEL:per-tr-0002', true, ', between: { from: "2014-01-01T00:00:00Z", to: "2014-12-31T00:00:00Z" }'));
    expect(in2014.errors).toBeUndefined();
    expect(pairOf(in2014.data)).toEqual({ key: 'TR-INTEL:per-tr-0002', members: ['TR-INTEL:per-tr-0002'] });
    const in2015 = await eu.query(hood('TR-INTEL:per-tr-0002', true, ', between: { from: "2015-01-01T00:00:00Z", to: "2015-12-31T00:00:00Z" }'));
    expect(pairOf(in2015.data)).toEqual({ key: 'BE-INTEL:per-be-0002', members: ['BE-INTEL:per-be-0002', 'TR-INTEL:per-tr-0002'] });
  });

  it('asOf before the SAME_AS was reported: two records', async () => {
    const eu = server.as('EU-POLICE');
    const before = await eu.query(`{ neighbourhood(ids: ["TR-INTEL:per-tr-0002"], depth: 1, resolveIdentities: true, asOf: "2015-04-01T00:00:00Z") { nodes { key members } } }`);
    expect(before.errors).toBeUndefined();
    expect(pairOf(before.data)).toEqual({ key: 'TR-INTEL:per-tr-0002', members: ['TR-INTEL:per-tr-0002'] });
    const after = await eu.query(`{ neighbourhood(ids: ["TR-INTEL:per-tr-0002"], depth: 1, resolveIdentities: true, asOf: "2015-06-01T00:00:00Z") { nodes { key members } } }`);
    expect(pairOf(after.data)?.members).toEqual(['BE-INTEL:per-be-0002', 'TR-INTEL:per-tr-0002']);
  });
});

describe('paths on the resolved graph (issue 13 item 3)', () => {
  const q = (h: number) => `{ paths(from: "BE-INTEL:per-be-0002", to: "NL-INTEL:per-nl-0001", maxHops: ${h}, limit: 25, resolveIdentities: true) { nodes { key members } length } }`;

  it('all shortest paths have one length, folded nodes carry the lowest id, maxHops counts resolved hops', async () => {
    const res = await server.as('EU-POLICE').query(q(6));
    expect(res.errors).toBeUndefined();
    const paths = res.data?.paths as PathOut[];
    expect(paths.length).toBeGreaterThan(0);
    const shortest = paths[0]!.length;
    expect(paths.every((p) => p.length === shortest)).toBe(true);
    for (const p of paths) for (const n of p.nodes) expect(n.key).toBe([...n.members].sort()[0]);
    const bounded = await server.as('EU-POLICE').query(q(shortest));
    expect(bounded.data?.paths).toEqual(paths);
    const tooShort = await server.as('EU-POLICE').query(q(shortest - 1));
    expect(tooShort.data?.paths).toEqual([]);
  });
});

describe('k shortest paths (issue 13 item 4)', () => {
  it('returns simple paths only, distinct, in non-decreasing length', async () => {
    const res = await server.as('EU-POLICE').query(
      `{ paths(from: "BE-INTEL:per-be-0005", to: "FR-INTEL:per-fr-0001", maxHops: 6, limit: 10, mode: K_SHORTEST) { nodes { key members } length } }`,
    );
    expect(res.errors).toBeUndefined();
    const paths = res.data?.paths as PathOut[];
    expect(paths.length).toBe(10);
    for (const p of paths) expect(new Set(p.nodes.map((n) => n.key)).size).toBe(p.nodes.length);
    const keys = paths.map((p) => p.nodes.map((n) => n.key).join('>'));
    expect(new Set(keys).size).toBe(keys.length);
    const lengths = paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });
});
