// Name keys computed at write time and stored on Person nodes, so matching is an index lookup:
// `nameKeys` (full-text indexed, keyword analyser) find candidates; `nameTokens` let the scorer
// (score.ts) compare names without normalising the candidate again.
import { nameTokens, otherReadings, type NameToken } from './normalise.js';

/**
 * The version of everything a stored key depends on (normalise.ts, variants.ts, the key shapes
 * below). Bump it with any change that alters keys: at the next start, migrations re-key every
 * stored person (identity/backfill.ts), so people written before the change are found again.
 */
export const NAME_KEYS_VERSION = 7;

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

/**
 * The properties the writer stores on a Person: `nameKeys` (indexed), `nameTokens`, and for a person
 * without a birth date `undatedKeys`: its `u_` keys again, in an index of their own (UNDATED_KEY_INDEX)
 * that holds only the undated, so the rows with a birth date that look them up (a few terms each) pay
 * for a lookup among those few people, not among every person's terms.
 */
export interface PersonKeys {
  nameKeys: string[];
  nameTokens: string[];
  undatedKeys?: string[];
}

/** Keys looked up in the undated people's own index (PersonKeys.undatedKeys). */
export const isUndatedKey = (key: string): boolean => key.startsWith('u_');

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
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * First letters by class: spellings of one name that begin differently (Omar / Umar, Walid / Oualid,
 * ظ written Dafir or Zafir, Yusuf / Iusuf) share one.
 */
const INITIAL_CLASS: Readonly<Record<string, string>> = { a: 'A', e: 'A', i: 'A', o: 'A', u: 'A', y: 'A', w: 'A', d: 'Z', z: 'Z' };
const classOf = (word: string) => INITIAL_CLASS[word[0] ?? ''] ?? (word[0] ?? '').toUpperCase();

/**
 * A word's initial classes, folded (Tjahjono and Cahyono, Khalid and Halid begin alike) and as written
 * (Cahrles and Charles, Djkstra and Dijkstra: a slip that folding moved onto the first letter). A slip of
 * the keyboard keeps the first letter as written; the scorer counts a slip only after it (score.ts).
 */
const initialsOf = (t: NameToken) => [...new Set([classOf(t.skeleton), classOf(t.spelling ?? t.skeleton)])];

/**
 * `<code of one word>_<initial of another>` for every ordered pair of a name's words (the first few,
 * particles never), or the code alone for a one-word name. Two spellings of one name share one of these
 * when one word is spelled alike (by its code) and the other begins alike, whichever word has the typo.
 */
function wordAndInitials(tokens: NameToken[]): string[] {
  const words = tokens.filter((t) => !t.particle && t.code);
  const byCode = [...new Map(words.map((t) => [t.code, t] as const)).values()].slice(0, MAX_KEY_WORDS);
  if (byCode.length === 1) return [byCode[0]!.code];
  const out = new Set<string>();
  for (const a of byCode) for (const b of byCode) if (a !== b) for (const i of initialsOf(b)) out.add(`${a.code}_${i}`);
  return [...out];
}

const dateKey = (date: string, set: string) => `d${date.replace(/-/g, '')}_${set}`;
const undatedKey = (set: string) => `u_${set}`;

/** The date read with day and month swapped, when the day can be a month (1984-05-03 / 1984-03-05). */
export function swappedDate(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || m[2] === m[3] || Number(m[3]) < 1 || Number(m[3]) > 12) return null;
  return `${m[1]}-${m[3]}-${m[2]}`;
}

/**
 * Pure: the keys the writer stores for a person; deterministic, sorted, without duplicates.
 * - `n_<pair>` and `y<year>_<pair>` (`y0000_` when the birth date is unknown): code pairs, each also with
 *   one code a letter short; for rows without a birth date, for thresholds another birth date of the same
 *   year can reach, and for rows with a birth date looking for people without.
 * - `d<date>_<code>_<initial>`: the birth date, one word's code and another word's initial class
 *   (wordAndInitials; `d<date>_<code>` for a one-word name), for the date and for its day/month swap
 *   (so a row looks up its own date only); `u_<code>_<initial>` the same for a person
 *   whose birth date is unknown. On a million people a day holds ~80 people, so a date, a word and an
 *   initial find a few (a date and a word alone found ~2.6 per row, ~1 in 60 of them close enough to
 *   score), need no edited copies (a typo in one word leaves the other word's code and its own first
 *   letter), and a row looks up a handful of keys, not dozens.
 */
export function personKeys(props: PersonNameProps): PersonKeys {
  const variants = nameVariants(props.name, props.aliases);
  const year = birthYear(props.birthDate) ?? NO_YEAR;
  // The day only: an import may carry a time or zone after it (as --initial's rows do), ingest never does.
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(props.birthDate ?? '')?.[1] ?? null;
  const days = date ? [date, swappedDate(date)].filter((d): d is string => d !== null) : [];
  const keys = new Set<string>();
  for (const v of variants) {
    for (const set of editSets(v)) keys.add(nameKey(set)).add(yearKey(year, set));
    for (const set of wordAndInitials(v)) {
      if (days.length === 0) keys.add(undatedKey(set));
      for (const d of days) keys.add(dateKey(d, set));
    }
  }
  const nameKeys = [...keys].sort();
  const undated = nameKeys.filter(isUndatedKey);
  return { nameKeys, nameTokens: variants.map(encodeVariant), ...(undated.length > 0 ? { undatedKeys: undated } : {}) };
}

/**
 * Keys to look a name up by. With `dates` (the only birth dates a candidate may have to reach the
 * threshold: the date and its day/month swap, identity/score.ts birthDatesWorthReading): people born on
 * those days, or with no birth date on record, sharing a word and another word's initial (a date's swap
 * is not looked up: people born on it carry keys for this date too); with a birth year only: people
 * born that year or with no birth date; without: every person of that name.
 */
export function lookupKeys(variants: NameToken[][], birthDate: string | null | undefined, dates?: readonly string[] | null): string[] {
  const year = birthYear(birthDate);
  const exact = year ? (dates?.filter((d) => FULL_DATE.test(d)) ?? []) : [];
  if (exact.length > 0) {
    const own = exact.filter((d, i) => !exact.slice(0, i).some((e) => swappedDate(e) === d));
    const words = [...new Set(variants.flatMap(wordAndInitials))];
    return [...new Set([...own.flatMap((d) => words.map((w) => dateKey(d, w))), ...words.map(undatedKey)])].sort();
  }
  const sets = [...new Set(variants.flatMap(editSets))];
  if (!year) return sets.map(nameKey).sort();
  return [...sets.map((s) => yearKey(year, s)), ...sets.map((s) => yearKey(NO_YEAR, s))].sort();
}

/** A Lucene query over the keyword-analysed key index: the keys are [A-Za-z0-9_] only, quoted anyway. */
export function keyQuery(keys: readonly string[]): string {
  return keys.map((k) => `"${k}"`).join(' OR ');
}

/** A Person row about to be written, with its keys added to the stored properties. */
export function withNameKeys<T extends { props: Record<string, unknown> }>(row: T): T {
  return { ...row, props: { ...row.props, ...nameKeysOf(row.props) } };
}

/** The name keys of a person's properties (a birth date as an ISO string or a Neo4j date). */
export function nameKeysOf(props: Record<string, unknown>): PersonKeys {
  const { name, aliases, birthDate } = props;
  return personKeys({
    name: typeof name === 'string' ? name : '',
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
    birthDate: typeof birthDate === 'string' ? birthDate : birthDate ? String(birthDate) : null,
  });
}
