import { int } from "../graph/params.js";
import { boundedInt } from "../time/window.js";
import { viewParams } from "../records/view.js";
import { MAX_CONTEXT_HOPS, NETWORK_CONTEXT } from "./queries.js";
import { loadAll } from "../records/loaders.js";
const DEFAULT_CONTEXT_HOPS = 3;
const MAX_LISTS = 20;
const CONTEXT_BATCH = 500;
function checkHops(hops) {
  return boundedInt(hops, DEFAULT_CONTEXT_HOPS, 1, MAX_CONTEXT_HOPS, "maxHops");
}
async function readContext(ctx, ids, hops, view) {
  const out = [];
  for (let i = 0; i < ids.length; i += CONTEXT_BATCH) {
    const rows = await ctx.graph.read(NETWORK_CONTEXT[hops], { ids: ids.slice(i, i + CONTEXT_BATCH), maxLists: int(MAX_LISTS), ...viewParams(view) });
    for (const r of rows) {
      out.push({
        id: String(r.id),
        lists: r.lists ?? [],
        recruiterHops: typeof r.recruiterHops === "number" ? r.recruiterHops : null,
        recruiter: typeof r.recruiter === "string" ? r.recruiter : null,
        watchlistHops: typeof r.watchlistHops === "number" ? r.watchlistHops : null,
        watchlisted: typeof r.watchlisted === "string" ? r.watchlisted : null
      });
    }
  }
  return out;
}
async function networkContexts(ctx, ids, hops, view) {
  const rows = await readContext(ctx, [...new Set(ids)], hops, view);
  const refs = [...new Set(rows.flatMap((r) => [...r.lists, r.recruiter, r.watchlisted].filter((x) => x !== null)))];
  const loaded = await loadAll(ctx.records.byIdAt(view), refs);
  const entity = new Map(loaded.flatMap((e) => e ? [[e.id, e]] : []));
  const get = (id) => id ? entity.get(id) ?? null : null;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        watchlists: r.lists.map((l) => entity.get(l)).filter((e) => !!e),
        network: {
          maxHops: hops,
          recruiterDistance: r.recruiterHops,
          nearestRecruiter: get(r.recruiter),
          watchlistDistance: r.watchlistHops,
          nearestWatchlisted: get(r.watchlisted)
        }
      }
    ])
  );
}
export {
  DEFAULT_CONTEXT_HOPS,
  MAX_LISTS,
  checkHops,
  networkContexts
};
