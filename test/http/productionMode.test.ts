// Production mode: no introspection, no field suggestions, no explorer.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { generateKeyPair, exportSPKI } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import { createHttpApp } from '../../src/http.js';
import { createVerifier } from '../../src/auth/tokens.js';

let server: ReturnType<typeof testServer>;
const me = agencyCode('prod');

beforeAll(async () => {
  const { publicKey } = await generateKeyPair('ES256');
  server = testServer({ SKEIN_MODE: 'production', NEO4J_URI: 'neo4j://cluster.example:7687', SKEIN_JWT_PUBLIC_KEY: await exportSPKI(publicKey) });
  await writeWorld(server.executor, [me], [], []);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

it('refuses introspection', async () => {
  const res = await server.as(me).query(`{ __schema { types { name } } }`);
  expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(res.data ?? null).toBeNull();
});

it('does not suggest field names', async () => {
  const res = await server.as(me).query(`{ viewer { rol } }`);
  expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
});

// Issue 12 finding 5: no suggestion of any kind, whichever rule or coercion step finds the typo.
it.each([
  ['an enum value literal', `{ search(text: "x", types: [Persn]) { totalCount } }`, {}],
  ['an enum value in a variable', `query($t: [NodeType!]) { search(text: "x", types: $t) { totalCount } }`, { t: ['Persn'] }],
  ['an argument name', `{ search(txt: "x") { totalCount } }`, {}],
  ['a type condition', `{ node(id: "x") { ... on Persn { id } } }`, {}],
  ['a field name', `{ viewer { agncy { code } } }`, {}],
])('does not suggest on %s', async (_what, query, variables) => {
  const res = await server.as(me).query(query, variables);
  expect(res.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|Person"|agency"/i);
});

it('serves no explorer', async () => {
  const app = createHttpApp({ apollo: await server.apollo(), executor: server.executor, verify: createVerifier(server.config), ready: async () => true });
  const http = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    expect((await fetch(`${base}/graphiql`)).status).toBe(404);
    expect((await fetch(`${base}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' })).status).not.toBe(302);
  } finally {
    http.close();
  }
});
