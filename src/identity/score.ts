// Pure scoring of one subject (a manifest row, or a person) against one candidate record, with reasons.
// The score depends only on the pair: no other record (visible or hidden) can change it.
import { jaroWinkler } from '@skyra/jaro-winkler';
import { KNOWN_NAMES, words, type NameToken } from './normalise.js';
import { nameVariants } from './nameKeys.js';

export type MatchField = 'NAME' | 'BIRTH_DATE' | 'GENDER' | 'DOCUMENT' | 'NATIONALITY' | 'IDENTIFIER' | 'FLIGHT';

export interface MatchReason {
  field: MatchField;
  /** EXACT, VARIANT (same after normalisation), PHONETIC, SIMILAR, SWAPPED_DAY_MONTH, SAME_YEAR, SHARED, SAME_FLIGHT, DIFFERENT... */
  how: string;
  /** This field's own similarity, 0..1. */
  score: number;
  /** What was compared, as the viewer may read it (their own input beside the visible record). */
  detail: string;
}

export interface MatchSubject {
  name: string;
  variants: NameToken[][];
  birthDate: string | null;
  nationalities: readonly string[];
  gender?: string | null;
}

export interface MatchCandidate {
  name: string;
  variants: NameToken[][];
  birthDate: string | null;
  nationalities: readonly string[];
  gender?: string | null;
  /** Normalised document numbers the candidate holds that the subject also has (visible ones only). */
  sharedDocuments: readonly string[];
  sharedIdentifiers: readonly string[];
  /** "FLIGHT on YYYY-MM-DD" the candidate also took. */
  sharedFlights: readonly string[];
}

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

export const DEFAULT_THRESHOLD = 0.8;

// Weights: a shared document dominates; otherwise name and birth date carry the decision together.
const NAME_WEIGHT = 0.6;
const DOB_WEIGHT = 0.4;
const NAME_ONLY_CAP = 0.82;
const DOCUMENT_FLOOR = 0.85;
const IDENTIFIER_BONUS = 0.2;
const FLIGHT_BONUS = 0.1;
const NATIONALITY_BONUS = 0.03;
const SAME_YEAR = 0.35;
const PHONETIC_FLOOR = 0.92;
/** A shared phonetic code lifts a near spelling, not two words that merely share consonants (Zakaria / Sikkouri: SKR). */
const PHONETIC_MIN_SPELLING = 0.7;
/** Below this name similarity, no birth date or nationality lifts a pair over the name itself (plus a little). */
const NAME_GATE = 0.75;
const GENDER_PENALTY = 0.3;

/** One slip of the keyboard (a letter dropped, added, changed or two swapped) after the first letter. */
const TYPO_FLOOR = 0.88;
const TYPO_MIN_LENGTH = 3;
const TYPO_MIN_SUBSTITUTED = 6;
/** Jaro-Winkler that makes two words one without a shared code or being one edit apart. */
const SPELLING_ALONE = 0.9;

/** Damerau-Levenshtein distance is at most one. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.skeleton === b.skeleton) return 1;
  const jw = jaroWinkler(a.skeleton, b.skeleton);
  // Double Metaphone keeps consonants only (Hasan = Husayn = HSN): a shared code is no evidence between two names the table knows apart.
  const distinctNames = KNOWN_NAMES.has(a.skeleton) && KNOWN_NAMES.has(b.skeleton);
  if (distinctNames) return jw;
  const sounds = a.code !== '' && a.code === b.code && jw >= PHONETIC_MIN_SPELLING;
  if (sounds) return Math.max(PHONETIC_FLOOR, jw);
  const [x, y] = [a.skeleton, b.skeleton];
  // Folding can turn one slip into two edits (Mercner / Mercier: merkner / merkier is one, Hzaes / Hazes:
  // hzas / hazs is not), so a slip counts in the skeletons or in the words as written.
  const [p, q] = [a.spelling ?? x, b.spelling ?? y];
  if (slip(x, y) || slip(p, q)) return Math.max(TYPO_FLOOR, jw);
  const oneEdit = oneEditApart(x, y) || oneEditApart(p, q);
  // Neither one sound nor one edit: Jaro-Winkler alone rates two short names sharing four letters as
  // one word (Hamid / Shami 0.87, Habib / Harbi 0.89): that takes more.
  // Letters only dropped (Arabic script leaves short vowels out: jml / jamal) is a spelling, not a name.
  const spelling = oneEdit || jw >= SPELLING_ALONE || lettersDropped(x, y) || lettersDropped(y, x);
  return spelling ? jw : Math.min(jw, SAME_WORD - 0.01);
}

/** `short` is `long` with letters left out. */
function lettersDropped(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * One slip of the keyboard after the first letter. A changed letter inside a short word is as often
 * another name (Qasim / Karim) as a slip; at its end it is a slip that folding made look like a change
 * (Mooe / Moore: mue / mur).
 */
function slip(x: string, y: string): boolean {
  const changedInside = x.length === y.length && x.length < TYPO_MIN_SUBSTITUTED && x.slice(0, -1) !== y.slice(0, -1);
  return x[0] === y[0] && Math.min(x.length, y.length) >= TYPO_MIN_LENGTH && !changedInside && oneEditApart(x, y);
}

/** Below this a word counts as a different word, not a misspelling: it weighs half. */
const SAME_WORD = 0.85;
/** A one-word name (a kunya such as "Abu Muhammad", or a bare given name) is weak evidence on its own. */
const ONE_WORD_CAP = 0.6;
/**
 * A name with a word the other lacks entirely (another surname, another father's name) is a namesake
 * however many words agree: as low as a two-word name with one different word can score.
 */
const NAMESAKE_CAP = 0.7;

/** Word order never matters: each word of the shorter name takes its best partner in the longer one. */
export function variantSimilarity(a: readonly NameToken[], b: readonly NameToken[]): number {
  const [short, long] = [a, b].map((v) => v.filter((t) => !t.particle)).sort((x, y) => x.length - y.length) as [NameToken[], NameToken[]];
  if (short.length === 0) return 0;
  const pairs: Array<[number, number, number]> = [];
  short.forEach((s, i) => long.forEach((l, j) => pairs.push([tokenSimilarity(s, l), i, j])));
  pairs.sort((x, y) => y[0] - x[0]);
  const [usedS, usedL] = [new Set<number>(), new Set<number>()];
  let sum = 0;
  let differs = false;
  for (const [sim, i, j] of pairs) {
    if (usedS.has(i) || usedL.has(j)) continue;
    usedS.add(i);
    usedL.add(j);
    differs ||= sim < SAME_WORD;
    sum += sim >= SAME_WORD ? sim : sim / 2; // same given name, another surname: not the same name
  }
  const extra = long.length - short.length;
  const mean = (sum / short.length) * 0.97 ** extra; // a missing middle name barely counts
  if (short.length === 1) return Math.min(mean, ONE_WORD_CAP);
  return differs ? Math.min(mean, NAMESAKE_CAP) : mean;
}

/**
 * The name is, word for word with its particles, an alias of several words the record carries (a
 * kunya such as Abu Mazin, a nom de guerre): someone recorded that exact name for this person, so it
 * is not the weak one-word name it would be when compared word by word. Words in order, each a spelling
 * of the other; particles the same.
 */
function aliasSimilarity(name: readonly NameToken[], alias: readonly NameToken[]): number {
  if (alias.length < 2 || name.length !== alias.length) return 0;
  let sum = 0;
  for (const [i, t] of name.entries()) {
    const a = alias[i]!;
    if (t.particle !== a.particle || (t.particle && t.skeleton !== a.skeleton)) return 0;
    const sim = t.particle ? 1 : tokenSimilarity(t, a); // Abu Mazin, أبو مازن (abu mazn)
    if (sim < SAME_WORD) return 0;
    sum += sim;
  }
  return sum / name.length;
}

function nameReason(s: MatchSubject, c: MatchCandidate): MatchReason {
  let best = 0;
  let how = 'SIMILAR';
  for (const a of s.variants) {
    c.variants.forEach((b, k) => {
      const sim = Math.max(variantSimilarity(a, b), k > 0 ? aliasSimilarity(a, b) : 0);
      if (sim > best) best = sim;
    });
  }
  const plain = (n: string) => words(n).sort().join(' ');
  if (plain(s.name) === plain(c.name)) how = 'EXACT';
  else if (best >= 0.999) how = 'VARIANT';
  else if (best >= PHONETIC_FLOOR) how = 'PHONETIC';
  return { field: 'NAME', how, score: round(best), detail: `${s.name} ~ ${c.name}` };
}

function birthReason(a: string | null, b: string | null): MatchReason | null {
  if (!a || !b) return null;
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  const r = (how: string, score: number): MatchReason => ({ field: 'BIRTH_DATE', how, score, detail: `${a} ~ ${b}` });
  if (a === b) return r('EXACT', 1);
  if (ya === yb && ma === db && da === mb) return r('SWAPPED_DAY_MONTH', 0.85);
  if (ya === yb) return r('SAME_YEAR', SAME_YEAR);
  if (Math.abs(Number(ya) - Number(yb)) === 1) return r('ADJACENT_YEAR', 0.15);
  return r('DIFFERENT', 0);
}

export function scoreMatch(s: MatchSubject, c: MatchCandidate): MatchScore {
  const name = nameReason(s, c);
  const birth = birthReason(s.birthDate, c.birthDate);
  const reasons: MatchReason[] = [name];
  if (birth) reasons.push(birth);
  let score = birth ? NAME_WEIGHT * name.score + DOB_WEIGHT * birth.score : NAME_ONLY_CAP * name.score;
  // Same given name and birth date but another surname is a namesake, not a spelling.
  if (name.score < NAME_GATE) score = Math.min(score, name.score + 0.05);
  if (c.sharedDocuments.length > 0) {
    score = Math.max(score, DOCUMENT_FLOOR + (1 - DOCUMENT_FLOOR) * name.score - (birth?.how === 'DIFFERENT' ? 0.1 : 0));
    reasons.push({ field: 'DOCUMENT', how: 'SHARED', score: 1, detail: c.sharedDocuments.join(', ') });
  }
  // Handles and e-mail addresses are reused and mistyped: they support a matching birth date, never outvote a different one.
  const birthAgrees = !birth || birth.score >= 0.85;
  if (c.sharedIdentifiers.length > 0) {
    if (birthAgrees) score += IDENTIFIER_BONUS * Math.min(c.sharedIdentifiers.length, 2) * (name.score >= 0.8 ? 1 : 0.5);
    reasons.push({ field: 'IDENTIFIER', how: 'SHARED', score: 1, detail: c.sharedIdentifiers.join(', ') });
  }
  if (c.sharedFlights.length > 0 && name.score >= 0.8 && birthAgrees) {
    score += FLIGHT_BONUS;
    reasons.push({ field: 'FLIGHT', how: 'SAME_FLIGHT', score: 1, detail: c.sharedFlights.join(', ') });
  }
  const known = (g: string | null | undefined) => (g === 'male' || g === 'female' ? g : null);
  if (known(s.gender) && known(c.gender) && s.gender !== c.gender) {
    score -= GENDER_PENALTY;
    reasons.push({ field: 'GENDER', how: 'DIFFERENT', score: 0, detail: `${s.gender} ~ ${c.gender}` });
  }
  const nationality = s.nationalities.filter((n) => c.nationalities.includes(n));
  if (nationality.length > 0) {
    score += NATIONALITY_BONUS;
    reasons.push({ field: 'NATIONALITY', how: 'SHARED', score: 1, detail: nationality.join(', ') });
  }
  return { score: round(Math.min(1, Math.max(0, score))), reasons };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The best score of a candidate whose birth date is known on both sides and is neither the same date
 * nor the same with day and month swapped (the same year at best): a perfect name, the year and a shared
 * nationality. Identifiers and flights count only when birth dates agree; a shared document or
 * identifier is found by its own lookup. Above this threshold the name lookup can leave such people out.
 */
export const BEST_WITH_OTHER_BIRTH_DATE = round(NAME_WEIGHT + DOB_WEIGHT * SAME_YEAR + NATIONALITY_BONUS);

/**
 * The birth dates a candidate may have to reach `threshold` by its name (null: any): the date itself and
 * day/month swapped when the day can be a month (the 19th of July has no swap: no record is born in month 19).
 */
export function birthDatesWorthReading(birthDate: string | null, threshold: number): string[] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  if (!m || threshold <= BEST_WITH_OTHER_BIRTH_DATE) return null;
  const swapped = Number(m[3]) >= 1 && Number(m[3]) <= 12 ? [`${m[1]}-${m[3]}-${m[2]}`] : [];
  return [...new Set([birthDate!, ...swapped])];
}

/** Name variants of a stored candidate: from its `nameTokens` when written with keys, else computed now. */
export function storedVariants(nameTokens: unknown, name: string, aliases: readonly string[] | null | undefined): NameToken[][] {
  if (Array.isArray(nameTokens) && nameTokens.length > 0) return nameTokens.map((v) => decodeVariant(String(v)));
  return nameVariants(name, aliases);
}

function decodeVariant(encoded: string): NameToken[] {
  return encoded
    .split(' ')
    .filter(Boolean)
    .map((part) => {
      const [skeleton = '', code = '', spelling] = part.split('/');
      if (code === '_') return { skeleton, code: '', particle: true };
      return spelling ? { skeleton, code, particle: false, spelling } : { skeleton, code, particle: false };
    });
}
