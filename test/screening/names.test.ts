// Name matching without a database: the transliteration table, particles, word order, diacritics,
// keys shared by spellings of one name, and scores that separate one human from a namesake.
import { describe, expect, it } from 'vitest';
import { nameTokens } from '../../src/identity/normalise.js';
import { lookupKeys, nameVariants, personKeys } from '../../src/identity/nameKeys.js';
import { scoreMatch, variantSimilarity, type MatchCandidate, type MatchSubject } from '../../src/identity/score.js';

const canonical = (name: string) => nameTokens(name).map((t) => (t.particle ? `(${t.skeleton})` : t.skeleton)).sort().join(' ');
const subject = (name: string, birthDate: string | null = null): MatchSubject => ({ name, variants: nameVariants(name), birthDate, nationalities: [] });
const candidate = (name: string, birthDate: string | null = null, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  name, variants: nameVariants(name), birthDate, nationalities: [], sharedDocuments: [], sharedIdentifiers: [], sharedFlights: [], ...extra,
});

describe('the transliteration table', () => {
  it.each([
    [['Mohammed', 'Muhammad', 'Mohamed', 'Muhamad', 'Mohammad', 'Mehmet']],
    [['Yusuf', 'Youssef', 'Yousef', 'Youcef']],
    [['Abdel Karim', 'Abdul Karim', 'Abd al-Karim', 'Abdulkarim', 'Abdelkarim']],
    [['Abdullah', 'Abdulah']],
    [['Hussein', 'Husayn', 'Hüseyin']],
    [['Aïcha', 'Aicha', 'Aisha']],
    [['Idris', 'Driss', 'Idriss']],
    [['Hatice', 'Khadija', 'Khadidja']],
    [['Recep', 'Rejep', 'Rajab']],
    [['Faisal', 'Fayçal', 'Faysal']],
    [['Salih', 'Saleh', 'Sholeh']],
  ])('%j are one name', (spellings) => {
    const forms = new Set(spellings.map(canonical));
    expect([...forms]).toHaveLength(1);
  });

  it.each([
    ['Mohammed Al-Amrani', 'Muhammad El Amrani'],
    ['Mohamed Elamrani', 'Muhamad al Amrani'],
    ['Yusuf Ben Ali', 'Youssef bin Ali'],
    ['Yusuf ibn Ali', 'Youssef Ben Ali'],
    ['Abu Bakr Haddouchi', 'Abou Bakr Hadouchi'],
    ['AMRANI Mohammed', 'Mohammed Amrani'],
    ['Şahinoğlu Mehmet', 'Mehmet Sahinoglu'],
    ['Rachid Ouazzari', 'Rashid Uazari'],
  ])('%s = %s (particles, word order, diacritics, spelling habits)', (a, b) => {
    expect(canonical(a)).toBe(canonical(b));
    const keysA = personKeys({ name: a, birthDate: '1990-04-02' }).nameKeys;
    const keysB = lookupKeys(nameVariants(b), '1990-04-02');
    expect(keysB.some((k) => keysA.includes(k))).toBe(true);
    expect(variantSimilarity(nameTokens(a), nameTokens(b))).toBe(1);
  });

  it('Arabic and Cyrillic script are romanised before matching', () => {
    expect(nameTokens('Мухаммед').map((t) => t.code)).toEqual(nameTokens('Muhammed').map((t) => t.code));
  });
});

describe('keys', () => {
  it('are stored per name pair, birth year and birth date, particles never alone', () => {
    const { nameKeys, nameTokens: stored } = personKeys({ name: 'Mohammed Al-Amrani', aliases: ['Abu Muhammad'], birthDate: '1990-01-02' });
    // The pair, alone and with the year, also with one code a letter short (typo tolerance); with the
    // date, each word's code and the other word's initial; the one-word alias's code.
    expect(nameKeys).toEqual(expect.arrayContaining(['n_AMRN_MHMT', 'n_MHMT', 'y1990_AMRN_MHMT', 'y1990_MHMT', 'n_AMN_MHMT', 'y1990_AMRN_HMT', 'd19900102_AMRN_M', 'd19900102_MHMT_A']));
    expect(nameKeys.filter((k) => k.startsWith('y1990_'))).toHaveLength(nameKeys.filter((k) => k.startsWith('n_')).length);
    expect(nameKeys.every((k) => /^(n|y\d{4}|d\d{8})_[A-Z0-9]+(_[A-Z0-9]+)?$/.test(k) && !/_(AL|BN)(_|$)/.test(k))).toBe(true);
    expect(nameKeys.filter((k) => k.startsWith('d19900102_'))).toEqual(['d19900102_AMRN_M', 'd19900102_MHMT', 'd19900102_MHMT_A']);
    // And for the day/month swap (2 January read as 1 February), so a row looks up its own date only.
    expect(nameKeys.filter((k) => k.startsWith('d19900201_'))).toEqual(['d19900201_AMRN_M', 'd19900201_MHMT', 'd19900201_MHMT_A']);
    expect(personKeys({ name: 'Mohammed Al-Amrani', birthDate: '1990-01-13' }).nameKeys.filter((k) => k.startsWith('d'))).toEqual(['d19900113_AMRN_M', 'd19900113_MHMT_A']);
    // A birth date on record: no keys for the undated.
    expect(nameKeys.some((k) => k.startsWith('u_') || k.startsWith('y0000_'))).toBe(false);
    expect(stored).toEqual(['muhamad/MHMT/mohammed al/_ amrani/AMRN', 'abu/_ muhamad/MHMT/muhammad']);
  });

  it('a row with a birth year also finds people whose birth date is unknown', () => {
    const keys = lookupKeys(nameVariants('Yusuf Amrani'), '1988-03-01');
    expect(keys).toEqual(expect.arrayContaining(['y0000_AMRN_ASF', 'y1988_AMRN_ASF']));
    expect(keys.every((k) => k.startsWith('y0000_') || k.startsWith('y1988_'))).toBe(true);
    // With the dates worth reading: the row's own day (people born on its swap carry keys for it too),
    // and the undated by a word and an initial.
    const undated = new Set(personKeys({ name: 'Yusuf Amrani' }).nameKeys);
    const dated = lookupKeys(nameVariants('Yusuf Amranni'), '1988-03-01', ['1988-03-01', '1988-01-03']);
    expect(dated).toEqual(['d19880301_AMRN_A', 'd19880301_ASF_A', 'u_AMRN_A', 'u_ASF_A']);
    expect(dated.some((k) => undated.has(k))).toBe(true);
  });

  it('a date, one word and the other word\'s initial: a typo in either word, a folded first letter, not another initial', () => {
    const DOB = '1990-04-02';
    const found = (recorded: string, row: string) => {
      const stored = new Set(personKeys({ name: recorded, birthDate: DOB }).nameKeys);
      return lookupKeys(nameVariants(row), DOB, [DOB]).some((k) => stored.has(k));
    };
    expect(found('Charles Dupont', 'Cahrles Dupont')).toBe(true); // the slip moves the folded initial (ch -> sh), not the written one
    expect(found('Charles Dupont', 'Charles Dupnot')).toBe(true);
    expect(found('Budi Cahyono', 'Boedi Tjahjono')).toBe(true); // tj is c, folded
    expect(found('Walid Haddad', 'Oualid Haddad')).toBe(true);
    expect(found('Charles Dupont', 'Charles Lupont')).toBe(false); // another surname on the same day: another key
    expect(found('Charles Dupont', 'Marcel Dupont')).toBe(false);
  });
});

describe('scores', () => {
  it('one human under two spellings and a day/month slip scores above a namesake born elsewhen', () => {
    const row = subject('Youssef El Haddouchi', '1987-03-05');
    const same = scoreMatch(row, candidate('HADOUCHI Yusuf', '1987-05-03'));
    const namesake = scoreMatch(row, candidate('Yusuf Haddouchi', '1979-11-21'));
    expect(same.score).toBeGreaterThanOrEqual(0.8);
    expect(namesake.score).toBeLessThan(0.8);
    expect(same.reasons.map((r) => [r.field, r.how])).toEqual([['NAME', 'VARIANT'], ['BIRTH_DATE', 'SWAPPED_DAY_MONTH']]);
  });

  it('a shared document number is strong evidence even under another name', () => {
    const s = scoreMatch(subject('Karim Zaoui', '1990-01-01'), candidate('Abdelkarim Zaoui', '1990-01-01', { sharedDocuments: ['MA1234567'] }));
    expect(s.score).toBeGreaterThan(0.9);
    expect(s.reasons.map((r) => r.field)).toContain('DOCUMENT');
  });

  it('a three-word name with another surname is a namesake, however many given names agree', () => {
    const row = subject('Mohammed Khalid Zazougui', '1976-12-05');
    const namesake = scoreMatch(row, candidate('Mohammed Khalid Zennaciri', '1976-12-05'));
    const fatherLeftOut = scoreMatch(row, candidate('Muhammad Zazougui', '1976-12-05'));
    expect(namesake.score).toBeLessThan(0.8);
    expect(fatherLeftOut.score).toBeGreaterThanOrEqual(0.8);
  });

  it('Hasan and Husayn are two names, however alike their phonetic codes', () => {
    const row = subject('Huseyin Arslaner', '1982-10-24');
    expect(scoreMatch(row, candidate('Hasan Arslaner', '1982-10-24')).score).toBeLessThan(0.8);
    expect(scoreMatch(row, candidate('Hussein Arslaner', '1982-10-24')).score).toBeGreaterThanOrEqual(0.8);
  });

  it('a shared phonetic code alone does not pair a surname with a given name (Sikkouri / Zakaria: SKR)', () => {
    const s = scoreMatch(subject('Mohammed Sikkouri', '1998-01-12'), candidate('Zakaria Mohammed Narllali', '1998-01-12'));
    expect(s.score).toBeLessThan(0.8);
  });

  it('is symmetric in word order and ignores particles', () => {
    expect(scoreMatch(subject('Ben Ali Yusuf'), candidate('Yusuf Ali')).score).toBe(scoreMatch(subject('Yusuf Ali'), candidate('Yusuf Ali')).score);
  });
});
