// A small screening world: one human reported by two agencies (two passports, two spellings), a
// recruiter and a watchlist around him, and hidden records of agencies with and without hit notification.
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { word } from '../helpers/words.js';
import type { GraphExecutor } from '../../src/graph/executor.js';

export function screeningWorld() {
  const A = agencyCode('sca'); // shares AMBER with the viewer, no hit notification
  const B = agencyCode('scb'); // the viewer
  const C = agencyCode('scc'); // shares GREEN only, with hit notification
  const D = agencyCode('scd'); // shares GREEN only, no hit notification
  const root = word(3).toLowerCase();
  const surname = `${root[0]!.toUpperCase()}${root.slice(1)}ouzzi`; // e.g. Tavokouzzi / Tavokuzi
  const ids = {
    a: gid(A, 'per-a'), b: gid(B, 'per-b'), recruiter: gid(A, 'per-r'), list: gid(A, 'wl'),
    passportA: gid(A, 'doc'), passportB: gid(B, 'doc'), phoneA: gid(A, 'idf'), phoneB: gid(B, 'idf'), legA: gid(A, 'trv'), legB: gid(B, 'trv'),
    hiddenC: gid(C, 'per-c'), hiddenD: gid(D, 'per-d'), hiddenDocC: gid(C, 'doc-c'), hiddenDocD: gid(D, 'doc-d'),
  };
  const numbers = { passportA: `MA${Date.now() % 1e7}`, passportB: `BE${(Date.now() + 7) % 1e7}`, hiddenC: `TR-${uid('n').slice(-6)}`, hiddenD: `SY-${uid('n').slice(-6)}` };
  const refs = { hiddenC: `${C}-P-${uid('r').slice(-4)}`, hiddenD: `${D}-P-${uid('r').slice(-4)}`, hiddenDocC: `${C}-D-${uid('r').slice(-4)}`, hiddenDocD: `${D}-D-${uid('r').slice(-4)}` };
  const phone = `+3247${Date.now() % 1e7}`;
  const names = {
    a: `Youssef El ${surname}`, // A's record
    b: `${surname.replace('ouzzi', 'uzi').toUpperCase()} Yusuf`, // B's record of the same man
    row: `Yusuf al-${surname}`, // how a manifest spells him
  };
  const records = [
    node('Person', ids.a, A, 'AMBER', { name: names.a, birthDate: '1987-03-05', nationalities: ['MA'] }),
    node('Person', ids.b, B, 'GREEN', { name: names.b, birthDate: '1987-05-03', nationalities: ['BE'] }),
    node('Person', ids.recruiter, A, 'GREEN', { name: `${word()} ${word()}` }),
    node('Watchlist', ids.list, A, 'GREEN', { name: `No-entry ${word()}`, kind: 'NO_ENTRY' }),
    node('Document', ids.passportA, A, 'AMBER', { number: numbers.passportA, kind: 'PASSPORT', issuingCountry: 'MA' }),
    node('Document', ids.passportB, B, 'GREEN', { number: numbers.passportB, kind: 'PASSPORT', issuingCountry: 'BE' }),
    node('Identifier', ids.phoneA, A, 'AMBER', { kind: 'PHONE', value: phone }),
    node('Identifier', ids.phoneB, B, 'GREEN', { kind: 'PHONE', value: phone }),
    node('Travel', ids.legA, A, 'AMBER', { mode: 'AIR', flightNumber: 'TK1938', departedAt: '2015-02-01T10:00:00Z' }),
    node('Travel', ids.legB, B, 'GREEN', { mode: 'AIR', flightNumber: 'TK1938', departedAt: '2015-02-01T10:00:00Z' }),
    rel('HOLDS', uid('rel'), ids.a, ids.passportA, A, 'AMBER'),
    rel('HOLDS', uid('rel'), ids.b, ids.passportB, B, 'GREEN'),
    rel('HOLDS', uid('rel'), ids.a, ids.phoneA, A, 'AMBER'),
    rel('HOLDS', uid('rel'), ids.b, ids.phoneB, B, 'GREEN'),
    rel('MADE', uid('rel'), ids.a, ids.legA, A, 'AMBER'),
    rel('MADE', uid('rel'), ids.b, ids.legB, B, 'GREEN'),
    rel('RECRUITED', uid('rel'), ids.recruiter, ids.a, A, 'GREEN'),
    rel('LISTED_ON', uid('rel'), ids.a, ids.list, A, 'GREEN'),
  ];
  // Hidden from B: AMBER records of agencies that share only GREEN.
  const hidden = [
    { ...node('Person', ids.hiddenC, C, 'AMBER', { name: names.row, birthDate: '1987-03-05' }), sourceRef: refs.hiddenC },
    { ...node('Person', ids.hiddenD, D, 'AMBER', { name: names.row, birthDate: '1987-03-05' }), sourceRef: refs.hiddenD },
    { ...node('Document', ids.hiddenDocC, C, 'AMBER', { number: numbers.hiddenC, kind: 'PASSPORT', issuingCountry: 'TR' }), sourceRef: refs.hiddenDocC },
    { ...node('Document', ids.hiddenDocD, D, 'AMBER', { number: numbers.hiddenD, kind: 'PASSPORT', issuingCountry: 'SY' }), sourceRef: refs.hiddenDocD },
  ];
  const agreements = [
    { from: A, to: B, upTo: 'AMBER' as const, hitNotification: false },
    { from: C, to: B, upTo: 'GREEN' as const, hitNotification: true },
    { from: D, to: B, upTo: 'GREEN' as const, hitNotification: false },
  ];
  return {
    A, B, C, D, ids, names, numbers, refs, surname,
    write: (graph: GraphExecutor) => writeWorld(graph, [A, B, C, D], agreements, records),
    writeHidden: (graph: GraphExecutor) => writeWorld(graph, [A, B, C, D], agreements, hidden),
  };
}

export const SCREEN = `query Screen($t: [TravellerInput!]!, $threshold: Float, $hops: Int) {
  screen(travellers: $t, threshold: $threshold, maxHops: $hops) {
    threshold rowCount matchedRows hitRows
    rows { index ref truncated
      candidates { score person { id name } reasons { field how score detail } watchlists { id }
        network { maxHops recruiterDistance nearestRecruiter { id } watchlistDistance nearestWatchlisted { id } } }
      hits { agency { code } reference } } } }`;
