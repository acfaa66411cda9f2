// urql's default client (queries as GET, no preflight header of its own) against the real HTTP app.
import { describe, expect, it } from 'vitest';
import { Client, fetchExchange, gql } from '@urql/core';
import { demoHttp } from '../helpers/demoHttp.js';
import { demoId } from '../helpers/demoIds.js';

const api = demoHttp();

const PERSON = gql`
  query Recruiter($id: ID!) {
    person(id: $id) { id name recruits(first: 3) { totalCount } }
  }
`;

function urql(token: string | undefined): Client {
  // Exactly the client a front-end developer writes: defaults everywhere, a bearer token in fetchOptions.
  return new Client({
    url: `${api.base}/graphql`,
    exchanges: [fetchExchange],
    fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}

describe('urql 6 with its defaults', () => {
  it('sends queries as GET, and the API answers them', async () => {
    const sent: string[] = [];
    const client = new Client({
      url: `${api.base}/graphql`,
      exchanges: [fetchExchange],
      fetchOptions: { headers: { authorization: `Bearer ${await api.token('NL-INTEL')}` } },
      fetch: (input, init) => {
        sent.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const res = await client.query(PERSON, { id: demoId('per-nl-0001') }).toPromise();
    expect(sent).toEqual(['GET']);
    expect(res.error).toBeUndefined();
    expect(res.data.person.name).toBeTruthy();
    expect(res.data.person.recruits.totalCount).toBeGreaterThan(0);
  });

  it('a GET without a bearer header is still refused (CSRF guard and authentication)', async () => {
    const res = await urql(undefined).query(PERSON, { id: demoId('per-nl-0001') }).toPromise();
    expect(res.data).toBeUndefined();
    expect(res.error).toBeDefined();
  });

  it('mutations never run over GET', async () => {
    const token = await api.token('NL-INTEL');
    const query = 'mutation { __typename }';
    const res = await fetch(`${api.base}/graphql?query=${encodeURIComponent(query)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(405);
  });
});
