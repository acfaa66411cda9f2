// The matching engine shared by `screen` and `identityMatches`: subjects in, scored visible candidates
// and hit notices out, a few statements per thousand subjects, candidates from index lookups only.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { NAME_KEY_INDEX, UNDATED_KEY_INDEX } from '../graph/migrations.js';
import { isUndatedKey, keyQuery, lookupKeys } from '../identity/nameKeys.js';
import type { NameToken } from '../identity/normalise.js';
import { birthDatesWorthReading, scoreMatch, storedVariants, type MatchCandidate, type MatchReason } from '../identity/score.js';
import { viewParams, type View } from '../records/view.js';
import { distinctNotices, expandHit, hitSources, noticeOf, type HitNoticeModel } from './hitNotice.js';
import { batchParam, DOCUMENTS_FOUND, MATCH_BATCH, NAME_LOOKUP } from './queries.js';
import { Gate } from '../graph/gate.js';
import { byCodeUnit } from '../model/order.js';

/** Subjects per statement: 10,000 manifest rows are ten round trips. */
export const SUBJECT_BATCH = 1000;
/** Candidates read per subject and lookup kind; more than this marks the subject `truncated`. */
export const LOOKUP_CAP = 200;
/** Terms per full-text query of a batch's name lookup (Lucene allows 1,024 clauses). */
export const KEYS_PER_QUERY = 1000;

export interface Subject {
  name: string;
  variants: NameToken[][];
  birthDate: string | null;
  nationalities: string[];
  gender: string | null;
  docKeys: string[];
  docCountry: string | null;
  idValues: string[];
  /** Candidate sources: legs on this flight number that day. */
  flights: Array<{ flight: string; day: string }>;
  /** Flight numbers compared for reasons. */
  flightNumbers: string[];
  /** "FLIGHT on YYYY-MM-DD" legs that count as the same flight; empty: any day of those flight numbers. */
  flightOn: string[];
  /** Record ids that are never candidates (the subject itself, records already joined to it). */
  exclude: string[];
}

export interface ScoredCandidate {
  id: string;
  score: number;
  reasons: MatchReason[];
}

export interface SubjectMatches {
  candidates: ScoredCandidate[];
  /** More candidates were looked up than read, or more passed the threshold than returned. */
  truncated: boolean;
  hits: HitNoticeModel[];
}

export interface MatchOptions {
  threshold: number;
  view: View;
  maxCandidates: number;
  /** Announce hidden records where the agreement allows it (screening does; identity matches do not). */
  notify: boolean;
}

export interface NameHits {
  /** Visible people found by name, most keys shared first, with what scoring needs (NAME_LOOKUP). */
  named: Array<Record<string, Plain>>;
  capped: boolean;
  hiddenPeople: Array<Record<string, Plain>>;
}

/** One full-text query of the name lookup: `u_` keys go to the undated people's own index. */
export interface KeyQuery {
  index: string;
  text: string;
}

/** The name lookup's lists for a batch (batchParam): its distinct keys in queries, and who looks each up. */
export function lookupParams(batch: readonly Subject[], threshold: number): Record<string, unknown> & { queries: KeyQuery[] } {
  const rowsOf = new Map<string, number[]>();
  batch.forEach((s, i) => {
    for (const k of lookupKeys(s.variants, s.birthDate, birthDatesWorthReading(s.birthDate, threshold))) {
      const rows = rowsOf.get(k);
      if (rows) rows.push(i);
      else rowsOf.set(k, [i]);
    }
  });
  const queries: KeyQuery[] = [];
  for (const [index, keys] of [[NAME_KEY_INDEX, [...rowsOf.keys()].filter((k) => !isUndatedKey(k))], [UNDATED_KEY_INDEX, [...rowsOf.keys()].filter(isUndatedKey)]] as const) {
    for (let k = 0; k < keys.length; k += KEYS_PER_QUERY) queries.push({ index, text: keyQuery(keys.slice(k, k + KEYS_PER_QUERY)) });
  }
  return { queries, rowsOf: Object.fromEntries([...rowsOf].map(([k, rows]) => [k, rows.map(int)])), exclude: batch.map((s) => s.exclude) };
}

/** `named`: ids of the visible people found by name that may reach the threshold (mayReach). */
export function subjectParams(s: Subject, i: number, named: readonly string[]): Record<string, unknown> {
  return {
    i,
    named,
    docKeys: s.docKeys,
    docCountry: s.docCountry,
    idValues: s.idValues,
    flights: s.flights,
    flightNumbers: s.flightNumbers,
    exclude: s.exclude,
  };
}

const strings = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
const text = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);

function candidateFacts(s: Subject, c: Record<string, Plain>): MatchCandidate {
  const name = text(c.name) ?? '';
  const flights = strings(c.flights).filter((f) => s.flightOn.length === 0 || s.flightOn.includes(f));
  return {
    name,
    variants: storedVariants(c.nameTokens, name, strings(c.aliases)),
    birthDate: text(c.birthDate),
    nationalities: strings(c.nationalities),
    gender: text(c.gender),
    sharedDocuments: [...new Set(strings(c.docs))],
    sharedIdentifiers: [...new Set(strings(c.ids))],
    sharedFlights: [...new Set(flights)],
  };
}

/** Documents, identifiers and flights are read by MATCH_BATCH; a subject with none is scored from the name lookup alone. */
export const needsFacts = (s: Subject): boolean => s.docKeys.length > 0 || s.idValues.length > 0 || s.flights.length > 0 || s.flightNumbers.length > 0;

/**
 * Whether MATCH_BATCH can add anything for a subject that needs facts: people found by name that may
 * reach the threshold (their shared documents, identifiers, flights), a document number that is on a
 * document the viewer may see or be told of (`docsFound`, DOCUMENTS_FOUND), identifiers or flights to
 * look up. A flight number alone only adds to people found otherwise.
 */
export const worthMatching = (s: Subject, kept: readonly unknown[], docsFound: ReadonlySet<string>): boolean =>
  kept.length > 0 || s.idValues.length > 0 || s.flights.length > 0 || s.docKeys.some((k) => docsFound.has(k));

/**
 * Whether a person found by name can reach `threshold` with this subject by name, birth date and, when
 * the subject has flight numbers, a shared flight (which can only raise a score). Someone sharing a
 * document or an identifier needs no name: MATCH_BATCH finds them by that lookup (byDocument,
 * byIdentifier) with the same facts. On a million people most people found by a date and one word are
 * namesakes well under the threshold, and each one kept costs a read in MATCH_BATCH.
 */
export function mayReach(s: Subject, c: Record<string, Plain>, threshold: number): boolean {
  return scoreMatch(s, { ...candidateFacts(s, c), sharedFlights: s.flightNumbers.slice(0, 1) }).score >= threshold;
}

/** The name lookup's answer per subject position. */
export function nameHits(found: ReadonlyArray<Record<string, Plain>>): Map<number, NameHits> {
  const list = (v: Plain | undefined) => (Array.isArray(v) ? (v as Array<Record<string, Plain>>) : []);
  return new Map(found.map((r) => [Number(r.i), { named: list(r.named), capped: r.capped === true, hiddenPeople: list(r.hiddenPeople) }]));
}

function rank(s: Subject, rows: Array<Record<string, Plain>>, capped: boolean, o: MatchOptions): SubjectMatches {
  const scored = rows
    .map((c) => ({ id: String(c.id), ...scoreMatch(s, candidateFacts(s, c)) }))
    .filter((c) => c.score >= o.threshold)
    .sort((a, b) => b.score - a.score || byCodeUnit(a.id, b.id));
  return { candidates: scored.slice(0, o.maxCandidates), truncated: capped || scored.length > o.maxCandidates, hits: [] };
}

function notices(key: Uint8Array | undefined, s: Subject, people: Array<Record<string, Plain>>, documents: Array<Record<string, Plain>>, threshold: number): HitNoticeModel[] {
  const found = documents.map((d) => noticeOf(key, d));
  for (const p of people) {
    const { score } = scoreMatch(s, { ...candidateFacts(s, p), sharedDocuments: [], sharedIdentifiers: [], sharedFlights: [] });
    if (score >= threshold) found.push(noticeOf(key, p));
  }
  return distinctNotices(found);
}

/**
 * Batches in each stage at once, every statement in its own transaction (readAlone): the name lookups
 * (with documents found) of later batches run while earlier batches are matched, and the database works
 * on one batch while another's rows are scored here. In the request's shared transaction they would run
 * one after the other under one timeout, and a long manifest would time out (measured: 1,500 rows,
 * QUERY_TIMEOUT). The lookups do not wait for the match statements: on a Neo4j just started, the first
 * match statement waits seconds for its plan, and the lookups of the batches after it go on meanwhile.
 */
const IN_FLIGHT = 2;

/**
 * Manifests of at most this many rows run their statements in the request's shared transaction (still
 * taking turns with every request's batch statements): a transaction of their own cost a screen of three
 * rows as much again as its statements. Longer ones keep a transaction per statement (IN_FLIGHT).
 */
export const SHARED_TX_ROWS = 100;

/** Results in the order of `subjects`. */
export async function matchSubjects(ctx: Context, subjects: readonly Subject[], o: MatchOptions): Promise<SubjectMatches[]> {
  const sources = o.notify ? await hitSources(ctx) : [];
  const statement = expandHit(MATCH_BATCH);
  const lookup = expandHit(NAME_LOOKUP);
  const documents = expandHit(DOCUMENTS_FOUND);
  const read = subjects.length <= SHARED_TX_ROWS ? ctx.graph.readInTurn.bind(ctx.graph) : ctx.graph.readAlone.bind(ctx.graph);
  const batches: Subject[][] = [];
  for (let start = 0; start < subjects.length; start += SUBJECT_BATCH) batches.push(subjects.slice(start, start + SUBJECT_BATCH));
  const common = { cap: int(LOOKUP_CAP), hitSources: sources, ...viewParams(o.view) };
  // Stage 1: the batch's name lookup and documents found; the people found that may reach the threshold.
  const lookUp = async (batch: Subject[]) => {
    const names = lookupParams(batch, o.threshold);
    const docKeys = [...new Set(batch.flatMap((s) => s.docKeys))];
    const [found, docs] = await Promise.all([
      names.queries.length === 0 ? [] : read(lookup, { ...common, ...batchParam(names) }),
      docKeys.length === 0 ? [] : read(documents, { ...common, ...batchParam({ docKeys }) }),
    ]);
    const hits = nameHits(found);
    const docsFound = new Set(docs.map((r) => String(r.k)));
    const kept = batch.map((s, i) => (hits.get(i)?.named ?? []).filter((c) => mayReach(s, c, o.threshold)));
    return { hits, kept, docsFound };
  };
  // Stage 2: the match statement for the rows it can add to, then every row ranked.
  const finish = async (batch: Subject[], { hits, kept, docsFound }: Awaited<ReturnType<typeof lookUp>>): Promise<SubjectMatches[]> => {
    const subjects = batch.flatMap((s, i) => (needsFacts(s) && worthMatching(s, kept[i]!, docsFound) ? [subjectParams(s, i, kept[i]!.map((c) => String(c.id)))] : []));
    const rows = new Map(subjects.length === 0 ? [] : (await read(statement, { ...common, ...batchParam({ subjects }) })).map((r) => [Number(r.i), r]));
    return batch.map((s, i) => {
      const r = rows.get(i);
      const list = (k: string) => ((r?.[k] ?? []) as Array<Record<string, Plain>>);
      const named = hits.get(i);
      const matched = rank(s, needsFacts(s) ? list('candidates') : kept[i]!, named?.capped === true, o);
      if (sources.length > 0) matched.hits = notices(ctx.settings.hitKey, s, named?.hiddenPeople ?? [], list('hiddenDocuments'), o.threshold);
      return matched;
    });
  };
  const lookups = new Gate(IN_FLIGHT);
  const matches = new Gate(IN_FLIGHT);
  const done = await Promise.all(batches.map(async (batch) => {
    const looked = await lookups.run(() => lookUp(batch));
    return matches.run(() => finish(batch, looked));
  }));
  return done.flat();
}
