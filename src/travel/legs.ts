// Reads visible legs and the place equivalence (airport ~ its city) that journeys are chained with.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { toEntity } from '../records/mapRecord.js';
import { viewParams, type View } from '../records/view.js';
import type { Window } from '../time/window.js';
import type { LegModel } from './models.js';
import type { SamePlace } from './journeys.js';
import { CITY_OF, LEGS_OF_PEOPLE, PLACES_WITHIN } from './queries.js';

const asDate = (v: unknown): Date | null => (v instanceof Date ? v : null);

export async function legsOf(ctx: Context, people: string[], window: Window, view: View): Promise<Map<string, LegModel[]>> {
  const rows = await ctx.graph.read(LEGS_OF_PEOPLE, { people, ...window, ...viewParams(view) });
  const out = new Map<string, LegModel[]>();
  for (const row of rows) {
    const legs = (row.legs as Array<{ t: Plain; f: Plain; d: Plain }>).map((l) => {
      const travel = toEntity(l.t, view);
      return {
        travel,
        from: l.f ? toEntity(l.f, view) : null,
        to: l.d ? toEntity(l.d, view) : null,
        departedAt: asDate(travel.props.departedAt),
        arrivedAt: asDate(travel.props.arrivedAt),
      };
    });
    out.set(String(row.pid), legs);
  }
  return out;
}

/** Place equivalence for every location the legs touch: one query for all of them. */
export async function samePlace(ctx: Context, legs: Iterable<LegModel[]>, view: View): Promise<SamePlace> {
  const ids = new Set<string>();
  for (const list of legs) for (const l of list) [l.from?.id, l.to?.id].forEach((id) => id && ids.add(id));
  if (ids.size === 0) return (id) => id;
  const rows = await ctx.graph.read(CITY_OF, { ids: [...ids], ...viewParams(view) });
  const city = new Map(rows.map((r) => [String(r.lid), r.city ? String(r.city) : String(r.lid)]));
  return (id) => city.get(id) ?? id;
}

/** Every visible place inside the given ones ("through Turkey" includes its airports and crossings). */
export async function placesWithin(ctx: Context, ids: readonly string[], view: View): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.graph.read(PLACES_WITHIN, { ids, ...viewParams(view) });
  return new Set(rows.map((r) => String(r.id)));
}
