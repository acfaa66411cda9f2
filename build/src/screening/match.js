import { int } from "../graph/params.js";
import { NAME_KEY_INDEX } from "../graph/migrations.js";
import { keyQuery, lookupKeys } from "../identity/nameKeys.js";
import { scoreMatch, storedVariants } from "../identity/score.js";
import { viewParams } from "../records/view.js";
import { distinctNotices, expandHit, hitSources, noticeOf } from "./hitNotice.js";
import { MATCH_BATCH } from "./queries.js";
const SUBJECT_BATCH = 1e3;
const LOOKUP_CAP = 200;
const NO_KEYS = '"-"';
function subjectParams(s, i) {
  const keys = lookupKeys(s.variants, s.birthDate);
  return {
    i,
    q: keys.length > 0 ? keyQuery(keys) : NO_KEYS,
    docKeys: s.docKeys,
    docCountry: s.docCountry,
    idValues: s.idValues,
    flights: s.flights,
    flightNumbers: s.flightNumbers,
    exclude: s.exclude
  };
}
const strings = (v) => Array.isArray(v) ? v.map(String) : [];
const text = (v) => typeof v === "string" ? v : null;
function candidateFacts(s, c) {
  const name = text(c.name) ?? "";
  const flights = strings(c.flights).filter((f) => s.flightOn.length === 0 || s.flightOn.includes(f));
  return {
    name,
    variants: storedVariants(c.nameTokens, name, strings(c.aliases)),
    birthDate: text(c.birthDate),
    nationalities: strings(c.nationalities),
    gender: text(c.gender),
    sharedDocuments: [...new Set(strings(c.docs))],
    sharedIdentifiers: [...new Set(strings(c.ids))],
    sharedFlights: [...new Set(flights)]
  };
}
function rank(s, rows, capped, o) {
  const scored = rows.map((c) => ({ id: String(c.id), ...scoreMatch(s, candidateFacts(s, c)) })).filter((c) => c.score >= o.threshold).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { candidates: scored.slice(0, o.maxCandidates), truncated: capped || scored.length > o.maxCandidates, hits: [] };
}
function notices(key, s, people, documents, threshold) {
  const found = documents.map((d) => noticeOf(key, d));
  for (const p of people) {
    const { score } = scoreMatch(s, { ...candidateFacts(s, p), sharedDocuments: [], sharedIdentifiers: [], sharedFlights: [] });
    if (score >= threshold) found.push(noticeOf(key, p));
  }
  return distinctNotices(found);
}
const IN_FLIGHT = 2;
async function matchSubjects(ctx, subjects, o) {
  const sources = o.notify ? await hitSources(ctx) : [];
  const statement = expandHit(MATCH_BATCH);
  const batches = [];
  for (let start = 0; start < subjects.length; start += SUBJECT_BATCH) batches.push(subjects.slice(start, start + SUBJECT_BATCH));
  const done = new Array(batches.length);
  const runBatch = async (b) => {
    const batch = batches[b];
    const params = { subjects: batch.map(subjectParams), keyIndex: NAME_KEY_INDEX, cap: int(LOOKUP_CAP), hitSources: sources, ...viewParams(o.view) };
    const rows = new Map((await ctx.graph.read(statement, params)).map((r) => [Number(r.i), r]));
    done[b] = batch.map((s, i) => {
      const r = rows.get(i);
      const list = (k) => r?.[k] ?? [];
      const matched = rank(s, list("candidates"), r?.capped === true, o);
      if (sources.length > 0) matched.hits = notices(ctx.settings.hitKey, s, list("hiddenPeople"), list("hiddenDocuments"), o.threshold);
      return matched;
    });
  };
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await runBatch(next++);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, worker));
  return done.flat();
}
export {
  LOOKUP_CAP,
  SUBJECT_BATCH,
  matchSubjects
};
