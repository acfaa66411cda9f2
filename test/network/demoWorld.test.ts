// On the demo world: planted cells come back as communities, planted recruiters top the ranking.
import { describe, expect, it } from 'vitest';
import { buildDemoWorld } from '../../seed/world.js';
import { demoWorldServer } from '../helpers/demoWorld.js';

const server = demoWorldServer();
const world = buildDemoWorld();
const PERSON_LINKS = '[RECRUITED, ASSOCIATE_OF, COMMUNICATED_WITH, FAMILY_OF]';


const agencies = [...new Set(world.cells.map((c) => c.agency))];

describe.each(agencies)('cells of %s, seen by that agency', (agency) => {
  const cells = world.cells.filter((c) => c.agency === agency);

  it('each planted cell comes back as its own community', async () => {
    const res = await server.as(agency).query(
      `query($seeds: [ID!]!) { network(seeds: $seeds, depth: 2, types: ${PERSON_LINKS}, limit: 2000) { subgraph { nodes { key } } communities { index members } } }`,
      { seeds: cells.flatMap((c) => c.leaders) },
    );
    expect(res.errors).toBeUndefined();
    const present = new Set((res.data?.network.subgraph.nodes as Array<{ key: string }>).map((n) => n.key));
    const communities = res.data?.network.communities as Array<{ index: number; members: string[] }>;
    const chosen = cells.map((cell) => {
      const members = cell.members.filter((m) => present.has(m));
      const best = communities.map((c) => ({ c, hits: c.members.filter((m) => members.includes(m)).length })).sort((a, b) => b.hits - a.hits)[0]!;
      // Nearly all of the cell in one community, and that community mostly the cell.
      expect(members.length / cell.members.length).toBeGreaterThanOrEqual(0.85);
      expect(best.hits / members.length).toBeGreaterThanOrEqual(0.9);
      expect(best.hits / best.c.members.length).toBeGreaterThanOrEqual(0.75);
      return best.c.index;
    });
    expect(new Set(chosen).size).toBe(cells.length); // two cells never share a community
  });

  it('the planted recruiters top the recruiter ranking', async () => {
    const res = await server.as(agency).query(`{ recruiters(first: 10) { edges { node { person { id } reach } } } }`);
    const top = (res.data?.recruiters.edges as Array<{ node: { person: { id: string } } }>).map((e) => e.node.person.id);
    // Every cell's main recruiter ranks among the first (number of leaders of this agency's cells) places.
    const leaders = cells.flatMap((c) => c.leaders);
    for (const cell of cells) expect(top.slice(0, leaders.length)).toContain(cell.leaders[0]);
  });
});
