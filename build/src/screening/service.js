import { APPEND_CHANGE, screenedItem } from "../watches/outbox.js";
import { boundedInt } from "../time/window.js";
import { viewOf } from "../records/view.js";
import { matchSubjects } from "./match.js";
import { checkHops, networkContexts } from "./networkContext.js";
import { checkRows, checkThreshold, rowSubject } from "./rows.js";
import { loadAll } from "../records/loaders.js";
const DEFAULT_CANDIDATES = 5;
const MAX_CANDIDATES = 20;
async function screen(ctx, args) {
  const threshold = checkThreshold(args.threshold);
  const maxCandidates = boundedInt(args.maxCandidates, DEFAULT_CANDIDATES, 1, MAX_CANDIDATES, "maxCandidates");
  const hops = checkHops(args.maxHops);
  checkRows(args.travellers);
  const view = viewOf(args.asOf);
  const matches = await matchSubjects(ctx, args.travellers.map(rowSubject), { threshold, view, maxCandidates, notify: true });
  const ids = [...new Set(matches.flatMap((m) => m.candidates.map((c) => c.id)))];
  const [people, contexts] = await Promise.all([loadAll(ctx.records.byIdAt(view), ids), networkContexts(ctx, ids, hops, view)]);
  const person = new Map(people.flatMap((e) => e ? [[e.id, e]] : []));
  const rows = matches.map((m, index) => ({
    index,
    ref: args.travellers[index].ref ?? null,
    truncated: m.truncated,
    hits: m.hits,
    candidates: m.candidates.flatMap((c) => {
      const p = person.get(c.id);
      const context = contexts.get(c.id);
      return p && context ? [{ person: p, score: c.score, reasons: c.reasons, ...context }] : [];
    })
  }));
  ctx.audit.add(rows.flatMap((r) => r.candidates.flatMap((c) => [c.person.id, ...c.watchlists.map((w) => w.id)])));
  const screened = [...new Set(rows.flatMap((r) => r.candidates.map((c) => c.person.id)))];
  if (screened.length) await ctx.executor.trustedWrite(APPEND_CHANGE, { kind: "SCREENING", items: screened.map(screenedItem) });
  return {
    threshold,
    rowCount: rows.length,
    matchedRows: rows.filter((r) => r.candidates.length > 0).length,
    hitRows: rows.filter((r) => r.hits.length > 0).length,
    rows
  };
}
export {
  DEFAULT_CANDIDATES,
  MAX_CANDIDATES,
  screen
};
