// People ranked by recruitment reach over the visible RECRUITED links (optionally per resolved identity).
import type { Context } from '../context.js';
import { int } from '../graph/params.js';
import { skeinError, ErrorCode } from '../errors.js';
import { pageOf, parsePage } from '../connections/paging.js';
import { IdentityClusters } from './identities.js';
import type { RecruiterConnectionModel, RecruiterRankModel } from './models.js';
import { PERSON_SAME_AS, RECRUITMENT_EDGES } from './queries.js';
import { recruitmentReach } from './reach.js';
import { windowParams, type WindowInput } from '../time/window.js';
import { viewOf, viewParams } from '../records/view.js';
import { loadAll } from '../records/loaders.js';
import { byCodeUnit } from '../model/order.js';

/** Above this many visible recruitment links the ranking refuses rather than run unbounded. */
export const MAX_RECRUITMENT_EDGES = 200_000;

export interface RecruiterRequest {
  first?: number | null;
  after?: string | null;
  between?: WindowInput | null;
  maxDepth: number;
  resolveIdentities: boolean;
  asOf?: Date | null;
}

export async function rankRecruiters(ctx: Context, req: RecruiterRequest): Promise<RecruiterConnectionModel> {
  const page = parsePage(req.first, req.after);
  const max = int(MAX_RECRUITMENT_EDGES + 1);
  const view = viewOf(req.asOf);
  const rows = await ctx.graph.read(RECRUITMENT_EDGES, { ...windowParams(req.between), ...viewParams(view), max });
  if (rows.length > MAX_RECRUITMENT_EDGES) {
    throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${MAX_RECRUITMENT_EDGES} recruitment links match; narrow \`between\``);
  }
  const clusters = new IdentityClusters();
  if (req.resolveIdentities) {
    for (const r of await ctx.graph.read(PERSON_SAME_AS, { max, ...windowParams(req.between), ...viewParams(view) })) clusters.union(String(r.s), String(r.t));
  }
  const edges = rows.map((r) => ({ source: clusters.find(String(r.s)), target: clusters.find(String(r.t)) }));
  const reach = recruitmentReach(edges, req.maxDepth);
  const ranked = [...reach.entries()]
    .map(([id, r]) => ({ id, ...r }))
    .sort((a, b) => b.reach - a.reach || b.direct - a.direct || byCodeUnit(a.id, b.id));
  const slice = ranked.slice(page.skip, page.skip + page.first);
  const members = clusters.members();
  const people = await loadAll(ctx.records.byIdAt(view), slice.map((r) => r.id));
  const items: RecruiterRankModel[] = slice.map((r, i) => ({
    person: people[i] as RecruiterRankModel['person'],
    members: members.get(r.id) ?? [r.id],
    direct: r.direct,
    indirect: r.reach - r.direct,
    reach: r.reach,
  }));
  const paged = pageOf(ranked, page);
  return { ...paged, edges: paged.edges.map((e, i) => ({ cursor: e.cursor, node: items[i]! })) };
}
