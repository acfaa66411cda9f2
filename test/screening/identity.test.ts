// identityMatches and SAME_AS decisions against the real Neo4j: one man with two passports and two
// spellings across two agencies is proposed with reasons; confirm, retract, reject; roles; audit.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { uid } from '../helpers/ids.js';
import { screeningWorld } from './world.js';

const server = testServer();
const w = screeningWorld();

beforeAll(async () => {
  await w.write(server.executor);
  await w.writeHidden(server.executor);
  // The matching statement is large: Neo4j plans it once here, within the hook's longer timeout.
  await server.as(w.B).query(MATCHES, { id: w.ids.b });
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const MATCHES = `query Matches($id: ID!) { identityMatches(personId: $id) { score person { id name } reasons { field how score detail } } }`;
const DECISION = 'id kind a { id } b { id } agency decidedBy decidedAt reason active retractedAt retractedBy retractReason sameAsId';
const CONFIRM = `mutation Confirm($a: ID!, $b: ID!, $r: String!) { confirmSameAs(a: $a, b: $b, reason: $r) { ${DECISION} } }`;
const REJECT = `mutation Reject($a: ID!, $b: ID!, $r: String!) { rejectSameAs(a: $a, b: $b, reason: $r) { ${DECISION} } }`;
const RETRACT = `mutation Retract($a: ID!, $b: ID!, $r: String!) { retractSameAs(a: $a, b: $b, reason: $r) { ${DECISION} } }`;
const SAME_AS = `query($id: ID!) { person(id: $id) { sameAs { edges { node { id } link { provenance { source } properties } } } } }`;
const RESOLVED = `query($id: ID!) { neighbourhood(ids: [$id], resolveIdentities: true) { nodes { key members } } }`;

const matchIds = async (id: string) => ((await server.as(w.B).query(MATCHES, { id })).data?.identityMatches ?? []).map((m: { person: { id: string } }) => m.person.id);

describe('identityMatches', { timeout: 90_000 }, () => {
  it('proposes the other agency\'s record of the same man, with reasons', async () => {
    const res = await server.as(w.B).query(MATCHES, { id: w.ids.b });
    expect(res.errors).toBeUndefined();
    const [top] = res.data?.identityMatches;
    expect(top.person.id).toBe(w.ids.a);
    expect(top.score).toBeGreaterThanOrEqual(0.9);
    expect(top.reasons.map((r: { field: string; how: string }) => `${r.field}:${r.how}`)).toEqual(
      expect.arrayContaining(['NAME:VARIANT', 'BIRTH_DATE:SWAPPED_DAY_MONTH', 'IDENTIFIER:SHARED', 'FLIGHT:SAME_FLIGHT']),
    );
    // Hidden records (C and D report a namesake) are never proposed, not even by reference.
    expect(JSON.stringify(res.data)).not.toMatch(new RegExp(`${w.ids.hiddenC}|${w.ids.hiddenD}`));
  });

  it('a hidden or missing person answers the same: no matches', async () => {
    const hidden = await server.as(w.B).query(MATCHES, { id: w.ids.hiddenD });
    const missing = await server.as(w.B).query(MATCHES, { id: uid('nobody') });
    expect(hidden).toMatchObject({ data: { identityMatches: [] }, errors: undefined });
    expect(missing.data).toEqual(hidden.data);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    for (const vars of [{ id: 'not an id!' }]) {
      const res = await server.as(w.B).query(MATCHES, vars);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const res = await server.as(w.B).query(`query($id: ID!) { identityMatches(personId: $id, threshold: 2) { score } }`, { id: w.ids.b });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('SAME_AS decisions', { timeout: 90_000 }, () => {
  it('INGEST may not decide; a hidden person answers like a missing one', async () => {
    const ingest = await server.as(w.B, 'INGEST').query(CONFIRM, { a: w.ids.a, b: w.ids.b, r: 'x' });
    expect(ingest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await server.as(w.B).query(CONFIRM, { a: w.ids.b, b: w.ids.hiddenD, r: 'x' });
    const missing = await server.as(w.B).query(CONFIRM, { a: w.ids.b, b: uid('nobody'), r: 'x' });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]).toEqual({ ...hidden.errors?.[0] });
    const empty = await server.as(w.B).query(CONFIRM, { a: w.ids.a, b: w.ids.b, r: '  ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('confirm records who, when, why; the SAME_AS link works for resolved identities; retract undoes it', async () => {
    const confirmed = await server.as(w.B).query(CONFIRM, { a: w.ids.b, b: w.ids.a, r: 'same phone, same flight, passport photos match' });
    expect(confirmed.errors).toBeUndefined();
    const d = confirmed.data?.confirmSameAs;
    expect(d).toMatchObject({ kind: 'CONFIRMED', agency: w.B, decidedBy: `${w.B.toLowerCase()}-tester`, reason: 'same phone, same flight, passport photos match', active: true, retractedAt: null });
    expect([d.a.id, d.b.id].sort()).toEqual([w.ids.a, w.ids.b].sort());
    expect(Date.now() - Date.parse(d.decidedAt)).toBeLessThan(60_000);

    const link = (await server.as(w.B).query(SAME_AS, { id: w.ids.b })).data?.person.sameAs.edges;
    expect(link).toEqual([{ node: { id: w.ids.a }, link: { provenance: { source: w.B }, properties: expect.objectContaining({ method: 'analyst decision', decidedBy: d.decidedBy }) } }]);
    const resolved = (await server.as(w.B).query(RESOLVED, { id: w.ids.b })).data?.neighbourhood.nodes;
    expect(resolved.find((n: { members: string[] }) => n.members.includes(w.ids.b)).members.sort()).toEqual([w.ids.a, w.ids.b].sort());
    expect(await matchIds(w.ids.b)).not.toContain(w.ids.a); // joined: no longer a proposal

    const again = await server.as(w.B).query(CONFIRM, { a: w.ids.a, b: w.ids.b, r: 'again' });
    expect(again.data?.confirmSameAs.id).toBe(d.id); // deciding twice is deciding once

    const retracted = await server.as(w.B).query(RETRACT, { a: w.ids.a, b: w.ids.b, r: 'photos were of his brother' });
    expect(retracted.data?.retractSameAs).toMatchObject({ id: d.id, kind: 'CONFIRMED', active: false, retractedBy: d.decidedBy, retractReason: 'photos were of his brother' });
    expect((await server.as(w.B).query(SAME_AS, { id: w.ids.b })).data?.person.sameAs.edges).toEqual([]);
    expect(await matchIds(w.ids.b)).toContain(w.ids.a); // proposed again

    const nothingLeft = await server.as(w.B).query(RETRACT, { a: w.ids.a, b: w.ids.b, r: 'twice' });
    expect(nothingLeft.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a rejected pair is not proposed again to that agency, until the rejection is retracted', async () => {
    const rejected = await server.as(w.B).query(REJECT, { a: w.ids.a, b: w.ids.b, r: 'different fathers\u2019 names' });
    expect(rejected.data?.rejectSameAs).toMatchObject({ kind: 'REJECTED', active: true, sameAsId: null });
    expect(await matchIds(w.ids.b)).not.toContain(w.ids.a);
    expect(await matchIds(w.ids.a)).not.toContain(w.ids.b);
    const conflict = await server.as(w.B).query(CONFIRM, { a: w.ids.a, b: w.ids.b, r: 'changed my mind' });
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await server.as(w.B).query(RETRACT, { a: w.ids.a, b: w.ids.b, r: 'new evidence' });
    expect(await matchIds(w.ids.b)).toContain(w.ids.a);
  });

  it('every decision is in the audit log with the pair and the decision id', async () => {
    await server.auditLog.flush();
    const lines = readFileSync(server.config.auditLogPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const confirm = lines.find((l) => l.operation === 'mutation Confirm' && l.errors.length === 0);
    expect(confirm).toMatchObject({ agency: w.B, role: 'ANALYST' });
    expect(confirm.recordIds).toEqual(expect.arrayContaining([w.ids.a, w.ids.b]));
    expect(confirm.recordIds.some((id: string) => id.startsWith('idd-'))).toBe(true);
    expect(lines.some((l) => l.operation === 'mutation Retract' && l.recordIds.includes(w.ids.a))).toBe(true);
    expect(lines.some((l) => l.operation === 'mutation Reject' && l.recordIds.includes(w.ids.b))).toBe(true);
  });
});
