// The recruiter-led cells of the demo world: where they sit, who reports them, how they recruit.
import type { Marking } from '../src/model/graphModel.js';
import type { AgencyCode } from './agencies.js';
import { LOCAL_FIXTURES as F } from './fixtures.js';
import type { OrgKey, Origin } from './names.js';

/** A hand-placed member: fixed id and name, and optionally a fixed recruitment edge. */
export interface FixedMember {
  id: string;
  name: string;
  aliases?: string[];
  leader?: boolean;
  marking?: Marking;
  birthDate?: string;
  birthPlace?: string;
  nationalities?: string[];
  /** Passport handled by the scripted stories instead of the generator. */
  noPassport?: boolean;
  /** Travel handled by the scripted stories. */
  scripted?: boolean;
  recruitedBy?: string;
  joinedAt?: string;
  noticedAt?: string;
  recruitment?: { id?: string; marking: Marking; channel: string };
}

export interface CellSpec {
  key: string;
  label: string;
  agency: AgencyCode;
  size: number;
  home: string;
  residence: string;
  origins: [Origin, number][];
  nationalities: [string[], number][];
  birthPlaces: string[];
  /** The armed group members join, and the local front or association they gather in. */
  group: OrgKey;
  front: OrgKey;
  period: [string, string];
  places: string[];
  airports: string[];
  travelShare: number;
  leaderCount: number;
  fixed: FixedMember[];
}

export const CELLS: CellSpec[] = [
  {
    key: 'brussels', label: 'Brussels (Molenbeek) cell', agency: 'BE-INTEL', size: 42, home: 'loc-molenbeek', residence: 'BE',
    origins: [['maghreb', 85], ['european', 8], ['turkish', 7]], nationalities: [[['BE'], 5], [['BE', 'MA'], 4], [['MA'], 1]],
    birthPlaces: ['Brussels', 'Anderlecht', 'Molenbeek-Saint-Jean', 'Nador, Morocco', 'Tangier, Morocco'],
    group: 'northernGate', front: 'rueVerte', period: ['2013-02-01', '2015-09-30'],
    places: ['Molenbeek, back room of a snack bar', 'Anderlecht, boxing gym', 'Schaerbeek, private flat', 'Brussels-North station'],
    airports: ['loc-bru', 'loc-crl'], travelShare: 0.5, leaderCount: 2,
    fixed: [
      { id: F.brusselsRecruiter.id, name: F.brusselsRecruiter.name, aliases: ['Abu Hafs al-Belgiki'], leader: true, marking: 'AMBER_STRICT', birthDate: '1986-10-03', nationalities: ['BE', 'MA'] },
      { id: F.returnedBe.id, name: F.returnedBe.name, marking: 'AMBER', birthDate: '1994-02-19', birthPlace: 'Brussels', nationalities: ['BE', 'MA'], noPassport: true, scripted: true,
        recruitedBy: F.brusselsRecruiter.id, joinedAt: '2014-03-08T19:30:00.000Z', noticedAt: '2014-05-12T00:00:00.000Z', recruitment: { marking: 'AMBER_STRICT', channel: 'IN_PERSON' } },
    ],
  },
  {
    key: 'antwerp', label: 'Antwerp cell', agency: 'BE-INTEL', size: 26, home: 'loc-antwerp', residence: 'BE',
    origins: [['maghreb', 80], ['european', 15], ['turkish', 5]], nationalities: [[['BE'], 6], [['BE', 'MA'], 3], [['NL'], 1]],
    birthPlaces: ['Antwerp', 'Borgerhout', 'Mechelen', 'Al Hoceima, Morocco'],
    group: 'northernGate', front: 'scheldtCircle', period: ['2012-10-01', '2014-12-31'],
    places: ['Borgerhout, study circle', 'Antwerp-Noord, street dawah stall', 'Borgerhout, shisha bar'],
    airports: ['loc-bru', 'loc-crl', 'loc-ein'], travelShare: 0.45, leaderCount: 1, fixed: [],
  },
  {
    key: 'hague', label: 'The Hague cell', agency: 'NL-INTEL', size: 34, home: 'loc-the-hague', residence: 'NL',
    origins: [['maghreb', 65], ['turkish', 15], ['european', 15], ['levant', 5]], nationalities: [[['NL'], 6], [['NL', 'MA'], 3], [['NL', 'TR'], 1]],
    birthPlaces: ['The Hague', 'Rotterdam', 'Delft', 'Nador, Morocco', 'Zoetermeer'],
    group: 'northernGate', front: 'haagseDawah', period: ['2013-01-01', '2015-06-30'],
    places: ['Schilderswijk, community centre', 'Transvaal, living-room meetings', 'The Hague HS station', 'Laak, street dawah stall'],
    airports: ['loc-ams', 'loc-ein'], travelShare: 0.45, leaderCount: 1,
    fixed: [
      { id: F.hagueRecruiter.id, name: F.hagueRecruiter.name, aliases: ['Abu Yusuf al-Hollandi'], leader: true, marking: 'AMBER', birthDate: '1984-05-27', nationalities: ['NL', 'MA'] },
      { id: F.nlRedPerson.id, name: F.nlRedPerson.name, aliases: ['Abu Idris al-Hollandi'], marking: 'RED', birthDate: '1991-12-11', nationalities: ['NL'],
        recruitedBy: F.hagueRecruiter.id, joinedAt: '2013-09-14T20:00:00.000Z', recruitment: { marking: 'RED', channel: 'IN_PERSON' } },
      { id: F.hagueRecruit.id, name: F.hagueRecruit.name, marking: 'AMBER', birthDate: '1995-01-23', nationalities: ['NL', 'MA'],
        recruitedBy: F.hagueRecruiter.id, joinedAt: '2014-02-02T18:10:00.000Z', recruitment: { id: F.redRecruitment.id, marking: 'RED', channel: 'WHATSAPP' } },
      { id: F.returnedNl.id, name: F.returnedNl.name, marking: 'AMBER', birthDate: '1996-07-08', nationalities: ['NL', 'MA'], noPassport: true, scripted: true,
        recruitedBy: F.hagueRecruiter.id, joinedAt: '2014-08-30T21:00:00.000Z', recruitment: { marking: 'AMBER', channel: 'FACEBOOK' } },
    ],
  },
  {
    key: 'paris', label: 'Paris suburbs cell', agency: 'FR-INTEL', size: 40, home: 'loc-saint-denis', residence: 'FR',
    origins: [['maghreb', 72], ['european', 20], ['levant', 8]], nationalities: [[['FR'], 6], [['FR', 'MA'], 2], [['FR', 'TN'], 2]],
    birthPlaces: ['Saint-Denis', 'Trappes', 'Paris', 'Aubervilliers', 'Sfax, Tunisia'],
    group: 'northernGate', front: 'banlieueSud', period: ['2013-04-01', '2015-10-31'],
    places: ['Saint-Denis, basement prayer room', 'Trappes, football club', 'Saint-Denis, kebab shop', 'remand prison, Essonne', 'Gare du Nord'],
    airports: ['loc-cdg', 'loc-ory'], travelShare: 0.45, leaderCount: 2,
    fixed: [
      { id: F.parisDuplicateFr.id, name: F.parisDuplicateFr.name, marking: 'AMBER', birthDate: '1990-09-30', nationalities: ['FR', 'TN'], noPassport: true },
    ],
  },
  {
    key: 'surabaya', label: 'Surabaya cell', agency: 'ID-CT', size: 32, home: 'loc-surabaya', residence: 'ID',
    origins: [['indonesian', 100]], nationalities: [[['ID'], 1]],
    birthPlaces: ['Surabaya', 'Lamongan', 'Sidoarjo', 'Malang', 'Solo'],
    group: 'northernGate', front: 'cahayaTimur', period: ['2013-08-01', '2016-06-30'],
    places: ['Surabaya, pengajian study group', 'Lamongan, boarding school', 'Sidoarjo, rented house', 'Surabaya, mosque courtyard'],
    airports: ['loc-sub', 'loc-cgk'], travelShare: 0.4, leaderCount: 2, fixed: [],
  },
  {
    key: 'sydney', label: 'Sydney cell', agency: 'AU-INTEL', size: 24, home: 'loc-sydney', residence: 'AU',
    origins: [['levant', 55], ['european', 20], ['turkish', 10], ['maghreb', 15]], nationalities: [[['AU'], 6], [['AU', 'LB'], 3]],
    birthPlaces: ['Sydney', 'Bankstown', 'Parramatta', 'Tripoli, Lebanon', 'Melbourne'],
    group: 'northernGate', front: 'southernCross', period: ['2013-06-01', '2015-12-31'],
    places: ['Lakemba, street dawah stall', 'Bankstown, prayer hall', 'Parramatta, gym', 'Bankstown, bookshop'],
    airports: ['loc-syd', 'loc-mel'], travelShare: 0.4, leaderCount: 1, fixed: [],
  },
  {
    key: 'istanbul', label: 'Istanbul facilitation cell', agency: 'TR-INTEL', size: 20, home: 'loc-istanbul', residence: 'TR',
    origins: [['turkish', 60], ['levant', 40]], nationalities: [[['TR'], 6], [['SY'], 4]],
    birthPlaces: ['Istanbul', 'Adiyaman', 'Gaziantep', 'Aleppo, Syria', 'Konya'],
    group: 'northernGate', front: 'anatolianPassage', period: ['2013-01-01', '2015-06-30'],
    places: ['Fatih, safe house', 'Esenler bus terminal', 'Basaksehir, apartment', 'Gaziantep, guest house'],
    airports: [], travelShare: 0, leaderCount: 1,
    fixed: [
      { id: F.istanbulBroker.id, name: F.istanbulBroker.name, aliases: ['Abu Muaz al-Turki', 'the travel agent'], leader: true, marking: 'AMBER', birthDate: '1979-04-15', nationalities: ['TR'] },
    ],
  },
];
