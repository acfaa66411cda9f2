// Watchlists and network context of matched people: the lists they are on, and the shortest visible
// distance (person-to-person links, bounded hops) to someone with recruits and to a listed person.
import type { Context } from '../context.js';
import { int } from '../graph/params.js';
import { boundedInt } from '../time/window.js';
import type { EntityModel } from '../records/models.js';
import { viewParams, type View } from '../records/view.js';
import type { NetworkContextModel } from './models.js';
import { batchParam, MAX_CONTEXT_HOPS, NETWORK_CONTEXT } from './queries.js';
import { loadAll } from '../records/loaders.js';

export const DEFAULT_CONTEXT_HOPS = 3;
/** Watchlists shown per candidate. */
export const MAX_LISTS = 20;
/** People per context statement: each runs two bounded shortest-path searches. */
const CONTEXT_BATCH = 500;

export interface CandidateContext {
  watchlists: EntityModel[];
  network: NetworkContextModel;
}

export function checkHops(hops: number | null | undefined): number {
  return boundedInt(hops, DEFAULT_CONTEXT_HOPS, 1, MAX_CONTEXT_HOPS, 'maxHops');
}

interface ContextRow {
  id: string;
  lists: string[];
  recruiterHops: number | null;
  recruiter: string | null;
  watchlistHops: number | null;
  watchlisted: string | null;
}

async function readContext(ctx: Context, ids: string[], hops: number, view: View): Promise<ContextRow[]> {
  const out: ContextRow[] = [];
  for (let i = 0; i < ids.length; i += CONTEXT_BATCH) {
    const rows = await ctx.graph.read(NETWORK_CONTEXT[hops]!, { ...batchParam({ ids: ids.slice(i, i + CONTEXT_BATCH) }), maxLists: int(MAX_LISTS), ...viewParams(view) });
    for (const r of rows) {
      out.push({
        id: String(r.id),
        lists: (r.lists as string[] | null) ?? [],
        recruiterHops: typeof r.recruiterHops === 'number' ? r.recruiterHops : null,
        recruiter: typeof r.recruiter === 'string' ? r.recruiter : null,
        watchlistHops: typeof r.watchlistHops === 'number' ? r.watchlistHops : null,
        watchlisted: typeof r.watchlisted === 'string' ? r.watchlisted : null,
      });
    }
  }
  return out;
}

/** Context per person id (visible ones only), with every referenced record loaded in one batch. */
export async function networkContexts(ctx: Context, ids: readonly string[], hops: number, view: View): Promise<Map<string, CandidateContext>> {
  const rows = await readContext(ctx, [...new Set(ids)], hops, view);
  const refs = [...new Set(rows.flatMap((r) => [...r.lists, r.recruiter, r.watchlisted].filter((x): x is string => x !== null)))];
  const loaded = await loadAll(ctx.records.byIdAt(view), refs);
  const entity = new Map(loaded.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const get = (id: string | null) => (id ? (entity.get(id) ?? null) : null);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        watchlists: r.lists.map((l) => entity.get(l)).filter((e): e is EntityModel => !!e),
        network: {
          maxHops: hops,
          recruiterDistance: r.recruiterHops,
          nearestRecruiter: get(r.recruiter),
          watchlistDistance: r.watchlistHops,
          nearestWatchlisted: get(r.watchlisted),
        },
      },
    ]),
  );
}
