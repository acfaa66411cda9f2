// `screen`: a manifest checked against the people, documents and watchlists the viewer may see,
// with reasons, network context, and hit notices for hidden records where agreements allow.
import type { Context } from '../context.js';
import { screenedItem, screeningChanges } from '../watches/outbox.js';
import { boundedInt } from '../time/window.js';
import type { EntityModel } from '../records/models.js';
import { viewOf } from '../records/view.js';
import { matchSubjects } from './match.js';
import { checkHops, networkContexts, type CandidateContext } from './networkContext.js';
import { checkRows, checkThreshold, rowSubject, type TravellerRow } from './rows.js';
import type { ScreeningReportModel, ScreeningRowModel } from './models.js';
import { loadAll } from '../records/loaders.js';

export const DEFAULT_CANDIDATES = 5;
export const MAX_CANDIDATES = 20;

export interface ScreenArgs {
  travellers: readonly TravellerRow[];
  threshold?: number | null;
  maxCandidates?: number | null;
  maxHops?: number | null;
  asOf?: Date | null;
}

/** What the client selected beyond scores: watchlists and network context cost a path search per candidate. */
export interface ScreenWants {
  context: boolean;
}

/** Context of a candidate whose client did not ask for it (never sent: the fields are not selected). */
const UNREAD_CONTEXT = (hops: number): CandidateContext => ({
  watchlists: [],
  network: { maxHops: hops, recruiterDistance: null, nearestRecruiter: null, watchlistDistance: null, nearestWatchlisted: null },
});

export async function screen(ctx: Context, args: ScreenArgs, wants: ScreenWants = { context: true }): Promise<ScreeningReportModel> {
  const threshold = checkThreshold(args.threshold);
  const maxCandidates = boundedInt(args.maxCandidates, DEFAULT_CANDIDATES, 1, MAX_CANDIDATES, 'maxCandidates');
  const hops = checkHops(args.maxHops);
  checkRows(args.travellers);
  const view = viewOf(args.asOf);
  const matches = await matchSubjects(ctx, args.travellers.map(rowSubject), { threshold, view, maxCandidates, notify: true });
  const ids = [...new Set(matches.flatMap((m) => m.candidates.map((c) => c.id)))];
  const [people, contexts] = await Promise.all([
    loadAll(ctx.records.byIdAt(view), ids),
    wants.context ? networkContexts(ctx, ids, hops, view) : new Map(ids.map((id) => [id, UNREAD_CONTEXT(hops)])),
  ]);
  const person = new Map(people.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const rows: ScreeningRowModel[] = matches.map((m, index) => ({
    index,
    ref: args.travellers[index]!.ref ?? null,
    truncated: m.truncated,
    hits: m.hits,
    candidates: m.candidates.flatMap((c) => {
      const p = person.get(c.id);
      const context = contexts.get(c.id);
      return p && context ? [{ person: p as EntityModel, score: c.score, reasons: c.reasons, ...context }] : [];
    }),
  }));
  ctx.audit.add(rows.flatMap((r) => r.candidates.flatMap((c) => [c.person.id, ...c.watchlists.map((w) => w.id)])));
  // Watches on these people and their watchlists learn that they were screened (not by whom), in one
  // change with the other screenings committing at the same time.
  const screened = [...new Set(rows.flatMap((r) => r.candidates.map((c) => c.person.id)))];
  if (screened.length) await screeningChanges(ctx.executor).write(screened.map(screenedItem), ctx.executor.scope());
  return {
    threshold,
    rowCount: rows.length,
    matchedRows: rows.filter((r) => r.candidates.length > 0).length,
    hitRows: rows.filter((r) => r.hits.length > 0).length,
    rows,
  };
}
