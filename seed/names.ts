// Invented name parts, spelled the way each reporting agency would transliterate them.
import type { Rng } from './random.js';

/** Spelling conventions follow the recording agency, not the person: that is what makes matching hard. */
export type Style = 'tr' | 'nl' | 'be' | 'fr' | 'id' | 'au' | 'il' | 'eu';
export type Origin = 'maghreb' | 'levant' | 'turkish' | 'indonesian' | 'european';
export type Gender = 'male' | 'female';

interface Spelled {
  gender?: Gender;
  base: string;
  variants: Partial<Record<Style, string>>;
}

/** `'Mohammed|be:Mohamed|tr:Muhammed'`: a base spelling then per-style overrides. */
function spelled(spec: string, gender?: Gender): Spelled {
  const [base = '', ...rest] = spec.split('|');
  const variants: Partial<Record<Style, string>> = {};
  for (const part of rest) {
    const [style, value] = part.split(':') as [Style, string];
    variants[style] = value;
  }
  return gender ? { gender, base, variants } : { base, variants };
}

const ARABIC_MALE = [
  'Mohammed|be:Mohamed|fr:Mohamed|tr:Muhammed|id:Muhammad|au:Mohammad|eu:Muhammad',
  'Youssef|tr:Yusuf|id:Yusuf|au:Yousef|eu:Yusuf|il:Yosef',
  'Abdelkader|nl:Abdelkader|tr:Abdülkadir|id:Abdul Kadir|au:Abdul Qadir|eu:Abd al-Qadir',
  'Abdelaziz|tr:Abdülaziz|id:Abdul Aziz|au:Abdulaziz|eu:Abd al-Aziz',
  'Abdellah|be:Abdellah|fr:Abdallah|tr:Abdullah|id:Abdullah|au:Abdullah|eu:Abdullah',
  'Khalid|be:Khalid|fr:Khaled|tr:Halit|id:Khalid|au:Khaled',
  'Hamza|id:Hamzah|tr:Hamza',
  'Bilal|tr:Bilal',
  'Ayoub|nl:Ayoub|tr:Eyüp|id:Ayub|au:Ayub|eu:Ayyub',
  'Ismail|fr:Ismaël|tr:İsmail',
  'Ibrahim|fr:Brahim|tr:İbrahim',
  'Omar|tr:Ömer|id:Umar|eu:Umar',
  'Mustapha|nl:Mustafa|tr:Mustafa|id:Mustofa|au:Mustafa|eu:Mustafa',
  'Karim|fr:Karim|tr:Kerim',
  'Rachid|nl:Rachid|tr:Reşit|id:Rasyid|au:Rashid|eu:Rashid',
  'Said|fr:Saïd|tr:Sait|id:Said',
  'Anouar|nl:Anouar|tr:Enver|id:Anwar|au:Anwar|eu:Anwar',
  'Hicham|tr:Hişam|id:Hisyam|au:Hisham|eu:Hisham',
  'Mehdi|id:Mahdi|tr:Mehdi|eu:Mahdi',
  'Soufiane|nl:Sofian|tr:Süfyan|id:Sufyan|au:Sufyan|eu:Sufyan',
  'Zakaria|tr:Zekeriya|id:Zakariya|eu:Zakariya',
  'Othmane|nl:Osman|tr:Osman|id:Utsman|au:Othman|eu:Uthman',
  'Walid|tr:Velid|au:Waleed',
  'Nabil|au:Nabeel',
  'Tarik|tr:Tarık|id:Thariq|au:Tariq|eu:Tariq',
  'Ilias|nl:Ilyas|tr:İlyas|id:Ilyas|eu:Ilyas',
  'Younes|tr:Yunus|id:Yunus|eu:Yunus',
  'Adil|fr:Adel|tr:Adil',
  'Redouane|nl:Ridouan|tr:Rıdvan|id:Ridwan|au:Ridwan|eu:Ridwan',
  'Jamal|tr:Cemal|id:Jamal',
];

const ARABIC_FEMALE = [
  'Fatima|tr:Fatma|id:Fatimah|eu:Fatimah',
  'Khadija|tr:Hatice|id:Khadijah|au:Khadijah',
  'Aicha|nl:Aisha|tr:Ayşe|id:Aisyah|au:Aisha|eu:Aisha',
  'Meryem|fr:Myriam|id:Maryam|au:Maryam|eu:Maryam',
  'Nour|tr:Nur|id:Nur|au:Noor',
  'Salma|tr:Selma',
  'Samira|tr:Semira',
  'Asmae|nl:Asma|tr:Esma|id:Asma|au:Asma|eu:Asma',
  'Zineb|tr:Zeynep|id:Zainab|au:Zainab|eu:Zaynab',
  'Hafsa|tr:Hafsa|id:Hafshah',
  'Imane|tr:İman|id:Iman|au:Iman',
];

/** `article` surnames carry el-/al-, written differently by each agency. */
const ARABIC_FAMILY: { name: Spelled; article: boolean }[] = [
  ['Amrani', true], ['Tahiri', true], ['Haddouchi', true], ['Ouali', false], ['Zerouali', false],
  ['Bensaid|be:Ben Said|fr:Bensaïd|tr:Bensayit', false], ['Azzaoui', true], ['Lahlou', false],
  ['Chaoui', true], ['Mansouri', true], ['Ait Lahcen|fr:Aït Lahcen|tr:Aitlahcen|eu:Ait-Lahcen', false],
  ['Idrissi', true], ['Filali', true], ['Sabri', false], ['Harrak', false], ['Jebari', true],
  ['Kaddouri', false], ['Benali|be:Ben Ali|tr:Benali', false], ['Ouazzani', true], ['Rifi', true],
  ['Tazi', false], ['Zahraoui', false], ['Hamdaoui', true], ['Slimani', false], ['Bouazza', false],
  ['Kharbouch', false], ['Fassi', true], ['Souiri', true], ['Boutaleb', false], ['Ouardighi', true],
  ['Chergui', true], ['Hamouchi', false], ['Belkadi', false],
].map(([spec, article]) => ({ name: spelled(spec as string), article: article as boolean }));

const LEVANT_FAMILY = ['Halabi', 'Hamwi', 'Idlibi', 'Khatib', 'Darwish', 'Rifai', 'Haddad', 'Nasser', 'Saleh', 'Hamad'];

const TURKISH_MALE = ['Mehmet', 'Ahmet', 'Hüseyin', 'Ali', 'Murat', 'Emre', 'Burak', 'Serkan', 'Hakan', 'Kadir', 'Furkan', 'Enes', 'Ömer', 'Halil', 'Yasin', 'Ramazan', 'Oğuzhan', 'Taha'];
const TURKISH_FEMALE = ['Elif', 'Büşra', 'Merve', 'Zeynep', 'Fatma', 'Ayşe', 'Hatice', 'Rabia', 'Kübra'];
const TURKISH_FAMILY = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Karabulut', 'Tekinalp', 'Güneş', 'Kocabaş', 'Sarıkaya', 'Ekinci', 'Bozkurt'];

const INDONESIAN_MALE = ['Budi', 'Agus', 'Eko', 'Joko', 'Dedi', 'Hendra', 'Rizky', 'Fajar', 'Arif', 'Wahyu', 'Yudi', 'Andi', 'Rudi', 'Taufik', 'Irfan', 'Fauzi', 'Ahmad', 'Syaiful'];
const INDONESIAN_FEMALE = ['Siti', 'Dewi', 'Rina', 'Wulan', 'Putri', 'Ayu', 'Nurul', 'Lestari'];
const INDONESIAN_FAMILY = ['Wibowo', 'Saputra', 'Hidayat', 'Kurniawan', 'Setiawan', 'Nugroho', 'Siregar', 'Harahap', 'Pratama', 'Firmansyah', 'Permana', 'Gunawan', 'Hakim', 'Prasetyo', 'Wijaya', 'Ramadhan'];

const EUROPEAN: Record<'nl' | 'be' | 'fr' | 'au' | 'eu', { male: string[]; female: string[]; family: string[] }> = {
  nl: { male: ['Jeroen', 'Dennis', 'Kevin', 'Sven', 'Ruben', 'Bram'], female: ['Lotte', 'Sanne', 'Anouk'], family: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'van Dijk', 'Smit', 'Mulder', 'Zwartveld'] },
  be: { male: ['Jonas', 'Thomas', 'Wout', 'Jens', 'Brecht'], female: ['Laura', 'Elke', 'Ine'], family: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'Goossens', 'Mertens'] },
  fr: { male: ['Nicolas', 'Maxime', 'Julien', 'Sébastien', 'Romain', 'Anthony', 'Jordan'], female: ['Chloé', 'Émilie', 'Manon'], family: ['Dubois', 'Lefebvre', 'Moreau', 'Garnier', 'Roux', 'Fontaine', 'Girard', 'Lambert'] },
  au: { male: ['Jack', 'Liam', 'Ethan', 'Joshua', 'Ryan', 'Daniel'], female: ['Chloe', 'Jessica', 'Tahlia'], family: ['Mitchell', 'Walker', 'Harris', 'Thompson', 'Kelly', 'Brennan', 'Lachlan'] },
  eu: { male: ['Lukas', 'Jonas', 'Oliver', 'Samuel', 'Marek'], female: ['Hannah', 'Lea', 'Sophie'], family: ['Weber', 'Becker', 'Hoffmann', 'Clarke', 'Novak', 'Lindqvist'] },
};

/** Kunya parts; sons' names and nisbas picked to avoid well-known real kunyas. */
const KUNYA_NAMES = ['Hafs', 'Yusuf', 'Hamza', 'Ibrahim', 'Muaz', 'Suhaib', 'Bara', 'Salman', 'Anas', 'Idris', 'Zakariya', 'Harith'];
const NISBA: Record<string, string> = {
  BE: 'Belgiki', NL: 'Hollandi', FR: 'Faransi', AU: 'Australi', ID: 'Indunisi', TR: 'Turki',
  GB: 'Britani', DE: 'Almani', MA: 'Maghribi', TN: 'Tunisi', SY: 'Shami', LB: 'Lubnani', IL: 'Maqdisi',
};

/** Turkish letters survive only in Turkish records; everyone else writes ASCII. */
export function asciiFold(s: string): string {
  return s.replace(/ı/g, 'i').replace(/İ/g, 'I').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function spell(name: Spelled, style: Style): string {
  return name.variants[style] ?? name.base;
}

function withArticle(family: string, style: Style): string {
  switch (style) {
    case 'nl': return `el-${family}`;
    case 'be':
    case 'fr': return `El ${family}`;
    case 'tr': return `El${family.toLowerCase()}`;
    case 'au': return `Al-${family}`;
    default: return `al-${family}`;
  }
}

/**
 * Consonant skeleton of a name, blind to particles, vowels and doubled letters:
 * Youssef el-Tahiri and Yusuf Tahiri share one. Used to keep accidental look-alikes out.
 */
export function nameSkeleton(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/\b(el|al|ben|bin)[\s-]+/g, '')
    .replace(/\bel(?=[a-z]{4,})/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

export interface PersonName {
  name: string;
  given: string;
  family: string;
  aliases: string[];
}

export interface NameRequest {
  origin: Origin;
  style: Style;
  gender: Gender;
  /** Residence country, for the kunya's nisba. */
  country: string;
  /** Reuse a family name, e.g. for siblings. */
  family?: string;
}

function arabicGiven(rng: Rng, gender: Gender, style: Style): string {
  const spec = rng.pick(gender === 'male' ? ARABIC_MALE : ARABIC_FEMALE);
  return spell(spelled(spec), style);
}

function arabicFamily(rng: Rng, style: Style): string {
  const f = rng.pick(ARABIC_FAMILY);
  const plain = spell(f.name, style);
  return f.article && rng.chance(0.6) ? withArticle(plain, style) : plain;
}

function parts(rng: Rng, req: NameRequest): [string, string] {
  const { origin, style, gender } = req;
  const male = gender === 'male';
  switch (origin) {
    case 'maghreb':
      return [arabicGiven(rng, gender, style), arabicFamily(rng, style)];
    case 'levant':
      return [arabicGiven(rng, gender, 'eu'), withArticle(rng.pick(LEVANT_FAMILY), style === 'tr' ? 'tr' : 'eu')];
    case 'turkish':
      return [rng.pick(male ? TURKISH_MALE : TURKISH_FEMALE), rng.pick(TURKISH_FAMILY)];
    case 'indonesian':
      return indonesianParts(rng, gender);
    case 'european': {
      const pool = EUROPEAN[style === 'nl' || style === 'be' || style === 'fr' || style === 'au' ? style : 'eu'];
      return [rng.pick(male ? pool.male : pool.female), rng.pick(pool.family)];
    }
  }
}

/** Indonesian records mix mononyms, Arabic given names and patronymics with `bin`. */
function indonesianParts(rng: Rng, gender: Gender): [string, string] {
  const male = gender === 'male';
  const given = rng.chance(0.35) ? arabicGiven(rng, gender, 'id') : rng.pick(male ? INDONESIAN_MALE : INDONESIAN_FEMALE);
  if (rng.chance(0.15)) return [given, ''];
  if (male && rng.chance(0.2)) return [given, `bin ${arabicGiven(rng, 'male', 'id')}`];
  return [given, rng.pick(INDONESIAN_FAMILY)];
}

export function kunya(rng: Rng, gender: Gender, country: string): string {
  const nisba = NISBA[country] ?? 'Muhajir';
  const lead = gender === 'male' ? 'Abu' : 'Umm';
  return `${lead} ${rng.pick(KUNYA_NAMES)} al-${nisba}`;
}

export function personName(rng: Rng, req: NameRequest, aliasChance = 0.35): PersonName {
  const [given0, family0] = parts(rng, req);
  const family = req.family ?? family0;
  const given = req.style === 'tr' ? given0 : asciiFold(given0);
  const fam = req.style === 'tr' ? family : asciiFold(family);
  const name = fam ? `${given} ${fam}` : given;
  const aliases: string[] = [];
  if (req.origin !== 'european' && rng.chance(aliasChance)) aliases.push(kunya(rng, req.gender, req.country));
  if (req.origin === 'european' && rng.chance(0.6)) aliases.push(`${arabicGiven(rng, req.gender, 'eu')} ${rng.pick(['al-Hollandi', 'al-Faransi', 'al-Belgiki', 'al-Australi'])}`);
  return { name, given, family: fam, aliases };
}

/** Invented organisations; any likeness to a real group's name is unintended. */
export const ORG_NAMES = {
  northernGate: { name: 'Brotherhood of the Northern Gate', aliases: ['Northern Gate', 'Jamaat Bab al-Shamal'] },
  levantDawn: { name: 'Levant Dawn Battalion', aliases: ['Katibat Fajr al-Sham'] },
  shamRelief: { name: 'Sham Relief Foundation', aliases: ['SRF', 'Stichting Sham Hulp'] },
  crescentBridge: { name: 'Crescent Bridge Aid', aliases: ['CBA Humanitarian'] },
  lanternMedia: { name: 'Northern Lantern Media', aliases: ['Mu’assasat al-Qandil'] },
  rueVerte: { name: 'Rue Verte Youth Circle', aliases: ['Cercle de la Rue Verte'] },
  haagseDawah: { name: 'Haagse Dawah Collective', aliases: ['HDC'] },
  banlieueSud: { name: 'Banlieue Solidarité Sud', aliases: ['BSS'] },
  cahayaTimur: { name: 'Jamaah Cahaya Timur', aliases: ['Eastern Light Congregation', 'JCT'] },
  southernCross: { name: 'Southern Cross Dawah Network', aliases: ['SCDN'] },
  anatolianPassage: { name: 'Anatolian Passage Travel Ltd', aliases: ['Anadolu Geçit Turizm'] },
  scheldtCircle: { name: 'Scheldt Study Circle', aliases: ['Studiekring Schelde'] },
} as const;
export type OrgKey = keyof typeof ORG_NAMES;
