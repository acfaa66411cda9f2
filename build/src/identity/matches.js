import { checkId } from "../records/service.js";
import { NOW, viewParams } from "../records/view.js";
import { boundedInt } from "../time/window.js";
import { matchSubjects } from "../screening/match.js";
import { checkThreshold } from "../screening/rows.js";
import { storedVariants } from "./score.js";
import { SUBJECTS } from "./queries.js";
import { loadAll } from "../records/loaders.js";
const MAX_MATCHES = 50;
const SUBJECT_READ_BATCH = 1e3;
const strings = (v) => Array.isArray(v) ? v.map(String) : [];
function toSubject(row) {
  const props = row.props;
  const name = typeof props.name === "string" ? props.name : "";
  const flights = (row.flights ?? []).map((f) => ({ flight: String(f.flight), day: String(f.day) }));
  return {
    name,
    variants: storedVariants(props.nameTokens, name, strings(props.aliases)),
    birthDate: typeof props.birthDate === "string" ? props.birthDate : null,
    nationalities: strings(props.nationalities),
    gender: typeof props.gender === "string" ? props.gender : null,
    docKeys: strings(row.docKeys),
    docCountry: null,
    idValues: strings(row.idValues),
    flights,
    flightNumbers: [...new Set(flights.map((f) => f.flight))],
    flightOn: flights.map((f) => `${f.flight} on ${f.day}`),
    exclude: [String(row.id), ...strings(row.joined), ...strings(row.rejected)]
  };
}
async function personSubjects(ctx, ids, view = NOW) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < ids.length; i += SUBJECT_READ_BATCH) {
    const rows = await ctx.graph.read(SUBJECTS, { ids: ids.slice(i, i + SUBJECT_READ_BATCH), agency: ctx.viewer.agency, ...viewParams(view) });
    for (const r of rows) out.set(String(r.id), toSubject(r));
  }
  return out;
}
async function matchPeople(ctx, ids, threshold, maxMatches) {
  const subjects = await personSubjects(ctx, ids);
  const present = ids.filter((id) => subjects.has(id));
  const matched = await matchSubjects(ctx, present.map((id) => subjects.get(id)), { threshold, view: NOW, maxCandidates: maxMatches, notify: false });
  const byId = new Map(present.map((id, k) => [id, matched[k]]));
  return ids.map((id) => byId.get(id) ?? null);
}
async function identityMatches(ctx, args) {
  const id = checkId(args.personId, "personId");
  const threshold = checkThreshold(args.threshold);
  const first = boundedInt(args.first, 20, 1, MAX_MATCHES, "first");
  const [found] = await matchPeople(ctx, [id], threshold, first);
  if (!found) return [];
  const people = await loadAll(ctx.records.byId, found.candidates.map((c) => c.id));
  const out = [];
  found.candidates.forEach((c, k) => {
    const person = people[k];
    if (person) out.push({ person, score: c.score, reasons: c.reasons });
  });
  ctx.audit.add([id, ...out.map((m) => m.person.id)]);
  return out;
}
export {
  MAX_MATCHES,
  identityMatches,
  matchPeople,
  personSubjects
};
