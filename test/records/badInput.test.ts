// Bad input gets a coded error: never a stack trace, never Cypher or driver text.
import { afterAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const me = agencyCode('bad');

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const cases: Array<[string, string, Record<string, unknown>, string]> = [
  ['malformed id', `query($id: ID!) { node(id: $id) { id } }`, { id: "x') RETURN n //" }, 'BAD_USER_INPUT'],
  ['empty id', `query($id: ID!) { person(id: $id) { id } }`, { id: '' }, 'BAD_USER_INPUT'],
  ['too many ids', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `p-${i}`) }, 'BAD_USER_INPUT'],
  ['negative first', `{ people(first: -1) { totalCount } }`, {}, 'BAD_USER_INPUT'],
  ['first above the maximum', `{ people(first: 1000) { totalCount } }`, {}, 'BAD_USER_INPUT'],
  ['forged cursor', `{ people(after: "b246ZnNldDo1") { totalCount } }`, {}, 'BAD_USER_INPUT'],
  ['unknown enum value', `{ search(text: "x", types: [Spaceship]) { totalCount } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['unknown enum in variables', `query($t: [NodeType!]) { search(text: "x", types: $t) { totalCount } }`, { t: ['Spaceship'] }, 'BAD_USER_INPUT'],
  ['Lucene syntax only', `{ search(text: "*:* ~ ^ -") { totalCount } }`, {}, 'BAD_USER_INPUT'],
  ['search text too long', `query($t: String!) { search(text: $t) { totalCount } }`, { t: 'a'.repeat(201) }, 'BAD_USER_INPUT'],
  ['unknown field', `{ person(id: "p-1") { password } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['syntax error', `{ person(id: "p-1") { id `, {}, 'GRAPHQL_PARSE_FAILED'],
];

describe('bad input', () => {
  it.each(cases)('%s -> coded error', async (_name, query, variables, code) => {
    await writeWorld(server.executor, [me], [], []);
    const res = await server.as(me).query(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/stacktrace|MATCH|UNWIND|Neo4jError|at .*\.ts:\d+/);
  });

  it('Lucene operators inside words are treated as text, not syntax', async () => {
    const res = await server.as(me).query(`{ search(text: "name:(x) AND y~ OR \\"z\\"") { totalCount } }`);
    expect(res.errors).toBeUndefined();
  });

  it('a depth bomb is refused before it reaches the database', async () => {
    const deep = 'recruits { edges { node { '.repeat(12) + 'id' + ' } } }'.repeat(12);
    const res = await server.as(me).query(`{ person(id: "p-1") { ${deep} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.stats.queries).toBe(0);
  });

  // Issue 12 finding 4: meta fields and introspection are held to the same limits as any field.
  it('too many __typename aliases are refused', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await server.as(me).query(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an introspection query deeper than the limit is refused (local mode)', async () => {
    const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(7)}name${' }'.repeat(7)} } } } } }`;
    const res = await server.as(me).query(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? null).toBeNull();
  });

  it('too many aliases are refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: node(id: "p-${i}") { id }`).join(' ');
    const res = await server.as(me).query(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
