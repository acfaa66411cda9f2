// Issue 12 finding 10: a hit notice names the holding agency and a reference that agency chose
// (sourceRef) or an opaque, non-guessable token; never the record's id, even when it has no sourceRef.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { node, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { hitReference } from '../../src/screening/hitNotice.js';

const server = testServer();
const V = agencyCode('hrv'); // the viewer
const C = agencyCode('hrc'); // shares GREEN with V, with hit notification
const surname = `${word(7)}`;
const ids = { person: uid('per-c'), doc: uid('doc-c'), other: uid('per-c') };
const number = `HR${Date.now() % 1e8}`;
const bare = <T extends object>(r: T) => ({ ...r, sourceRef: null });

beforeAll(async () => {
  await writeWorld(server.executor, [V, C], [{ from: C, to: V, upTo: 'GREEN', hitNotification: true }], [
    bare(node('Person', ids.person, C, 'AMBER', { name: `Karim ${surname}`, birthDate: '1990-01-02' })),
    bare(node('Person', ids.other, C, 'AMBER', { name: `Karim ${surname}`, birthDate: '1990-01-02', nationalities: ['TR'] })),
    bare(node('Document', ids.doc, C, 'AMBER', { number, kind: 'PASSPORT', issuingCountry: 'TR' })),
  ]);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

const SCREEN = `query($t: [TravellerInput!]!) { screen(travellers: $t) { rows { hits { agency { code } reference } } } }`;
const screen = async () => {
  const res = await server.as(V).query(SCREEN, { t: [{ name: `Karim ${surname}`, birthDate: '1990-01-02' }, { name: 'Nobody', documentNumber: number }] });
  expect(res.errors).toBeUndefined();
  return res.data?.screen.rows as Array<{ hits: Array<{ agency: { code: string }; reference: string }> }>;
};

describe('hit notice references', () => {
  it('are opaque tokens, never the id, for records without a sourceRef', async () => {
    const rows = await screen();
    const refs = rows.flatMap((r) => r.hits.map((h) => h.reference));
    expect(rows.flatMap((r) => r.hits.map((h) => h.agency.code))).toEqual([C, C, C]);
    expect(refs).toHaveLength(3);
    for (const ref of refs) expect(ref).toMatch(/^hit:[A-Za-z0-9_-]{26}$/);
    expect(new Set(refs).size).toBe(3);
    const text = JSON.stringify(rows);
    for (const id of Object.values(ids)) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.split('-').slice(-2).join('-')); // not even the run-and-counter part
    }
  });

  it('are stable: the same hidden record gets the same reference on every request', async () => {
    expect(await screen()).toEqual(await screen());
  });

  it('depend on the server key, so they cannot be computed from a guessed id', () => {
    const a = hitReference(new TextEncoder().encode('k'.repeat(32)), null, ids.person);
    const b = hitReference(new TextEncoder().encode('j'.repeat(32)), null, ids.person);
    expect(a).not.toBe(b);
    expect(hitReference(undefined, 'NL-2015-000123', ids.person)).toBe('NL-2015-000123');
  });
});
