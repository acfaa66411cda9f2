// The hand-written stories behind DEMO_FIXTURES: the deported man back on a second passport, and duplicates.
import type { Marking } from '../src/model/graphModel.js';
import type { AgencyCode } from './agencies.js';
import type { WorldBuilder } from './builder.js';
import type { Cell, Member } from './cells.js';
import { LOCAL_FIXTURES as F } from './fixtures.js';
import { addLeg, coach, flight, type LegTemplate } from './legs.js';
import { communicate, type PairSet } from './links.js';
import { WATCHLISTS, orgId } from './orgs.js';
import { addDocument, createPerson, type PersonRef } from './people.js';
import { addMinutes } from './random.js';

type Fields = Omit<LegTemplate, 'source' | 'marking' | 'confidence' | 'usesPassport'>;

function leg(fields: Fields, source: AgencyCode, marking: Marking, confidence = 0.95, usesPassport = true): LegTemplate {
  return { ...fields, source, marking, confidence, usesPassport };
}

/** Adds legs in order, each departing after the previous one arrived; returns the last arrival. */
function journey(b: WorldBuilder, p: PersonRef, steps: ((after: string) => LegTemplate)[], start: string): string {
  let after = start;
  for (const step of steps) {
    const l = step(after);
    addLeg(b, p, l, p.passport);
    after = l.arrivedAt;
  }
  return after;
}

export function listOn(b: WorldBuilder, p: PersonRef, list: keyof typeof WATCHLISTS, added: string, reason: string, marking: Marking): void {
  const w = WATCHLISTS[list];
  b.rel('LISTED_ON', p.id, w.id, { added: added.slice(0, 10), reason }, {
    source: w.source, marking, at: added, lag: [0, 20], validFrom: added, confidence: b.rng.float(0.85, 1),
  });
}

export function memberById(cells: Cell[], id: string): Member {
  const m = cells.flatMap((c) => c.members).find((x) => x.id === id);
  if (!m) throw new Error(`fixture member ${id} missing`);
  return m;
}

/** Deported from Gaziantep in June 2014 (TR record), back through SAW in March 2015 (BE record). */
function deportedAndBack(b: WorldBuilder, cells: Cell[]): void {
  const tr = createPerson(b, {
    id: F.deportedTr.id, agency: 'TR-INTEL', origin: 'maghreb', nationalities: ['BE'], residence: 'BE',
    noticedAt: '2014-06-09T13:40:00.000Z', activeFrom: '2014-06-01T00:00:00.000Z', marking: 'GREEN', gender: 'male',
    fixedName: { name: F.deportedTr.name }, birthDate: '1994-02-19', birthPlace: 'Brussels', passport: 'EH417283', idCardChance: 0, confidence: 0.95,
  });
  journey(b, tr, [
    (a) => leg(flight(b, 'loc-bru', 'loc-ist', a, 0), 'TR-INTEL', 'GREEN'),
    (a) => leg(coach(b, 'loc-istanbul', 'loc-gaziantep', a, 600), 'TR-INTEL', 'GREEN', 0.9, false),
    (a) => leg(flight(b, 'loc-gzt', 'loc-ist', addMinutes(a, 1440)), 'TR-INTEL', 'GREEN', 1),
    (a) => leg(flight(b, 'loc-ist', 'loc-bru', a), 'TR-INTEL', 'GREEN', 1),
  ], '2014-06-09T00:00:00.000Z');
  listOn(b, tr, 'trNoEntry', '2014-06-14T12:00:00.000Z', 'Deported 2014-06-14 after detention at the Gaziantep coach station; Belgian passport EH417283', 'GREEN');

  const be = memberById(cells, F.returnedBe.id);
  be.passport = addDocument(b, be, 'PASSPORT', 'BE', 'EP713306', '2014-10-02');
  journey(b, be, [
    (a) => leg(flight(b, 'loc-crl', 'loc-saw', a, 0), 'BE-INTEL', 'AMBER'),
    (a) => leg(coach(b, 'loc-istanbul', 'loc-sanliurfa', a, 240), 'TR-INTEL', 'AMBER', 0.9, false),
    (a) => leg(coach(b, 'loc-sanliurfa', 'loc-akcakale-gate', addMinutes(a, 2 * 1440)), 'TR-INTEL', 'AMBER_STRICT', 0.7, false),
    (a) => leg(coach(b, 'loc-akcakale-gate', 'loc-tal-abyad', a, 90), 'TR-INTEL', 'RED', 0.5, false),
  ], '2015-03-02T00:00:00.000Z');
  b.rel('SAME_AS', be.id, tr.id, {
    score: 0.91, method: 'transliterated name + birth date + travel pattern', decidedBy: 'EU-POLICE identity desk (demo)', decidedAt: '2015-04-20T09:15:00.000Z',
    // Valid from his return under the second passport: an analyst looking at 2014 sees two records.
  }, { source: 'EU-POLICE', marking: 'AMBER', at: '2015-04-20T09:15:00.000Z', lag: [0, 2], confidence: 0.91, validFrom: '2015-03-02T00:00:00.000Z' }, F.deportedSameAs.id);
  listOn(b, be, 'euFighters', '2015-05-04T08:00:00.000Z', 'Returned to the conflict zone under a new passport', 'AMBER');
}

/** Deported from Antalya in November 2014 (TR), out again via EIN→SAW in 2015 (NL); left unlinked on purpose. */
function deportedUnlinked(b: WorldBuilder, cells: Cell[]): void {
  const tr = createPerson(b, {
    id: F.deportedTr2.id, agency: 'TR-INTEL', origin: 'maghreb', nationalities: ['NL'], residence: 'NL',
    noticedAt: '2014-11-18T09:00:00.000Z', activeFrom: '2014-11-01T00:00:00.000Z', marking: 'GREEN', gender: 'male',
    fixedName: { name: F.deportedTr2.name }, birthDate: '1996-07-08', passport: 'NR7K2P4D3', idCardChance: 0, confidence: 0.9,
  });
  journey(b, tr, [
    (a) => leg(flight(b, 'loc-ams', 'loc-ayt', a, 0), 'TR-INTEL', 'GREEN'),
    (a) => leg(flight(b, 'loc-ayt', 'loc-ams', addMinutes(a, 3 * 1440)), 'TR-INTEL', 'GREEN', 1),
  ], '2014-11-18T00:00:00.000Z');
  listOn(b, tr, 'trNoEntry', '2014-11-22T10:00:00.000Z', 'Deported 2014-11-22 from Antalya: detained at the coach station with a one-way ticket to Gaziantep', 'GREEN');

  const nl = memberById(cells, F.returnedNl.id);
  nl.passport = addDocument(b, nl, 'PASSPORT', 'NL', 'NW3T9L5C8', '2015-02-16');
  journey(b, nl, [
    (a) => leg(flight(b, 'loc-ein', 'loc-saw', a, 0), 'NL-INTEL', 'AMBER'),
    (a) => leg(flight(b, 'loc-saw', 'loc-gzt', a, 180), 'TR-INTEL', 'GREEN'),
    (a) => leg(coach(b, 'loc-gaziantep', 'loc-oncupinar', addMinutes(a, 1440)), 'TR-INTEL', 'AMBER_STRICT', 0.65, false),
  ], '2015-05-12T00:00:00.000Z');
  listOn(b, nl, 'nlTerror', '2015-09-01T00:00:00.000Z', 'Designated: departed to join a terrorist organisation', 'CLEAR');
}

/** Same man reported by FR-INTEL and EU-POLICE; the passport number differs only in spacing. */
function parisDuplicate(b: WorldBuilder, cells: Cell[]): void {
  const fr = memberById(cells, F.parisDuplicateFr.id);
  fr.passport = addDocument(b, fr, 'PASSPORT', 'FR', '13KD48271', '2013-06-11');
  const eu = createPerson(b, {
    id: F.parisDuplicateEu.id, agency: 'EU-POLICE', origin: 'maghreb', nationalities: ['FR', 'TN'], residence: 'FR',
    noticedAt: '2015-02-03T00:00:00.000Z', marking: 'GREEN', gender: 'male', fixedName: { name: F.parisDuplicateEu.name },
    birthDate: '1990-09-30', passport: '13 KD 48271', idCardChance: 0,
  });
  journey(b, eu, [(a) => leg(flight(b, 'loc-cdg', 'loc-ist', a, 0), 'EU-POLICE', 'GREEN')], '2015-01-05T00:00:00.000Z');
  listOn(b, eu, 'euFighters', '2015-02-10T00:00:00.000Z', 'Reported by a member state: suspected departure to Syria', 'AMBER');
}

/** IL-INTEL's only window on the network: a commander in touch with the Istanbul broker, all RED. */
function levantCommander(b: WorldBuilder, cells: Cell[], pairs: PairSet): void {
  const il = createPerson(b, {
    id: F.levantCommander.id, agency: 'IL-INTEL', origin: 'levant', nationalities: ['SY'], residence: 'SY',
    noticedAt: '2013-11-20T00:00:00.000Z', marking: 'RED', gender: 'male', birthDate: '1975-03-02', birthPlace: 'Idlib, Syria',
    fixedName: { name: F.levantCommander.name, aliases: ['Abu Harith al-Shami'] }, passport: null,
  });
  b.rel('MEMBER_OF', il.id, orgId('levantDawn'), { role: 'commander', since: '2013-03-01' }, {
    source: 'IL-INTEL', marking: 'RED', at: '2013-11-20T00:00:00.000Z', validFrom: '2013-03-01T00:00:00.000Z',
  });
  const broker = memberById(cells, F.istanbulBroker.id);
  communicate(b, pairs, broker, { id: il.id, joinedAt: '2013-10-01T00:00:00.000Z' }, { source: 'IL-INTEL', marking: 'RED', confidence: 0.8 });
}

export function addScripted(b: WorldBuilder, cells: Cell[], pairs: PairSet): void {
  deportedAndBack(b, cells);
  deportedUnlinked(b, cells);
  parisDuplicate(b, cells);
  levantCommander(b, cells, pairs);
}
