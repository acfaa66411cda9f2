// Over HTTP: tokens, health probes, the explorer, CSRF prevention and masked errors.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createHttpApp } from '../../src/http.js';
import { createVerifier, signLocalToken, localSecret } from '../../src/auth/tokens.js';
import { testServer } from '../helpers/server.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import { createServer } from '../../src/server.js';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_OPS, Ops } from '../../src/ops/ops.js';
import pino from 'pino';

const t = testServer({ SKEIN_JWT_SECRET: 'a-test-secret-that-is-long-enough-1234567890' });
const me = agencyCode('http');
const apollo = createServer({ config: t.config, logger: createLogger('silent'), auditLog: t.auditLog });
let server: Server;
let base: string;

beforeAll(async () => {
  await writeWorld(t.executor, [me], [], []);
  await apollo.start();
  const app = createHttpApp({
    apollo,
    executor: t.executor,
    verify: createVerifier(t.config),
    ready: async () => true,
    explorerHeaders: async () => ({ Authorization: `Bearer ${await signLocalToken(t.config, { agency: me, role: 'ANALYST' })}` }),
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await apollo.stop();
  await t.stop();
  await closeTestDriver();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const viewerQuery = { query: '{ viewer { role agency { code } } }' };

describe('authentication', () => {
  it('no token: 401 UNAUTHENTICATED, health endpoints still answer', async () => {
    const res = await post(viewerQuery);
    expect(res.status).toBe(401);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('a valid token identifies agency and role', async () => {
    const token = await signLocalToken(t.config, { agency: me, role: 'INGEST' });
    const body = await (await post(viewerQuery, { authorization: `Bearer ${token}` })).json();
    expect(body).toEqual({ data: { viewer: { role: 'INGEST', agency: { code: me } } } });
  });

  it('no answer may be cached: with data or with errors, it says no-store', async () => {
    const token = await signLocalToken(t.config, { agency: me, role: 'ANALYST' });
    const answered = await post(viewerQuery, { authorization: `Bearer ${token}` });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const failed = await post({ query: '{ node(id: "not an id") { id } }' }, { authorization: `Bearer ${token}` });
    expect(failed.headers.get('cache-control')).toBe('no-store');
  });

  const bad: Array<[string, () => Promise<string>]> = [
    ['garbage', async () => 'not.a.token'],
    ['wrong signature', async () => new SignJWT({ agency: me, role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(t.config.auth.issuer).setAudience(t.config.auth.audience).setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'))],
    ['expired', async () => signLocalToken(t.config, { agency: me, role: 'ANALYST', expiresIn: '-1m' })],
    ['unknown role', async () => new SignJWT({ agency: me, role: 'GOD' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(t.config.auth.issuer).setAudience(t.config.auth.audience).setExpirationTime('1h').sign(localSecret(t.config))],
    ['unregistered agency', async () => signLocalToken(t.config, { agency: 'ZZ-NOWHERE', role: 'ANALYST' })],
  ];
  it.each(bad)('%s token: 401 UNAUTHENTICATED, no detail', async (_n, make) => {
    const res = await post({ query: '{ node(id: "x") { id } }' }, { authorization: `Bearer ${await make()}` });
    const body = (await res.json()) as any;
    expect(res.status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|jose|JWS|at .*\.js/);
  });
});

describe('protection', () => {
  it('CSRF prevention refuses a simple cross-site GET (no header that forces a preflight)', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ viewer { role } }')}`);
    expect(res.status).toBe(400);
  });

  it('a GET query with a bearer header (preflighted by any browser) is answered', async () => {
    const token = await signLocalToken(t.config, { agency: me, role: 'ANALYST' });
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ viewer { role } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { viewer: { role: string } } }).data.viewer.role).toBe('ANALYST');
  });

  it('batched requests are refused', async () => {
    const token = await signLocalToken(t.config, { agency: me, role: 'ANALYST' });
    const res = await post([viewerQuery, viewerQuery], { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
  });
});

describe('request ids', () => {
  // docs/operations.md: every error names the request (x-request-id), whichever layer answered it.
  const named = async (res: Response) => {
    const id = res.headers.get('x-request-id');
    const body = (await res.json()) as { errors: Array<{ extensions?: { requestId?: string; code?: string } }> };
    expect(id).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) expect(e.extensions?.requestId).toBe(id);
    return body.errors[0]!.extensions?.code;
  };
  const auth = async () => ({ authorization: `Bearer ${await signLocalToken(t.config, { agency: me, role: 'ANALYST' })}` });

  it('an error while resolving names the request', async () => {
    expect(await named(await post({ query: '{ person(id: "not an id") { id } }' }, await auth()))).toBe('BAD_USER_INPUT');
  });

  it('a query that does not validate names the request', async () => {
    expect(await named(await post({ query: '{ noSuchField }' }, await auth()))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a refused token names the request', async () => {
    expect(await named(await post(viewerQuery))).toBe('UNAUTHENTICATED');
  });

  it('a request Apollo refuses before any operation (no query) names the request', async () => {
    expect(await named(await post({ variables: {} }, await auth()))).toBe('BAD_REQUEST');
  });

  it('the caller\'s well-formed x-request-id is the one named', async () => {
    const res = await post({ query: '{ noSuchField }' }, { ...(await auth()), 'x-request-id': 'trace-0123456789' });
    expect(res.headers.get('x-request-id')).toBe('trace-0123456789');
    await named(res);
  });
});

describe('explorer', () => {
  it('serves GraphiQL and its assets locally, with a token in the header editor', async () => {
    const page = await (await fetch(`${base}/graphiql`)).text();
    expect(page).toContain('/graphiql/assets/graphiql.js');
    // The schema comes with the page: GraphiQL's own introspection query is deeper than the depth limit.
    expect(page).toContain('/graphiql/schema.json');
    const schema = (await (await fetch(`${base}/graphiql/schema.json`)).json()) as { __schema: { queryType: { name: string }; subscriptionType: { name: string } } };
    expect(schema.__schema.queryType.name).toBe('Query');
    // Subscriptions run from the explorer over graphql-ws, served from npm like the rest.
    expect(schema.__schema.subscriptionType.name).toBe('Subscription');
    expect(page).toContain('/graphiql/assets/graphql-ws.js');
    expect(page).toContain('wsClient');
    expect(page).toContain('Bearer ey');
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'graphql-ws.js']) {
      const res = await fetch(`${base}/graphiql/assets/${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    const outside = await fetch(`${base}/graphiql/assets/..%2Fpackage.json`);
    expect(outside.status).toBe(404);
    expect((await outside.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a browser opening /graphql is sent to the explorer', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql');
  });
});

describe('answers outside /graphql', () => {
  // Express's own last handler prints an error's stack trace (with the server's file paths) as HTML
  // unless NODE_ENV=production: nothing may reach it.
  const noInternals = (text: string) => {
    expect(text).not.toMatch(/URIError|node_modules|\sat \S+ \(|\/work\/|\.js:\d/);
  };

  it('a path parameter that does not decode: 400, coded, in plain words, no stack trace', async () => {
    const res = await fetch(`${base}/graphiql/assets/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    noInternals(text);
    expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'the request path is not valid percent-encoded UTF-8', extensions: { code: 'BAD_REQUEST' } });
  });

  it('a path nothing serves: a coded 404 naming where the API is', async () => {
    for (const [method, path] of [['GET', '/nowhere'], ['POST', '/healthz'], ['GET', '/graphiql/nothing/here']] as const) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      const text = await res.text();
      noInternals(text);
      expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'nothing is served at this path; the API is POST /graphql', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('a route that fails: 500 masked for the client, the error and its stack in the log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
    const failing = createHttpApp({
      apollo,
      executor: t.executor,
      verify: createVerifier(t.config),
      ready: async () => true,
      ops: new Ops({ ...DEFAULT_OPS, metrics: false, logger }),
      explorerHeaders: async () => {
        throw new Error('token store unreachable at /srv/secret/path.ts:12');
      },
    });
    const s: Server = await new Promise((resolve) => {
      const x = failing.listen(0, '127.0.0.1', () => resolve(x));
    });
    try {
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/graphiql`);
      expect(res.status).toBe(500);
      const text = await res.text();
      noInternals(text);
      expect(text).not.toContain('token store');
      expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const logged = lines.map((l) => JSON.parse(l) as { msg: string; path: string; err: { message: string; stack: string } });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ msg: 'request failed with an internal error', path: '/graphiql', err: { message: 'token store unreachable at /srv/secret/path.ts:12' } });
      expect(logged[0]!.err.stack).toContain('token store unreachable');
    } finally {
      s.close();
    }
  });
});
