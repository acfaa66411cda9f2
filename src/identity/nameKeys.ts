// Name keys computed at write time and stored on Person nodes, so matching is an index lookup:
// `nameKeys` (full-text indexed, keyword analyser) find candidates; `nameTokens` let the scorer
// (score.ts) compare names without normalising the candidate again.
import { nameTokens, otherReadings, type NameToken } from './normalise.js';

/**
 * The version of everything a stored key depends on (normalise.ts, variants.ts, the key shapes
 * below). Bump it with any change that alters keys: at the next start, migrations re-key every
 * stored person (identity/backfill.ts), so people written before the change are found again.
 */
export const NAME_KEYS_VERSION = 6;

/** Name + aliases considered per person; more aliases than this add noise, not recall. */
export const MAX_NAME_VARIANTS = 8;
/** Words per name that form lookup pairs (first ones: given names and surname come first or last). */
const MAX_KEY_WORDS = 5;
/** Stands for "no birth date": such records must still be found by rows that carry one. */
export const NO_YEAR = '0000';

export interface PersonNameProps {
  name: string;
  aliases?: string[] | null;
  birthDate?: string | null;
}

/** The properties the writer stores on a Person: `nameKeys` (indexed) and `nameTokens`. */
export interface PersonKeys {
  nameKeys: string[];
  nameTokens: string[];
}

/**
 * `muhamad/MHMT/mohammed al/_ amrani/AMRN`: one name variant as stored in `nameTokens` and sent as a
 * parameter: skeleton, code (`_` for a particle), and the spelling when folding changed it.
 */
export function encodeVariant(tokens: NameToken[]): string {
  return tokens.map((t) => `${t.skeleton}/${t.particle ? '_' : t.code}${t.spelling && !t.particle ? `/${t.spelling}` : ''}`).join(' ');
}

export function birthYear(birthDate: string | null | undefined): string | null {
  const m = /^(\d{4})-\d{2}-\d{2}/.exec(birthDate ?? '');
  return m ? m[1]! : null;
}

/**
 * Name variants (name first, then aliases), tokenised, empty ones dropped; a name or alias with a glued
 * Dutch particle read more than one way (Vanloon: van Loon, or one word like Vanessa) gives each reading.
 */
export function nameVariants(name: string, aliases: readonly string[] | null | undefined = []): NameToken[][] {
  return [name, ...(aliases ?? [])]
    .slice(0, MAX_NAME_VARIANTS)
    .flatMap((n) => [nameTokens(n), ...otherReadings(n)])
    .filter((t) => t.length > 0);
}

const MIN_SHORTENED = 3;

/** A code with one letter dropped, each way: two codes one edit apart share one of these (or the code). */
function deletions(code: string): string[] {
  if (code.length < 2) return [];
  return [...new Set(Array.from(code, (_, i) => code.slice(0, i) + code.slice(i + 1)))];
}

/** The distinct codes of a name's words (particles never), the first few: word order never matters. */
function wordCodes(tokens: NameToken[]): string[] {
  return [...new Set(tokens.filter((t) => !t.particle && t.code).map((t) => t.code))].slice(0, MAX_KEY_WORDS);
}

const pairOf = (a: string, b: string) => (a < b ? `${a}_${b}` : `${b}_${a}`);

// Sorted codes of every pair of words (one code alone for a one-word name). Each pair also stands with
// one of its codes missing a letter, so a typo, an unfolded letter (Dafir / Zafir) or a dropped
// consonant (Mooe / Moore) in one word still shares a key.
function editSets(tokens: NameToken[]): string[] {
  const codes = wordCodes(tokens);
  if (codes.length === 1) return [codes[0]!];
  const sets = new Set<string>();
  // Fewer than three letters left would key a large share of all people together.
  const addShortened = (a: string, b: string) => a.length + b.length >= MIN_SHORTENED && sets.add(pairOf(a, b));
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const [a, b] = [codes[i]!, codes[j]!];
      sets.add(pairOf(a, b));
      for (const d of deletions(a)) addShortened(d, b);
      for (const d of deletions(b)) addShortened(a, d);
    }
  }
  return [...sets];
}

const nameKey = (set: string) => `n_${set}`;
const yearKey = (year: string, set: string) => `y${year}_${set}`;
const dateKey = (date: string, code: string) => `d${date.replace(/-/g, '')}_${code}`;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Pure: the keys the writer stores for a person; deterministic, sorted, without duplicates.
 * - `n_<pair>` and `y<year>_<pair>` (`y0000_` when the birth date is unknown): code pairs, each also with
 *   one code a letter short; for rows without a birth date, for thresholds another birth date of the same
 *   year can reach, and for rows with a birth date looking for people without.
 * - `d<date>_<code>`, one per word: the birth date and any one word's code. On a million people a day
 *   holds ~80 people, so a date and one word is about as selective as a pair, needs no edited copies (a
 *   typo in one word leaves the other word's code) and a row looks up a handful of keys, not dozens.
 */
export function personKeys(props: PersonNameProps): PersonKeys {
  const variants = nameVariants(props.name, props.aliases);
  const year = birthYear(props.birthDate) ?? NO_YEAR;
  // The day only: an import may carry a time or zone after it (as --initial's rows do), ingest never does.
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(props.birthDate ?? '')?.[1] ?? null;
  const keys = new Set<string>();
  for (const v of variants) {
    for (const set of editSets(v)) keys.add(nameKey(set)).add(yearKey(year, set));
    if (date) for (const code of wordCodes(v)) keys.add(dateKey(date, code));
  }
  return { nameKeys: [...keys].sort(), nameTokens: variants.map(encodeVariant) };
}

/**
 * Keys to look a name up by. With `dates` (the only birth dates a candidate may have to reach the
 * threshold: the date and its day/month swap, identity/score.ts birthDatesWorthReading): people born on
 * those days sharing a word, or with no birth date on record; with a birth year only: people born that
 * year or with no birth date; without: every person of that name.
 */
export function lookupKeys(variants: NameToken[][], birthDate: string | null | undefined, dates?: readonly string[] | null): string[] {
  const year = birthYear(birthDate);
  const sets = [...new Set(variants.flatMap(editSets))];
  if (!year) return sets.map(nameKey).sort();
  const undated = sets.map((s) => yearKey(NO_YEAR, s));
  const exact = dates?.filter((d) => FULL_DATE.test(d)) ?? [];
  if (exact.length === 0) return [...sets.map((s) => yearKey(year, s)), ...undated].sort();
  const codes = [...new Set(variants.flatMap(wordCodes))];
  return [...new Set([...exact.flatMap((d) => codes.map((c) => dateKey(d, c))), ...undated])].sort();
}

/** A Lucene query over the keyword-analysed key index: the keys are [A-Za-z0-9_] only, quoted anyway. */
export function keyQuery(keys: readonly string[]): string {
  return keys.map((k) => `"${k}"`).join(' OR ');
}

/** A Person row about to be written, with its keys added to the stored properties. */
export function withNameKeys<T extends { props: Record<string, unknown> }>(row: T): T {
  const { name, aliases, birthDate } = row.props;
  const keys = personKeys({
    name: typeof name === 'string' ? name : '',
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
    birthDate: typeof birthDate === 'string' ? birthDate : birthDate ? String(birthDate) : null,
  });
  return { ...row, props: { ...row.props, ...keys } };
}
