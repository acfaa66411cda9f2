// Issue 13 repros on the demo world: exact network limits, nearest screening context.
import { describe, expect, it } from 'vitest';
import { demoWorldServer } from '../helpers/demoWorld.js';

const server = demoWorldServer();

describe('screening network context (issue 13 item 7)', () => {
  it('reports the nearest watchlisted person and recruiter, not the last row', async () => {
    const res = await server.as('NL-INTEL').query(
      `{ screen(travellers: [{ name: "Youssef el-Tahiri", birthDate: "1996-07-08" }]) { rows { candidates { person { id }
         network { recruiterDistance nearestRecruiter { id } watchlistDistance nearestWatchlisted { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data?.screen.rows[0].candidates.find((x: { person: { id: string } }) => x.person.id === 'per-nl-0004');
    expect(c.network).toEqual({ recruiterDistance: 1, nearestRecruiter: { id: 'per-nl-0001' }, watchlistDistance: 0, nearestWatchlisted: { id: 'per-nl-0004' } });
  });
});

describe('network limits (issue 13 item 5)', () => {
  it('answers the whole visible network when it fits the limit', async () => {
    const res = await server.as('NL-INTEL').query(
      `{ network(seeds: ["per-nl-0001"], depth: 1, limit: 2000) { subgraph { nodes { id } edges { id } truncated } } }`,
    );
    expect(res.errors).toBeUndefined();
    const whole = res.data?.network.subgraph;
    expect(whole.truncated).toBe(false);
    const n = whole.nodes.length;
    const fit = await server.as('NL-INTEL').query(
      `{ network(seeds: ["per-nl-0001"], depth: 1, limit: ${n}) { subgraph { nodes { id } edges { id } truncated } } }`,
    );
    expect(fit.errors).toBeUndefined();
    expect(fit.data?.network.subgraph).toEqual(whole);
    const less = await server.as('NL-INTEL').query(`{ network(seeds: ["per-nl-0001"], depth: 1, limit: ${n - 1}) { subgraph { truncated } } }`);
    expect(less.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
