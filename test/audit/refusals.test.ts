// Issue 12 finding 7: every request refused before it became an operation of a known viewer (no token,
// a bad or expired one, an unregistered agency, a rate limit, a malformed body) leaves an audit line
// with the time, the client's address, the reason and the operation name it gave.
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { SECRET, startApi, type RunningApi } from '../ops/api.js';

const graph = testExecutor();
const me = agencyCode('refu');
const fake = agencyCode('refx'); // no :Agency record
let api: RunningApi;

beforeAll(async () => {
  await writeWorld(graph, [me], [], []);
  api = await startApi(graph, { SKEIN_RATE_LIMIT_PER_MINUTE: '3' });
});

afterAll(async () => {
  await api.stop();
  await closeTestDriver();
});

const refusals = async () => {
  await api.auditLog.flush();
  const text = readFileSync(api.config.auditLogPath, 'utf8').trim();
  return text.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'refusal');
};
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

it('audits refusals for no token, a bad or expired token, and an unregistered agency', async () => {
  const expired = await new SignJWT({ agency: me, role: 'ANALYST' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
    .setIssuer(api.config.auth.issuer).setAudience(api.config.auth.audience).setExpirationTime(Math.floor(Date.now() / 1000) - 60)
    .sign(new TextEncoder().encode(SECRET));
  const cases: Array<[string, Record<string, string>]> = [
    ['NoToken', {}],
    ['BadToken', bearer('not.a.token')],
    ['Expired', bearer(expired)],
    ['Unregistered', bearer(await api.token(fake))],
  ];
  for (const [name, headers] of cases) {
    expect((await api.post({ query: `query ${name} { viewer { role } }` }, headers)).status).toBe(401);
  }
  const lines = await refusals();
  for (const [name] of cases) {
    const line = lines.find((l) => l.operation === name);
    expect(line, name).toMatchObject({ reason: 'UNAUTHENTICATED', address: expect.stringMatching(/127\.0\.0\.1/) });
    expect(line!.time).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    expect(line!.requestId).toEqual(expect.any(String));
  }
});

it('audits a malformed body and a rate-limited request, naming the operation from operationName', async () => {
  expect((await api.post('{"query": "query Broken {', { 'content-type': 'application/json' })).status).toBe(400);
  const auth = bearer(await api.token(me, 'ANALYST', 'rate-limited'));
  let limited = 0;
  for (let i = 0; i < 5; i++) {
    const res = await api.post({ query: 'query Busy { viewer { role } }', operationName: 'Busy' }, auth);
    if (res.status === 429) limited += 1;
  }
  expect(limited).toBeGreaterThan(0);
  const lines = await refusals();
  expect(lines.some((l) => l.reason === 'BAD_REQUEST' && l.operation === null)).toBe(true);
  expect(lines.filter((l) => l.reason === 'RATE_LIMITED' && l.operation === 'Busy')).toHaveLength(limited);
  // The token was valid: the refusal names its viewer, and that agency's ADMIN finds it in auditRefusals
  // (a refusal before any valid token names nobody an agency could own: not listed to any agency).
  expect(lines.find((l) => l.reason === 'RATE_LIMITED')).toMatchObject({ agency: me, role: 'ANALYST', subject: 'rate-limited' });
  const listed = (await api.auditLog.store!.refusals({ owner: me, from: 0, to: Number.MAX_SAFE_INTEGER, first: 500 })).items;
  expect(listed.filter((r) => r.operation === 'Busy')).toHaveLength(limited);
  expect(listed.find((r) => r.operation === 'Busy')).toMatchObject({ subject: 'rate-limited', role: 'ANALYST', errors: ['RATE_LIMITED'] });
  expect(listed.map((r) => r.operation)).not.toContain('NoToken');
  expect((await api.auditLog.store!.refusals({ owner: fake, from: 0, to: Number.MAX_SAFE_INTEGER, first: 500 })).items.map((r) => r.operation)).toEqual(['Unregistered']);
});
