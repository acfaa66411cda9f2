// Two API *processes* on one Neo4j, as they ship (`npm start` with NEO4J_URI): an agreement narrowed
// from AMBER to GREEN through one hides the AMBER record on the very next request of both (issue 16
// acceptance). Nothing is sent between them: each reads the agreements per request.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { signLocalToken } from '../../src/auth/tokens.js';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, gid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { postTo, startApiProcess, stopApiProcess, type ApiProcess } from '../helpers/apiProcess.js';

const SECRET = 'a-test-secret-for-two-sharing-processes-123456';
const t = testServer({ SKEIN_JWT_SECRET: SECRET });
const [owner, partner] = [agencyCode('own'), agencyCode('part')];
const [green, amber] = [gid(owner, 'per-green'), gid(owner, 'per-amber')];
const apis: ApiProcess[] = [];
const token = (agency: string, role: 'ANALYST' | 'ADMIN') => signLocalToken(t.config, { agency, role });

beforeAll(async () => {
  await writeWorld(t.executor, [owner, partner], [{ from: owner, to: partner, upTo: 'AMBER', hitNotification: false }], [
    node('Person', green, owner, 'GREEN', { name: 'Green Record' }),
    node('Person', amber, owner, 'AMBER', { name: 'Amber Record' }),
  ]);
  // One after the other: the first compiles build/ when stale, the second finds it built.
  apis.push(await startApiProcess(inject('neo4jUri'), SECRET));
  apis.push(await startApiProcess(inject('neo4jUri'), SECRET));
}, 400_000);

afterAll(async () => {
  for (const api of apis) await stopApiProcess(api);
  await t.stop();
  await closeTestDriver();
});

const seenBy = async (api: ApiProcess) => {
  const res = await postTo(api, await token(partner, 'ANALYST'), `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [green, amber] });
  expect(res.errors).toBeUndefined();
  return (res.data.nodes as Array<{ id: string } | null>).filter((n) => n !== null).map((n) => n!.id).sort();
};
const SET = `mutation($input: AgreementInput!) { setAgreement(input: $input) { upTo } }`;

it('narrowing AMBER -> GREEN on one process hides AMBER records on the next request of both; widening on the other brings them back', { timeout: 120_000 }, async () => {
  const [one, two] = apis as [ApiProcess, ApiProcess];
  expect(await seenBy(one)).toEqual([amber, green].sort());
  expect(await seenBy(two)).toEqual([amber, green].sort());
  const narrowed = await postTo(one, await token(owner, 'ADMIN'), SET, { input: { to: partner, upTo: 'GREEN' } });
  expect(narrowed.errors).toBeUndefined();
  expect(await seenBy(two)).toEqual([green]);
  expect(await seenBy(one)).toEqual([green]);
  const widened = await postTo(two, await token(owner, 'ADMIN'), SET, { input: { to: partner, upTo: 'AMBER' } });
  expect(widened.errors).toBeUndefined();
  expect(await seenBy(one)).toEqual([amber, green].sort());
  expect(await seenBy(two)).toEqual([amber, green].sort());
});
