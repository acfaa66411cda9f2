// Every operation leaves an audit line: who, which agency, which operation, which record ids came back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';

const server = testServer();
const me = agencyCode('aud');
const other = agencyCode('aud');
const seen = gid(me, 'per');
const hidden = gid(other, 'per');

beforeAll(async () => {
  await writeWorld(server.executor, [me, other], [], [
    node('Person', seen, me, 'GREEN', { name: 'Audit Visible' }),
    node('Person', hidden, other, 'AMBER', { name: 'Audit Hidden' }),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const lines = async () => {
  await server.auditLog.flush();
  return readFileSync(server.config.auditLogPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
};

it('records the returned ids, and only those', async () => {
  await server.as(me).query(`query Lookup($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [seen, hidden] });
  const entry = (await lines()).find((l) => l.operation === 'query Lookup');
  expect(entry).toMatchObject({ event: 'graphql', agency: me, role: 'ANALYST', subject: `${me.toLowerCase()}-tester`, recordIds: [seen], errors: [] });
  expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

it('records refused operations with their error codes', async () => {
  await server.as(me, 'INGEST').query(`query Broken { node(id: "bad id!") { id } }`);
  const entry = (await lines()).find((l) => l.operation === 'query Broken');
  expect(entry).toMatchObject({ role: 'INGEST', recordIds: [], errors: ['BAD_USER_INPUT'] });
});

it('appends: earlier lines are kept', async () => {
  const before = (await lines()).length;
  await server.as(me).query(`query Again { viewer { role } }`);
  const after = await lines();
  expect(after.length).toBe(before + 1);
});
