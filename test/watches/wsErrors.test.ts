// Errors over WebSocket reach the client as over HTTP: coded refusals as they are, anything uncoded masked
// as INTERNAL_SERVER_ERROR, and in production no "Did you mean …" (it names schema members even with
// introspection off). graphql-ws alone sends every error's own message.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { errorFormatter, limitRules, schema, typeDefs } from '../../src/server.js';
import { createVerifier, signLocalToken } from '../../src/auth/tokens.js';
import { attachSubscriptions, type LiveServer } from '../../src/watches/subscriptions.js';
import { testServer } from '../helpers/server.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const t = testServer({ SKEIN_JWT_SECRET: 'a-test-secret-that-is-long-enough-1234567890' });
const me = agencyCode('wse');
const SECRET = 'driver said: MATCH (n:Secret {id: $id}) RETURN n';

/** The real type definitions with an alert stream that fails as a bug or a raw driver error would. */
const failing: GraphQLSchema = makeExecutableSchema({
  typeDefs,
  resolvers: {
    Subscription: {
      alerts: {
        subscribe: async function* (_: unknown, args: { watchIds?: string[] }) {
          if (args.watchIds?.[0] === 'stream') throw new Error(SECRET);
          yield { alerts: { cursor: 'c1', change: 'INGEST', recordIds: [] } };
        },
      },
    },
    Alert: {
      change: () => {
        throw new Error(SECRET);
      },
    },
  },
});

async function serve(schemaUsed: GraphQLSchema, mode: 'local' | 'production'): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const config = { ...t.config, mode };
  const live: LiveServer = attachSubscriptions(server, {
    schema: schemaUsed, validationRules: limitRules({ config }).validationRules, executor: t.executor,
    verify: createVerifier(t.config), auditLog: t.auditLog, pollMs: 50, formatError: errorFormatter(config),
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await live.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Everything one subscription delivers until it ends: `next` payloads and the error it ends with. */
async function run(url: string, query: string, variables: Record<string, unknown> = {}) {
  const token = await signLocalToken(t.config, { agency: me, role: 'ANALYST' });
  const c = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  const nexts: Array<{ data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }> = [];
  try {
    const failed = await new Promise<unknown>((resolve) => {
      c.subscribe({ query, variables }, {
        next: (m) => {
          nexts.push(m as never);
          if (m.errors) resolve(undefined);
        },
        error: (e) => resolve(e),
        complete: () => resolve(undefined),
      });
    });
    return { nexts, failed: failed as Array<{ message: string; extensions?: { code?: string } }> | undefined };
  } finally {
    await c.dispose();
  }
}

beforeAll(async () => {
  await writeWorld(t.executor, [me], [], []);
});

afterAll(async () => {
  await t.stop();
  await closeTestDriver();
});

describe('errors over WebSocket', () => {
  it('a field that fails while an alert is delivered: INTERNAL_SERVER_ERROR, not its message', async () => {
    const s = await serve(failing, 'local');
    try {
      const { nexts } = await run(s.url, 'subscription { alerts { cursor change } }');
      expect(nexts).toHaveLength(1);
      expect(JSON.stringify(nexts[0])).not.toContain('Secret');
      expect(nexts[0]!.errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['alerts', 'change'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await s.stop();
    }
  });

  it('an alert stream that fails: INTERNAL_SERVER_ERROR, not its message', async () => {
    const s = await serve(failing, 'local');
    try {
      const { failed } = await run(s.url, 'subscription($ids: [ID!]) { alerts(watchIds: $ids) { cursor } }', { ids: ['stream'] });
      expect(JSON.stringify(failed)).not.toContain('Secret');
      expect(failed).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    } finally {
      await s.stop();
    }
  });

  it('a refusal keeps its code and words; in production it names no schema member', async () => {
    const typo = 'subscription { alerts { cursr } }';
    const local = await serve(schema, 'local');
    const production = await serve(schema, 'production');
    try {
      const here = (await run(local.url, typo)).failed!;
      expect(here[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(here[0]!.message).toMatch(/Cannot query field "cursr" on type "Alert"\. Did you mean "cursor"\?/);
      const there = (await run(production.url, typo)).failed!;
      expect(there[0]).toMatchObject({ message: 'Cannot query field "cursr" on type "Alert".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      // A variable of the wrong type: BAD_USER_INPUT with graphql-js's words, as Apollo answers it over HTTP.
      const wrong = await run(production.url, 'subscription($a: String) { alerts(after: $a) { cursor } }', { a: 5 });
      expect(wrong.nexts).toEqual([{ errors: [{ message: 'Variable "$a" got invalid value 5; String cannot represent a non string value: 5', locations: [{ line: 1, column: 14 }], extensions: { code: 'BAD_USER_INPUT' } }] }]);
      const overHttp = await t.as(me).query('query($a: String!) { search(text: $a) { totalCount } }', { a: 5 });
      expect(overHttp.errors?.[0]).toMatchObject({ message: 'Variable "$a" got invalid value 5; String cannot represent a non string value: 5', extensions: { code: 'BAD_USER_INPUT' } });
      const query = (await run(production.url, '{ __typename }')).failed!;
      expect(query[0]).toMatchObject({ message: 'only subscriptions are served over WebSocket; send queries and mutations over HTTP', extensions: { code: 'BAD_REQUEST' } });
    } finally {
      await local.stop();
      await production.stop();
    }
  });
});
