// Hand-placed records with fixed ids that the README, demos and tests can rely on.

export interface Fixture {
  /** The id within its agency's namespace (as the seed writes it). */
  id: string;
  /** The reporting agency: the record's global id is `<source>:<id>`. */
  source: string;
  type: string;
  name?: string;
  about: string;
}

/** Fixtures with the local ids the seed builds them under (seed code only). */
export const LOCAL_FIXTURES = {
  brusselsRecruiter: {
    id: 'per-be-0001', source: 'BE-INTEL', type: 'Person', name: 'Abdelaziz Ouardighi',
    about: 'Recruiter leading the Brussels (Molenbeek) cell; BE-INTEL, AMBER_STRICT; alias Abu Hafs al-Belgiki.',
  },
  istanbulBroker: {
    id: 'per-tr-0001', source: 'TR-INTEL', type: 'Person', name: 'Ömer Faruk Tekinalp',
    about: 'Istanbul facilitator leading the Turkish-side cell and broker to every European and Asia-Pacific cell; TR-INTEL, AMBER.',
  },
  hagueRecruiter: {
    id: 'per-nl-0001', source: 'NL-INTEL', type: 'Person', name: 'Youssef Azaghar',
    about: 'Recruiter of The Hague cell; NL-INTEL, AMBER; alias Abu Yusuf al-Hollandi.',
  },
  nlRedPerson: {
    id: 'per-nl-0002', source: 'NL-INTEL', type: 'Person', name: 'Dennis Zwartveld',
    about: 'Convert in The Hague cell whose record is RED: only NL-INTEL ever sees it.',
  },
  hagueRecruit: {
    id: 'per-nl-0003', source: 'NL-INTEL', type: 'Person', name: 'Sofiane el-Haddouchi',
    about: 'AMBER recruit of per-nl-0001; the edge between them is RED.',
  },
  redRecruitment: {
    id: 'rel-rec-0001', source: 'NL-INTEL', type: 'RECRUITED',
    about: 'RED RECRUITED edge per-nl-0001 → per-nl-0003 between two AMBER people (edge-level hiding).',
  },
  deportedTr: {
    id: 'per-tr-0002', source: 'TR-INTEL', type: 'Person', name: 'Mohammed el-Amrani',
    about: 'TR-INTEL record (GREEN): entered IST 2014-06-09 on a Belgian passport, deported 2014-06-14, on the no-entry list.',
  },
  returnedBe: {
    id: 'per-be-0002', source: 'BE-INTEL', type: 'Person', name: 'Muhammad Elamrani',
    about: 'BE-INTEL record (AMBER) of the same man: same birth date, second passport, back through SAW in March 2015.',
  },
  deportedSameAs: {
    id: 'rel-same-0001', source: 'EU-POLICE', type: 'SAME_AS',
    about: 'EU-POLICE SAME_AS per-be-0002 → per-tr-0002 (score 0.91).',
  },
  deportedTr2: {
    id: 'per-tr-0003', source: 'TR-INTEL', type: 'Person', name: 'Yusuf Tahiri',
    about: 'TR-INTEL record: Dutch national deported from Antalya in November 2014, on the no-entry list.',
  },
  returnedNl: {
    id: 'per-nl-0004', source: 'NL-INTEL', type: 'Person', name: 'Youssef el-Tahiri',
    about: 'NL-INTEL record of the same man with a new passport, travelling via EIN→SAW in 2015; deliberately NOT linked by SAME_AS.',
  },
  parisDuplicateFr: {
    id: 'per-fr-0001', source: 'FR-INTEL', type: 'Person', name: 'Karim Benaissa',
    about: 'FR-INTEL record in the Paris cell; unlinked duplicate of per-eu-0001 (same birth date, same passport written differently).',
  },
  parisDuplicateEu: {
    id: 'per-eu-0001', source: 'EU-POLICE', type: 'Person', name: 'Karim Ben Aïssa',
    about: 'EU-POLICE record of the same man as per-fr-0001; no SAME_AS yet.',
  },
  levantCommander: {
    id: 'per-il-0001', source: 'IL-INTEL', type: 'Person', name: 'Walid al-Idlibi',
    about: 'IL-INTEL RED record of a Levant Dawn Battalion commander in contact with per-tr-0001.',
  },
  armedGroup: { id: 'org-northern-gate', source: 'EU-POLICE', type: 'Organisation', name: 'Brotherhood of the Northern Gate', about: 'The armed group every cell feeds; on the sanctions list.' },
  charityFront: { id: 'org-sham-relief', source: 'BE-INTEL', type: 'Organisation', name: 'Sham Relief Foundation', about: 'Charity front in Brussels that FUNDED several cell members.' },
  noEntryList: { id: 'wl-tr-no-entry', source: 'TR-INTEL', type: 'Watchlist', name: 'No-entry list', about: 'TR-INTEL NO_ENTRY list with the deportees.' },
  nlTerrorList: { id: 'wl-nl-terror-list', source: 'NL-INTEL', type: 'Watchlist', name: 'National terrorism list', about: 'NL-INTEL TERROR_LIST (CLEAR).' },
  istanbulAirport: { id: 'loc-ist', source: 'EU-POLICE', type: 'Location', name: 'Istanbul Ataturk Airport', about: 'Main entry point of the travel routes.' },
  gaziantep: { id: 'loc-gaziantep', source: 'EU-POLICE', type: 'Location', name: 'Gaziantep', about: 'Staging city before the border.' },
  oncupinar: { id: 'loc-oncupinar', source: 'TR-INTEL', type: 'Location', name: 'Oncupinar border crossing (Kilis)', about: 'Most used border crossing.' },
} as const satisfies Record<string, Fixture>;

type Global<T> = { [K in keyof T]: Omit<T[K], 'id'> & { id: string; local: string } };

/**
 * The fixtures as the API names them: `id` is the global id (`NL-INTEL:per-nl-0002`), `local` the
 * agency's own id (`per-nl-0002`). README, demos and tests use these.
 */
export const DEMO_FIXTURES = Object.fromEntries(
  Object.entries(LOCAL_FIXTURES).map(([k, f]) => [k, { ...f, id: `${f.source}:${f.id}`, local: f.id }]),
) as Global<typeof LOCAL_FIXTURES>;

/** Local ids that generated records must never take. */
export function fixtureIds(): string[] {
  return Object.values(LOCAL_FIXTURES).map((f) => f.id);
}
