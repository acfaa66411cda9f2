// Hostile and malformed requests over real HTTP: each gets a clear 4xx with a coded error, and the
// server answers normally afterwards. Limits are the documented defaults unless the test sets one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { answer, expectMasked, startApi, type RunningApi } from './api.js';

const graph = testExecutor();
const me = agencyCode('host');
const other = agencyCode('hoso');
let api: RunningApi;
let auth: Record<string, string>;

beforeAll(async () => {
  await writeWorld(graph, [me, other], [], []);
  api = await startApi(graph, { SKEIN_RATE_LIMIT_PER_MINUTE: '0', SKEIN_MAX_BODY_BYTES: '200000' });
  auth = { authorization: `Bearer ${await api.token(me)}` };
});

afterAll(async () => {
  await api.stop();
  await closeTestDriver();
});

const VIEWER = { query: '{ viewer { role agency { code } } }' };

/** One refused request: its status, its single coded error, nothing leaked. */
async function refused(res: Promise<Response>, status: number, code: string): Promise<void> {
  const a = await answer(res);
  expect(a.status, a.text.slice(0, 300)).toBe(status);
  expect(expectMasked(a)).toContain(code);
}

/** JSON text nested `depth` objects deep (JSON.stringify itself would overflow). */
const nestedJson = (depth: number) => `${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('request bodies', () => {
  it('a body over SKEIN_MAX_BODY_BYTES: 413', async () => {
    const ids = Array.from({ length: 30_000 }, (_, i) => `id-${i}-padding`);
    await refused(api.post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, auth), 413, 'BAD_REQUEST');
  });

  it('large variables under the body limit: a coded input error, not a slow query', async () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `id-${i}`);
    const a = await answer(api.post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, auth));
    expect(a.status).toBeLessThan(500);
    expect(expectMasked(a)).toEqual(['BAD_USER_INPUT']);
  });

  it('a huge string argument: a coded input error', async () => {
    const a = await answer(api.post({ query: 'query($t: String!) { search(text: $t) { totalCount } }', variables: { t: 'ä'.repeat(90_000) } }, auth));
    expect(a.status).toBeLessThan(500);
    expect(expectMasked(a)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([40, 30_000])('input objects nested %i deep: 400 before GraphQL sees them', async (depth) => {
    const body = `{"query":"mutation($r: [IngestRecordInput!]!) { ingest(records: $r) { dryRun } }","variables":{"r":[{"properties":${nestedJson(depth)}}]}}`;
    await refused(api.post(body, auth), 400, 'BAD_REQUEST');
  });

  it('invalid UTF-8: 400', async () => {
    const bytes = Buffer.concat([Buffer.from('{"query":"{ viewer { role } }","x":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
    await refused(api.post(new Uint8Array(bytes), auth), 400, 'BAD_REQUEST');
  });

  it('invalid JSON: 400', async () => {
    await refused(api.post('{"query": "{ viewer { role } }"', auth), 400, 'BAD_REQUEST');
  });

  it.each([
    ['text/plain', '{"query":"{ viewer { role } }"}'],
    ['application/x-www-form-urlencoded', 'query=%7B+viewer+%7B+role+%7D+%7D'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ viewer { role } }\r\n--x--'],
    ['application/graphql', '{ viewer { role } }'],
  ])('content-type %s: 415', async (type, body) => {
    await refused(api.post(body, { ...auth, 'content-type': type }), 415, 'BAD_REQUEST');
  });

  it('a declared charset other than UTF-8: 415', async () => {
    await refused(api.post(JSON.stringify(VIEWER), { ...auth, 'content-type': 'application/json; charset=latin1' }), 415, 'BAD_REQUEST');
  });

  it('batched requests: 400', async () => {
    const a = await answer(api.post([VIEWER, VIEWER], auth));
    expect(a.status).toBe(400);
    expectMasked(a);
  });

  it('an operation type the API does not have (subscription): 400, coded, not an internal error', async () => {
    await refused(api.post({ query: 'subscription { viewer { role } }' }, auth), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a malformed bookmarks header: 400', async () => {
    await refused(api.post(VIEWER, { ...auth, 'x-skein-bookmarks': 'not a bookmark!' }), 400, 'BAD_USER_INPUT');
  });
});

describe('operation limits (GraphQL Armor and the parser)', () => {
  const nested = (levels: number, leaf: string) => `{ person(id: "x") { ${'recruits { edges { node { '.repeat(levels)}${leaf}${' } } }'.repeat(levels)} } }`;
  const deep = nested(4, 'id');
  const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
  const links = (inner: string) => ['recruits', 'recruitedBy', 'associates', 'family', 'contacts'].map((f) => `${f} { edges { node { id name ${inner} } } }`).join(' ');
  const costly = `{ person(id: "x") { ${links(links(links('')))} } }`;
  const tokens = `{ viewer { ${'role '.repeat(6_000)} } }`;
  const directives = `{ viewer { role ${'@include(if: true) '.repeat(60)} } }`;

  it.each([
    ['depth', deep],
    ['aliases', aliases],
    ['cost', costly],
    ['tokens', tokens],
    ['directives', directives],
  ])('over the %s limit: 400 with a coded error', async (name, query) => {
    const a = await answer(api.post({ query }, auth));
    expect(a.status, a.text.slice(0, 300)).toBe(400);
    const codes = expectMasked(a);
    expect(a.body.errors?.[0]?.message).toMatch(new RegExp(name === 'tokens' ? 'token' : name, 'i'));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED' || c === 'BAD_REQUEST')).toBe(true);
  });
});

describe('after all that', () => {
  it('the server still answers normally', async () => {
    const a = await answer(api.post(VIEWER, auth));
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ data: { viewer: { role: 'ANALYST', agency: { code: me } } } });
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
  });
});

describe('rate limit per token', () => {
  it('past the allowance: 429 RATE_LIMITED with Retry-After; other callers are unaffected', async () => {
    // 12 a minute holds a burst of 2 (ten seconds' worth) and refills one every 5 s.
    const limited = await startApi(graph, { SKEIN_RATE_LIMIT_PER_MINUTE: '12' });
    try {
      const mine = { authorization: `Bearer ${await limited.token(me, 'ANALYST', 'busy-analyst')}` };
      const statuses: number[] = [];
      for (let i = 0; i < 2; i++) statuses.push((await limited.post(VIEWER, mine)).status);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const res = await limited.post(VIEWER, mine);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      await refused(Promise.resolve(res), 429, 'RATE_LIMITED');
      // Another analyst of the same agency, and one of another agency, have their own allowance.
      for (const [agency, subject] of [[me, 'quiet-analyst'], [other, 'busy-analyst']] as const) {
        const a = await answer(limited.post(VIEWER, { authorization: `Bearer ${await limited.token(agency, 'ANALYST', subject)}` }));
        expect(a.status).toBe(200);
      }
    } finally {
      await limited.stop();
    }
  });
});
