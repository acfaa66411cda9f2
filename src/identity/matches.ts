// `identityMatches`: other visible records of the same human — shared document numbers or identifiers,
// the same name variant and birth date, the same flight under a similar name — scored and explained.
// Pairs the viewer's agency rejected and records already joined by a visible SAME_AS are not proposed.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { checkId } from '../records/service.js';
import { NOW, viewParams, type View } from '../records/view.js';
import { boundedInt } from '../time/window.js';
import { matchSubjects, type Subject, type SubjectMatches } from '../screening/match.js';
import { checkThreshold } from '../screening/rows.js';
import { storedVariants } from './score.js';
import type { IdentityMatchModel } from './models.js';
import { SUBJECTS } from './queries.js';
import { loadAll } from '../records/loaders.js';

export const MAX_MATCHES = 50;
/** People per subject statement (the bench matches whole worlds this way). */
const SUBJECT_READ_BATCH = 1000;

const strings = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

function toSubject(row: Record<string, Plain>): Subject {
  const props = row.props as Record<string, Plain>;
  const name = typeof props.name === 'string' ? props.name : '';
  const flights = ((row.flights ?? []) as Array<{ flight: string; day: string }>).map((f) => ({ flight: String(f.flight), day: String(f.day) }));
  return {
    name,
    variants: storedVariants(props.nameTokens, name, strings(props.aliases)),
    birthDate: typeof props.birthDate === 'string' ? props.birthDate : null,
    nationalities: strings(props.nationalities),
    gender: typeof props.gender === 'string' ? props.gender : null,
    docKeys: strings(row.docKeys),
    docCountry: null,
    idValues: strings(row.idValues),
    flights,
    flightNumbers: [...new Set(flights.map((f) => f.flight))],
    flightOn: flights.map((f) => `${f.flight} on ${f.day}`),
    exclude: [String(row.id), ...strings(row.joined), ...strings(row.rejected)],
  };
}

/** Subjects for visible people (missing or hidden ids are left out: the map has no entry for them). */
export async function personSubjects(ctx: Context, ids: readonly string[], view: View = NOW): Promise<Map<string, Subject>> {
  const out = new Map<string, Subject>();
  for (let i = 0; i < ids.length; i += SUBJECT_READ_BATCH) {
    const rows = await ctx.graph.read(SUBJECTS, { ids: ids.slice(i, i + SUBJECT_READ_BATCH), agency: ctx.viewer.agency, ...viewParams(view) });
    for (const r of rows) out.set(String(r.id), toSubject(r));
  }
  return out;
}

/** Candidates for many people at once (the bench), in the order of `ids`; null for a missing or hidden id. */
export async function matchPeople(ctx: Context, ids: readonly string[], threshold: number, maxMatches: number): Promise<Array<SubjectMatches | null>> {
  const subjects = await personSubjects(ctx, ids);
  const present = ids.filter((id) => subjects.has(id));
  const matched = await matchSubjects(ctx, present.map((id) => subjects.get(id)!), { threshold, view: NOW, maxCandidates: maxMatches, notify: false });
  const byId = new Map(present.map((id, k) => [id, matched[k]!]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface IdentityMatchArgs {
  personId: string;
  threshold?: number | null;
  first?: number | null;
}

export async function identityMatches(ctx: Context, args: IdentityMatchArgs): Promise<IdentityMatchModel[]> {
  const id = checkId(args.personId, 'personId');
  const threshold = checkThreshold(args.threshold);
  const first = boundedInt(args.first, 20, 1, MAX_MATCHES, 'first');
  const [found] = await matchPeople(ctx, [id], threshold, first);
  if (!found) return []; // a hidden person answers exactly like a missing one
  const people = await loadAll(ctx.records.byId, found.candidates.map((c) => c.id));
  const out: IdentityMatchModel[] = [];
  found.candidates.forEach((c, k) => {
    const person = people[k];
    if (person) out.push({ person, score: c.score, reasons: c.reasons });
  });
  ctx.audit.add([id, ...out.map((m) => m.person.id)]);
  return out;
}
