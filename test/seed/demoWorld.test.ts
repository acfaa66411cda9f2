// The demo world loads through the real writer, idempotently, and its sharing rules hold in the API.
import { describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../src/ingest/demoWorld.js';
import { buildDemoWorld } from '../../seed/world.js';
import { MARKINGS } from '../../src/model/graphModel.js';
import { demoWorldServer } from '../helpers/demoWorld.js';

const AGENCIES = ['TR-INTEL', 'NL-INTEL', 'BE-INTEL', 'FR-INTEL', 'ID-CT', 'AU-INTEL', 'IL-INTEL', 'EU-POLICE'];
const server = demoWorldServer();

// Demo records counted by their own ids: other test files may write generated records under the
// demo agencies' codes into the same database at the same time.
const counts = async () => {
  const world = buildDemoWorld();
  const ids = (kind: 'node' | 'relationship') => world.records.filter((r) => r.kind === kind).map((r) => r.id);
  const [row] = await server.executor.trustedRead(
    `CALL { UNWIND $nodeIds AS id MATCH (n:Entity {id: id}) RETURN count(n) AS nodes }
     CALL { MATCH (n:Entity)-[r]->() WHERE n.id IN $nodeIds AND r.id IN $relIds RETURN count(r) AS rels }
     RETURN nodes, rels`,
    { nodeIds: ids('node'), relIds: ids('relationship') },
  );
  return row;
};

describe('demo world', () => {
  it('is deterministic and has what the README promises', () => {
    const world = buildDemoWorld();
    expect(JSON.stringify(buildDemoWorld().records)).toBe(JSON.stringify(world.records));
    expect(world.agencies.map((a) => a.code).sort()).toEqual([...AGENCIES].sort());
    const people = world.records.filter((r) => r.kind === 'node' && r.type === 'Person');
    expect(people.length).toBeGreaterThanOrEqual(300);
    for (const m of MARKINGS) expect(world.records.some((r) => r.marking === m)).toBe(true);
    expect(new Set(world.agreements.map((a) => a.upTo)).size).toBeGreaterThanOrEqual(3);
  });

  it('loads idempotently: a second load leaves the counts unchanged', async () => {
    const world = buildDemoWorld();
    const before = await counts();
    expect(before?.nodes).toBe(world.records.filter((r) => r.kind === 'node').length);
    expect(before?.rels).toBe(world.records.filter((r) => r.kind === 'relationship').length);
    await loadDemoWorld(server.executor);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('a RED record is seen by its own agency only', async () => {
    const query = `{ person(id: "NL-INTEL:per-nl-0002") { id } }`;
    expect((await server.as('NL-INTEL').query(query)).data?.person).toEqual({ id: 'NL-INTEL:per-nl-0002' });
    for (const other of AGENCIES.filter((a) => a !== 'NL-INTEL')) expect((await server.as(other).query(query)).data?.person).toBeNull();
  });

  it('the deported-and-back pair is joined by SAME_AS for EU-POLICE, with two different passports', async () => {
    const res = await server.as('EU-POLICE').query(`{ person(id: "TR-INTEL:per-tr-0002") { name documents { edges { node { number } } }
      sameAs { edges { node { id name documents { edges { node { number } } } } link { properties provenance { source } } } } } }`);
    expect(res.errors).toBeUndefined();
    const p = res.data?.person;
    const twin = p.sameAs.edges[0];
    expect(twin.node.id).toBe('BE-INTEL:per-be-0002');
    expect(twin.link.provenance.source).toBe('EU-POLICE');
    const numbers = (c: { edges: Array<{ node: { number: string } }> }) => c.edges.map((e) => e.node.number);
    expect(numbers(p.documents)).not.toEqual(numbers(twin.node.documents));
  });

  it('a hidden RECRUITED edge between two visible people does not show (rel-rec-0001 is RED)', async () => {
    // NL-INTEL shares up to AMBER with EU-POLICE: both AMBER people show, the RED edge between them does not.
    const query = `{ recruiter: person(id: "NL-INTEL:per-nl-0001") { id } recruit: person(id: "NL-INTEL:per-nl-0003") { recruitedBy { edges { node { id } } } } }`;
    const eu = await server.as('EU-POLICE').query(query);
    expect(eu.data?.recruiter).toEqual({ id: 'NL-INTEL:per-nl-0001' });
    expect(eu.data?.recruit.recruitedBy.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain('NL-INTEL:per-nl-0001');
    const nl = await server.as('NL-INTEL').query(query);
    expect(nl.data?.recruit.recruitedBy.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('NL-INTEL:per-nl-0001');
  });
});
