// Name normalisation: any script to ASCII, particles split off and made canonical, compound and
// variant given names joined, spelling habits folded, and a Double Metaphone code per word.
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';
import { romaniseArabic } from './arabic.js';
import { ABD_FORMS, GIVEN_NAME_CANON, GLUED_PARTICLES, PARTICLES } from './variants.js';

/** One word of a name as matching sees it. */
export interface NameToken {
  /** The folded spelling: transliteration habits removed (ou/u, ch/sh, q/k, doubled letters...). */
  skeleton: string;
  /** Double Metaphone primary code of the skeleton; empty for particles. */
  code: string;
  /** al-, ben, abu, van...: kept for scoring at a low weight, never used as a lookup key. */
  particle: boolean;
  /** The word as written (lower-case ASCII) when folding changed it: a slip of the keyboard is one edit there. */
  spelling?: string;
}

export const MAX_NAME_LENGTH = 300;
export const MAX_TOKENS = 12;

/** Lower-case ASCII words: Ö -> o, Aïssa -> aissa, Arabic or Cyrillic script romanised, apostrophes dropped. */
export function words(text: string): string[] {
  const ascii = anyAscii(romaniseArabic(text.slice(0, MAX_NAME_LENGTH))).toLowerCase();
  // Sa'id, Sa`id and Sa’id are the same name: the apostrophe marks a letter Latin script lacks.
  return ascii.replace(/['`]/g, '').split(/[^a-z]+/).filter(Boolean).slice(0, MAX_TOKENS);
}

// Elamrani -> al + amrani; Vanderheijden -> van der heijden. A word that is itself a particle stays as
// it is. The rest is measured folded, so Alouan and Aluan (one name, two spellings) split alike.
function splitGlued(word: string): string[] {
  if (PARTICLES.has(word)) return [word];
  for (const [prefix, canonical, minRest] of GLUED_PARTICLES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && fold(rest).length >= minRest) return [...canonical.split(' '), rest];
  }
  return [word];
}

/** Dutch particles glued to a surname that may also be read off a short rest. */
const DUTCH_GLUED = new Set(['vander', 'vanden', 'vande', 'van']);
/** Letters (folded) a rest needs for the second reading: Vanloon = van Loon, Vanessa = Van Esa as well. */
const OTHER_READING_MIN_REST = 3;

/**
 * The other readings of a word with a glued Dutch particle that splitGlued splits another way or not at
 * all: Vanloon (the rest is as short as Vanessa's) is also van + loon; Vandeadel is van + deadel and
 * also van de + adel. A name carrying such a word gets these readings as extra variants (nameReadings).
 */
function otherSplits(word: string): string[][] {
  if (PARTICLES.has(word)) return [];
  const primary = splitGlued(word).join(' ');
  const out: string[][] = [];
  for (const [prefix, canonical] of GLUED_PARTICLES) {
    const rest = word.slice(prefix.length);
    if (!DUTCH_GLUED.has(prefix) || !word.startsWith(prefix) || fold(rest).length < OTHER_READING_MIN_REST) continue;
    const split = [...canonical.split(' '), rest];
    if (split.join(' ') !== primary) out.push(split);
  }
  return out;
}

// Abd al-Karim, Abdel Karim, Abdulkarim -> abdkarim: "servant of" and what follows are one name.
function joinAbd(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    // Abdullah and Abdulah: doubled letters are dropped first, or the two would split at different places.
    let w = /^abd/.test(list[i]!) ? list[i]!.replace(/(.)\1+/g, '$1') : list[i]!;
    if ((ABD_FORMS as readonly string[]).includes(w)) {
      let j = i + 1;
      if (PARTICLES.get(list[j] ?? '') === 'al') j += 1;
      if (j < list.length && !PARTICLES.has(list[j]!)) {
        w = (w + list[j]).replace(/(.)\1+/g, '$1'); // Abd + Allah = Abdallah = Abdalah
        i = j;
      }
    }
    const form = ABD_FORMS.find((f) => w.startsWith(f) && w.length - f.length >= 2);
    out.push(form ? `abd${w.slice(form.length)}` : w);
  }
  return out;
}

// Ordered: each rule sees the output of the previous ones.
// dh (ذ, ظ) is said z; tj, dj and j are the pre-1972 Indonesian c, j and y (Tjahjono = Cahyono,
// Widjajanti = Wijayanti), so j and y are one letter here; oe is the Dutch-era u (Noeroel = Nurul).
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/dh/g, 'z'],
  [/tj/g, 'c'],
  [/sch|ch/g, 'sh'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dj|j/g, 'y'],
  [/ck|q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/ou|oo|oe/g, 'u'],
  [/ee/g, 'i'],
  [/ae/g, 'a'],
  [/(?<=.)y/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/(?<=.{3})e$/, ''],
  [/(?<=.{2}[aeiou])h$/, ''],
];

/** The spelling with French, English, Turkish and Indonesian romanisation habits folded together. */
export function fold(word: string): string {
  return FOLDS.reduce((w, [pattern, to]) => w.replace(pattern, to), word);
}

// Spellings the table does not list but that fold to a listed one (Mukhammed -> muhamed = Muhammed).
const FOLDED_CANON: ReadonlyMap<string, string> = new Map([...GIVEN_NAME_CANON].map(([form, canon]) => [fold(form), canon] as const));

/**
 * Skeletons of the table's canonical given names. Two different ones are two names the table keeps
 * apart on purpose (Hasan and Husayn), however alike their phonetic codes.
 */
export const KNOWN_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAME_CANON.values()].map(fold));

export function nameTokens(name: string): NameToken[] {
  return tokensOf(joinAbd(words(name).flatMap(splitGlued)));
}

/** Readings of a name beyond nameTokens' own: the first word with a glued Dutch particle read the other ways (at most two). */
export function otherReadings(name: string): NameToken[][] {
  const list = words(name);
  const at = list.findIndex((w) => otherSplits(w).length > 0);
  if (at < 0) return [];
  const before = list.slice(0, at).flatMap(splitGlued);
  const after = list.slice(at + 1).flatMap(splitGlued);
  return otherSplits(list[at]!).slice(0, 2).map((split) => tokensOf(joinAbd([...before, ...split, ...after])));
}

function tokensOf(list: string[]): NameToken[] {
  return list.map((w) => {
    const particle = PARTICLES.get(w);
    if (particle) return { skeleton: particle, code: '', particle: true };
    const skeleton = fold(GIVEN_NAME_CANON.get(w) ?? FOLDED_CANON.get(fold(w)) ?? w);
    const token: NameToken = { skeleton, code: doubleMetaphone(skeleton)[0], particle: false };
    return w === skeleton ? token : { ...token, spelling: w };
  });
}
