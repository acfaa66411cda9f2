// Reads visible legs and the place equivalence (airport ~ its city) that journeys are chained with.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { toEntity } from '../records/mapRecord.js';
import type { EntityModel } from '../records/models.js';
import { viewParams, type View } from '../records/view.js';
import type { Window } from '../time/window.js';
import type { LegModel } from './models.js';
import type { SamePlace } from './journeys.js';
import { CITY_OF, LEGS_OF_PEOPLE, PLACES_WITHIN } from './queries.js';
import { loadAll } from '../records/loaders.js';

const asDate = (v: unknown): Date | null => (v instanceof Date ? v : null);

export async function legsOf(ctx: Context, people: string[], window: Window, view: View): Promise<Map<string, LegModel[]>> {
  const rows = await ctx.graph.read(LEGS_OF_PEOPLE, { people, ...window, ...viewParams(view) });
  const raw = rows.map((row) => ({ pid: String(row.pid), legs: row.legs as Array<{ t: Plain; f: string | null; d: string | null }> }));
  const placeIds = new Set<string>();
  for (const { legs } of raw) for (const l of legs) [l.f, l.d].forEach((id) => id && placeIds.add(id));
  const places = await placesById(ctx, [...placeIds], view);
  const out = new Map<string, LegModel[]>();
  for (const { pid, legs } of raw) {
    out.set(
      pid,
      legs.map((l) => {
        const travel = toEntity(l.t, view);
        return {
          travel,
          from: (l.f && places.get(l.f)) || null,
          to: (l.d && places.get(l.d)) || null,
          departedAt: asDate(travel.props.departedAt),
          arrivedAt: asDate(travel.props.arrivedAt),
        };
      }),
    );
  }
  return out;
}

// The query already checked each end against the rule; a place gone between the two reads stays null.
export async function placesById(ctx: Context, ids: string[], view: View): Promise<Map<string, EntityModel>> {
  const loaded = await loadAll(ctx.records.byIdAt(view), ids);
  const out = new Map<string, EntityModel>();
  loaded.forEach((e, i) => {
    if (e) out.set(ids[i]!, e);
  });
  return out;
}

/** Place equivalence for every location the legs touch: one query for all of them. */
export async function samePlace(ctx: Context, legs: Iterable<LegModel[]>, view: View): Promise<SamePlace> {
  const ids = new Set<string>();
  for (const list of legs) for (const l of list) [l.from?.id, l.to?.id].forEach((id) => id && ids.add(id));
  return placeEquivalence(ctx, [...ids], view);
}

/** Place equivalence for the given locations: one query for all of them. */
export async function placeEquivalence(ctx: Context, ids: string[], view: View): Promise<SamePlace> {
  if (ids.length === 0) return (id) => id;
  const rows = await ctx.graph.read(CITY_OF, { ids, ...viewParams(view) });
  const city = new Map(rows.map((r) => [String(r.lid), r.city ? String(r.city) : String(r.lid)]));
  return (id) => city.get(id) ?? id;
}

/** Every visible place inside the given ones ("through Turkey" includes its airports and crossings). */
export async function placesWithin(ctx: Context, ids: readonly string[], view: View): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.graph.read(PLACES_WITHIN, { ids, ...viewParams(view) });
  return new Set(rows.map((r) => String(r.id)));
}
