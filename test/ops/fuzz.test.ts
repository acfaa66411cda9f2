// Fuzz over the SDL: random valid and broken operations from schema.graphql, through the real HTTP
// app against the real Neo4j, for a bounded time. No 5xx, and every error coded and masked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { typeDefs } from '../../src/server.js';
import { answer, expectMasked, startApi, type RunningApi } from './api.js';
import { OperationFuzzer, rng, STRINGS } from './sdlFuzz.js';

const FUZZ_MS = Number(process.env.SKEIN_FUZZ_MS ?? 20_000);
const CLIENTS = 4;
const SEED = Number(process.env.SKEIN_FUZZ_SEED ?? Date.now() % 1_000_000);

const graph = testExecutor();
const me = agencyCode('fuzz');
const ids: string[] = [];
let api: RunningApi;

beforeAll(async () => {
  const people = Array.from({ length: 6 }, () => gid(me, 'fz-p'));
  const doc = gid(me, 'fz-d');
  ids.push(...people, doc);
  await writeWorld(graph, [me], [], [
    ...people.map((id, i) => node('Person', id, me, 'AMBER', { name: `Fuzz Person ${i}` })),
    node('Document', doc, me, 'GREEN', { number: `FZ${doc}`, kind: 'PASSPORT', issuingCountry: 'NL' }),
    ...people.slice(1).map((id, i) => rel('RECRUITED', uid('fz-r'), people[i]!, id, me, 'AMBER')),
    rel('HOLDS', uid('fz-h'), people[0]!, doc, me, 'GREEN'),
  ]);
  // A short request timeout: an expensive random traversal ends as a coded QUERY_TIMEOUT, not a stall.
  api = await startApi(graph, { SKEIN_RATE_LIMIT_PER_MINUTE: '0', SKEIN_REQUEST_TIMEOUT_MS: '5000' });
});

afterAll(async () => {
  await api.stop();
  await closeTestDriver();
});

it(`random operations for ${FUZZ_MS / 1000} s: no 5xx, no unmasked error (seed ${SEED})`, async () => {
  const fuzzer = new OperationFuzzer(typeDefs, ids);
  const tokens = await Promise.all((['ANALYST', 'INGEST', 'ADMIN'] as const).map((role) => api.token(me, role)));
  const codes = new Map<string, number>();
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let sent = 0;
  const until = Date.now() + FUZZ_MS;

  const client = async (n: number) => {
    const r = rng(SEED * 31 + n);
    while (Date.now() < until && failures.length < 5) {
      const { body } = fuzzer.next(r);
      const auth = { authorization: `Bearer ${r.pick(tokens)}` };
      sent += 1;
      try {
        const t0 = Date.now();
        const a = await answer(api.post(body, auth));
        if (process.env.SKEIN_FUZZ_SLOW && Date.now() - t0 > 1000) console.log(`slow ${Date.now() - t0} ms: ${JSON.stringify(body).slice(0, 400)}`);
        statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
        if (a.status >= 500) throw new Error(`status ${a.status}: ${a.text.slice(0, 300)}`);
        const got = expectMasked(a, STRINGS);
        for (const c of got) codes.set(c, (codes.get(c) ?? 0) + 1);
        // Bad input is the caller's mistake: a coded refusal, never our own failure.
        if (got.includes('INTERNAL_SERVER_ERROR')) throw new Error(`internal error: ${a.text.slice(0, 300)}`);
      } catch (err) {
        failures.push(`${(err as Error).message}\n  request: ${JSON.stringify(body).slice(0, 600)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

  console.log(`fuzz seed ${SEED}: ${sent} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}; error codes ${JSON.stringify(Object.fromEntries(codes))}`);
  expect(failures, `reproduce with SKEIN_FUZZ_SEED=${SEED}`).toEqual([]);
  expect(sent).toBeGreaterThan(50);
  // Both sides were exercised: answers with data and refusals.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  // The server is still fine.
  expect((await answer(api.post({ query: '{ viewer { role } }' }, { authorization: `Bearer ${tokens[0]}` }))).status).toBe(200);
}, FUZZ_MS + 30_000);
