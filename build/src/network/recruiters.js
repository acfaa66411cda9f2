import { int } from "../graph/params.js";
import { skeinError, ErrorCode } from "../errors.js";
import { pageOf, parsePage } from "../connections/paging.js";
import { IdentityClusters } from "./identities.js";
import { PERSON_SAME_AS, RECRUITMENT_EDGES } from "./queries.js";
import { recruitmentReach } from "./reach.js";
import { windowParams } from "../time/window.js";
import { viewOf, viewParams } from "../records/view.js";
import { loadAll } from "../records/loaders.js";
const MAX_RECRUITMENT_EDGES = 2e5;
async function rankRecruiters(ctx, req) {
  const page = parsePage(req.first, req.after);
  const max = int(MAX_RECRUITMENT_EDGES + 1);
  const view = viewOf(req.asOf);
  const rows = await ctx.graph.read(RECRUITMENT_EDGES, { ...windowParams(req.between), ...viewParams(view), max });
  if (rows.length > MAX_RECRUITMENT_EDGES) {
    throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${MAX_RECRUITMENT_EDGES} recruitment links match; narrow \`between\``);
  }
  const clusters = new IdentityClusters();
  if (req.resolveIdentities) {
    for (const r of await ctx.graph.read(PERSON_SAME_AS, { max, ...viewParams(view) })) clusters.union(String(r.s), String(r.t));
  }
  const edges = rows.map((r) => ({ source: clusters.find(String(r.s)), target: clusters.find(String(r.t)) }));
  const reach = recruitmentReach(edges, req.maxDepth);
  const ranked = [...reach.entries()].map(([id, r]) => ({ id, ...r })).sort((a, b) => b.reach - a.reach || b.direct - a.direct || a.id.localeCompare(b.id));
  const slice = ranked.slice(page.skip, page.skip + page.first);
  const members = clusters.members();
  const people = await loadAll(ctx.records.byIdAt(view), slice.map((r) => r.id));
  const items = slice.map((r, i) => ({
    person: people[i],
    members: members.get(r.id) ?? [r.id],
    direct: r.direct,
    indirect: r.reach - r.direct,
    reach: r.reach
  }));
  const paged = pageOf(ranked, page);
  return { ...paged, edges: paged.edges.map((e, i) => ({ cursor: e.cursor, node: items[i] })) };
}
export {
  MAX_RECRUITMENT_EDGES,
  rankRecruiters
};
