// The data behind name normalisation: particles, and given names that romanise in several ways.
// Phonetic codes already join most spellings (Youssef/Yusuf); this table covers the ones they do
// not (Mehmet/Mohammed, Brahim/Ibrahim, Yusup/Yusuf) and gives every family one canonical form.

/** Particles, by every written form, mapped to one canonical form. They carry little identity. */
export const PARTICLES: ReadonlyMap<string, string> = new Map([
  ...['al', 'el', 'ul', 'il'].map((p) => [p, 'al'] as const),
  ...['ben', 'bin', 'ibn', 'bn'].map((p) => [p, 'bin'] as const),
  ...['bint', 'bent'].map((p) => [p, 'bint'] as const),
  ...['abu', 'abou', 'abo'].map((p) => [p, 'abu'] as const),
  ...['ait', 'ath'].map((p) => [p, 'ait'] as const),
  ...['van', 'von', 'der', 'den', 'de', 'du', 'da', 'di', 'dos', 'das', 'del', 'la', 'le', 'ter'].map((p) => [p, p] as const),
]);

/**
 * Particles that are also written glued to the next word (Elamrani, Benaissa, Abubakar): split off
 * when enough of the word remains that it is not a name of its own (Elias, Bena).
 */
export const GLUED_MIN_REST = 4;
/** Longest prefix first. Dutch "van" needs a longer rest: Vanessa is a name, Vanhouten is not. */
export const GLUED_PARTICLES: ReadonlyArray<readonly [prefix: string, canonical: string, minRest: number]> = [
  ['vander', 'van der', 3],
  ['vanden', 'van den', 3],
  ['vande', 'van de', 5],
  ['van', 'van', GLUED_MIN_REST],
  ['abou', 'abu', GLUED_MIN_REST],
  ['abu', 'abu', GLUED_MIN_REST],
  ['ben', 'bin', GLUED_MIN_REST],
  ['bin', 'bin', GLUED_MIN_REST],
  ['el', 'al', GLUED_MIN_REST],
  ['al', 'al', GLUED_MIN_REST],
];

/** "Abd" is the first half of a compound given name: Abdel Karim, Abd al-Karim, Abdulkarim are one name. */
export const ABD_FORMS = ['abdoul', 'abdul', 'abdel', 'abdal', 'abdol', 'abdu', 'abd'] as const;

// Canonical form -> other romanisations (Arabic, Turkish, Indonesian, French and English habits).
const FAMILIES: Record<string, string[]> = {
  muhammad: ['mohammed', 'mohamed', 'mohammad', 'muhammed', 'muhamad', 'mohamad', 'mohamet', 'mouhamed', 'mehmet', 'mehmed', 'muhammet', 'mohd', 'mhammed'],
  ahmad: ['ahmed', 'ahmet', 'ahmat', 'ahmid', 'achmad'],
  yusuf: ['youssef', 'yousef', 'yousuf', 'youcef', 'yusup', 'yussuf', 'yousif', 'yusef'],
  ibrahim: ['brahim', 'ebrahim', 'ibrahem', 'ibrahima'],
  husayn: ['hussein', 'huseyin', 'husain', 'hussain', 'hosein', 'houssein', 'husein'],
  hasan: ['hassan', 'hasen'],
  umar: ['omar', 'omer', 'oumar'],
  uthman: ['othman', 'osman', 'usman', 'outhman'],
  mustafa: ['mostafa', 'moustapha', 'mustapha', 'mostapha', 'moustafa'],
  aisha: ['aicha', 'aysha', 'aisyah', 'ayse', 'ayesha', 'aishah', 'aiche'],
  fatima: ['fatma', 'fatimah', 'fatema', 'fatouma'],
  maryam: ['meryem', 'meriem', 'mariam', 'maryem'],
  zaynab: ['zineb', 'zeynep', 'zainab', 'zeinab'],
  khadija: ['khadidja', 'khadijah', 'khadiga', 'hatice', 'hatidze'],
  yasin: ['yassin', 'yassine', 'yacine', 'yasine'],
  sufyan: ['soufiane', 'sofiane', 'sufian', 'soufian'],
  zakariya: ['zakaria', 'zakariyya', 'zakariya', 'zacharia', 'zakariyah'],
  anwar: ['anouar', 'anuar'],
  tariq: ['tarik', 'tarek', 'tareq'],
  rashid: ['rachid', 'rasheed', 'rachide'],
  said: ['saeed', 'saeid', 'saied'],
  hisham: ['hicham', 'hichem'],
  walid: ['waleed', 'oualid', 'ualid'],
  ayyub: ['ayoub', 'eyup', 'ayub'],
  mahdi: ['mehdi'],
  khalid: ['khaled', 'halid'],
  hamza: ['hamzah', 'hamzeh'],
  layla: ['leila', 'leyla', 'laila'],
  amina: ['emine', 'aminah'],
  iman: ['imane'],
  huda: ['houda'],
  nur: ['noor', 'nour'],
  rizki: ['rizky', 'rizqi'],
  bilal: ['belal'],
  jamal: ['djamal', 'cemal', 'gamal'],
  jalal: ['djalal', 'celal'],
  idris: ['driss', 'idriss', 'idrees'],
  ismail: ['smail', 'ismael', 'ismayil'],
  ramadan: ['ramazan', 'ramdane'],
  rajab: ['recep', 'rejep', 'radjab'],
  bushra: ['busra', 'bouchra', 'boushra'],
  rahmat: ['rachmat', 'rahmad'],
  salih: ['saleh', 'soleh', 'sholeh'],
  faisal: ['faycal', 'faysal', 'fayssal', 'faical'],
};

export const GIVEN_NAME_CANON: ReadonlyMap<string, string> = new Map(
  Object.entries(FAMILIES).flatMap(([canon, forms]) => [[canon, canon] as const, ...forms.map((f) => [f, canon] as const)]),
);
