// Issue 12, second property: for random pairs of agencies A and B, where what B now writes is hidden
// from A, A's answers never change: not the data, not a score, count, `truncated` flag or the order.
// B's new records reuse A's names, words and document numbers and link to A's records. (Agreements
// here carry no hit notification: a hit notice is a deliberate, allowed answer to a hidden record.)
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import { rng } from '../ops/sdlFuzz.js';
import { MARKINGS, type AgreementRecord, type GraphRecord, type Marking } from '../../src/model/graphModel.js';

vi.setConfig({ testTimeout: 120_000 });

const SEED = Number(process.env.HIDDEN_WRITES_SEED ?? Date.now() % 1_000_000);
const r = rng(SEED);
const server = testServer();
const agencies = Array.from({ length: 4 }, (_, i) => agencyCode(`hw${'abcd'[i]}`));
const SHARED = word(8); // a word every agency's records carry
const SHAREABLE = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT'] as const;
/** from -> to -> upTo (absent: no agreement). */
const shares = new Map<string, Map<string, Marking>>();
const people = new Map<string, Array<{ id: string; name: string; doc: string; number: string }>>();

function agreements(): AgreementRecord[] {
  const out: AgreementRecord[] = [];
  for (const from of agencies) {
    shares.set(from, new Map());
    for (const to of agencies) {
      if (from === to || r.chance(0.3)) continue;
      const upTo = r.pick(SHAREABLE.slice(1));
      shares.get(from)!.set(to, upTo);
      out.push({ from, to, upTo, hitNotification: false });
    }
  }
  return out;
}

function baseRecords(a: string): GraphRecord[] {
  const mine = Array.from({ length: 3 }, (_, i) => ({ id: uid('per'), name: `${word(6)} ${SHARED} ${i}`, doc: uid('doc'), number: `HW${word(5).toUpperCase()}${i}` }));
  people.set(a, mine);
  return [
    ...mine.flatMap((p) => [
      node('Person', p.id, a, 'GREEN', { name: p.name, birthDate: '1988-04-05' }),
      node('Document', p.doc, a, 'GREEN', { number: p.number, kind: 'PASSPORT', issuingCountry: 'NL' }),
      rel('HOLDS', uid('rel'), p.id, p.doc, a, 'GREEN'),
    ]),
    rel('RECRUITED', uid('rel'), mine[0]!.id, mine[1]!.id, a, 'GREEN'),
    rel('ASSOCIATE_OF', uid('rel'), mine[1]!.id, mine[2]!.id, a, 'GREEN'),
  ];
}

/** A marking of B's that A cannot see: above what B shares with A (RED always qualifies). */
function hiddenMarking(a: string, b: string): Marking {
  const upTo = shares.get(b)?.get(a);
  const above = MARKINGS.filter((m) => m !== 'CLEAR' && (!upTo || MARKINGS.indexOf(m) > MARKINGS.indexOf(upTo)));
  return r.pick(above);
}

/** B's new records, hidden from A, built to collide with everything A looks at. */
function hiddenWrites(a: string, b: string): GraphRecord[] {
  const m = () => hiddenMarking(a, b);
  return people.get(a)!.flatMap((p) => {
    const twin = uid('per');
    const doc = uid('doc');
    return [
      node('Person', twin, b, m(), { name: p.name, birthDate: '1988-04-05', aliases: [`${SHARED} ${word(5)}`] }),
      node('Document', doc, b, m(), { number: p.number, kind: 'PASSPORT', issuingCountry: 'NL' }),
      rel('HOLDS', uid('rel'), twin, doc, b, m()),
      rel('SAME_AS', uid('rel'), twin, p.id, b, m()),
      rel('RECRUITED', uid('rel'), twin, p.id, b, m()),
      rel('ASSOCIATE_OF', uid('rel'), p.id, twin, b, m()),
    ];
  });
}

const BATTERY = `query A($p0: ID!, $p1: ID!, $p2: ID!, $text: String!, $name: String!, $number: String!) {
  s1: search(text: $text, first: 50) { totalCount edges { score node { id } } pageInfo { hasNextPage } }
  s2: search(text: $name) { totalCount edges { score node { id } } }
  person(id: $p0) { id name recruits { totalCount edges { node { id } } } associates { totalCount } sameAs { totalCount } documents { totalCount } }
  neighbourhood(ids: [$p0, $p1], depth: 2) { nodes { key depth } edges { key source target } truncated cappedNodes }
  paths(from: $p0, to: $p2) { length nodes { key } }
  network(seeds: [$p0], depth: 2) { subgraph { truncated nodes { key } } communities { members } metrics { node { key } degree betweenness pageRank community recruitReach } brokers { node { key } } }
  timeline(id: $p0) { totalCount edges { node { __typename } } }
  identityMatches(personId: $p1, threshold: 0.5) { score person { id } reasons { field how score } }
  screen(travellers: [{ name: $name, birthDate: "1988-04-05" }, { name: "X", documentNumber: $number }], threshold: 0.5) {
    matchedRows hitRows rows { truncated candidates { score person { id } reasons { field how score } } hits { reference } } }
}`;

async function answersOf(a: string): Promise<string> {
  const [p0, p1, p2] = people.get(a)!;
  const res = await server.as(a).query(BATTERY, { p0: p0!.id, p1: p1!.id, p2: p2!.id, text: SHARED, name: p1!.name, number: p0!.number });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return JSON.stringify(res.data);
}

beforeAll(async () => {
  await writeWorld(server.executor, agencies, agreements(), agencies.flatMap(baseRecords));
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe(`hidden writes never change another agency's answers (seed ${SEED})`, () => {
  it('for random pairs (A, B), A answers byte-identically before and after B writes what A cannot see', async () => {
    for (let round = 0; round < 4; round++) {
      const a = r.pick(agencies);
      const b = r.pick(agencies.filter((x) => x !== a));
      const before = await answersOf(a);
      await writeWorld(server.executor, agencies, [], hiddenWrites(a, b));
      expect(await answersOf(a), `round ${round}: ${b} wrote, ${a} asked (seed ${SEED})`).toBe(before);
    }
  });
});
