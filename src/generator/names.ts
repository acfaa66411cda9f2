// Name pools and transliteration for synthetic people. Given names are common ones; surnames are
// assembled from syllables, so full names are invented. Spelling variants are what planted
// duplicates differ by: the same human written down by two agencies in two scripts' habits.
import type { Rng } from './random.js';

export type Origin = 'maghreb' | 'turkish' | 'indonesian' | 'european';

/** Given names with the other spellings they appear under; the first is the "canonical" one. */
const GIVEN: Record<Origin, { male: string[][]; female: string[][] }> = {
  maghreb: {
    male: [
      ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'], ['Ahmed', 'Ahmad'], ['Youssef', 'Yusuf', 'Youcef'], ['Omar', 'Umar'],
      ['Khalid', 'Khaled'], ['Hamza', 'Hamzah'], ['Ibrahim', 'Brahim', 'Ebrahim'], ['Mustafa', 'Mostafa', 'Moustapha'],
      ['Abdelkarim', 'Abd al-Karim', 'Abdulkarim'], ['Rachid', 'Rashid'], ['Said', 'Saeed'], ['Tarik', 'Tariq'],
      ['Yassin', 'Yasin', 'Yassine'], ['Mehdi', 'Mahdi'], ['Ayoub', 'Ayyub'], ['Hicham', 'Hisham'], ['Walid', 'Waleed'],
      ['Soufiane', 'Sufyan'], ['Zakaria', 'Zakariya'], ['Bilal'], ['Nabil'], ['Samir'], ['Anouar', 'Anwar'],
    ],
    female: [['Fatima', 'Fatma', 'Fatimah'], ['Aicha', 'Aisha', 'Aysha'], ['Khadija', 'Khadijah'], ['Meryem', 'Maryam', 'Meriem'],
      ['Leila', 'Layla'], ['Zineb', 'Zaynab'], ['Imane', 'Iman'], ['Houda', 'Huda'], ['Nadia'], ['Samira'], ['Salma']],
  },
  turkish: {
    male: [['Mehmet', 'Mehmed', 'Muhammed'], ['Ahmet', 'Ahmed'], ['Mustafa'], ['Huseyin', 'Husayn', 'Hussein'], ['Yusuf', 'Youssef'],
      ['Ibrahim'], ['Emre'], ['Burak'], ['Hasan', 'Hassan'], ['Ali']],
    female: [['Ayse', 'Aisha'], ['Fatma', 'Fatima'], ['Zeynep', 'Zaynab'], ['Elif'], ['Emine', 'Amina']],
  },
  indonesian: {
    male: [['Muhammad', 'Muhamad', 'Mohammad'], ['Agus'], ['Budi'], ['Eko'], ['Fajar'], ['Hendra'], ['Irfan'], ['Rizky', 'Rizki'],
      ['Wahyu'], ['Yusuf', 'Yusup'], ['Abdullah', 'Abdulah']],
    female: [['Siti'], ['Dewi'], ['Nur', 'Noor'], ['Putri'], ['Aisyah', 'Aisha']],
  },
  european: {
    male: [['Thomas', 'Tomas'], ['Lucas', 'Lukas'], ['Daniel'], ['Kevin'], ['Jeroen'], ['Maxime'], ['Jonathan', 'Jonatan']],
    female: [['Sophie', 'Sofie'], ['Emma'], ['Julie'], ['Laura'], ['Sarah', 'Sara']],
  },
};

const SURNAME_PARTS: Record<Origin, { pre: string[]; roots: string[] }> = {
  maghreb: { pre: ['Ben ', 'El ', 'Bou', 'Ait ', 'Al-', ''], roots: ['hadi', 'mrani', 'tahiri', 'zaoui', 'kadiri', 'lamari', 'naciri', 'rahmouni', 'chaoui', 'jebrani', 'haddouchi', 'ouazzari', 'karimani', 'azzouni', 'bakkouri', 'drissani', 'fellahi', 'messaoudi'] },
  turkish: { pre: [''], roots: ['Yildar', 'Kayaci', 'Demirkol', 'Sahinoglu', 'Celikbas', 'Aydemir', 'Ozkaya', 'Arslaner', 'Dogancay', 'Korkmazer'] },
  indonesian: { pre: [''], roots: ['Pratamaji', 'Saputrana', 'Hidayanto', 'Nugraha', 'Wibisono', 'Kurniadi', 'Setiaji', 'Firmanto', 'Rahmadi', 'Susilowati'] },
  european: { pre: ['Van ', 'De ', ''], roots: ['Velden', 'Brouckere', 'Maele', 'Dubreuil', 'Janssensen', 'Peetermans', 'Lefevrier', 'Hollander'] },
};

const cap = (s: string) => s.replace(/(^|[ -])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());

export interface PersonName {
  given: string[]; // all spellings of the given name, canonical first
  surname: string;
  gender: 'male' | 'female';
}

export function drawName(rng: Rng, origin: Origin): PersonName {
  const gender = rng.chance(0.82) ? 'male' : 'female';
  const given = rng.pick(GIVEN[origin][gender]);
  const parts = SURNAME_PARTS[origin];
  return { given, surname: cap(rng.pick(parts.pre) + rng.pick(parts.roots)), gender };
}

export const fullName = (n: PersonName) => `${n.given[0]} ${n.surname}`;

// Romanisation habits that differ between agencies (French vs English vs Turkish conventions).
const RULES: Array<[RegExp, string]> = [
  [/ou/g, 'u'], [/ch/g, 'sh'], [/^El /, 'Al-'], [/^Ben /, 'Bin '], [/i$/, 'y'], [/dd/g, 'd'], [/k/, 'q'], [/zz/g, 'z'], [/ss/g, 's'], [/ae/g, 'a'],
];

/** Another agency's spelling: a different given-name variant and/or transliterated surname. */
export function transliterate(rng: Rng, n: PersonName): string {
  const given = n.given.length > 1 ? rng.pick(n.given.slice(1)) : n.given[0]!;
  let surname = n.surname;
  let changed = given !== n.given[0];
  for (const [from, to] of RULES) {
    if (surname.search(from) === -1 || !rng.chance(0.6)) continue;
    surname = surname.replace(from, to);
    changed = true;
  }
  if (!changed) surname = `${surname}e`; // the minimal clerical variant
  return rng.chance(0.25) ? `${surname.toUpperCase()} ${given}` : `${given} ${surname}`;
}
