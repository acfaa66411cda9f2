// ROUTE watches: a change that touches one of the watch's places (found through coverage, like any
// watch) raises an alert only when a journey of the leg's traveller that contains a changed leg now
// matches the pattern, judged exactly as travelRoutes judges journeys and with the reader's view at
// delivery. The journey is chained from every visible leg of that traveller, old ones included.
import type { Context } from '../context.js';
import { chainJourneys } from '../travel/journeys.js';
import { legsOf, placesWithin, samePlace } from '../travel/legs.js';
import { matchJourney, type JourneyFilter } from '../travel/routes.js';
import { viewOf, viewParams } from '../records/view.js';
import { OPEN_WINDOW } from '../time/window.js';
import type { RouteWatchModel } from './models.js';
import { TRAVELLERS_OF_LEGS } from './queries.js';

/** Journeys a person's legs form, cached per read: several alerts of one page may name the same person. */
export class RouteMatcher {
  private readonly filters = new Map<string, Promise<JourneyFilter | null>>();

  constructor(private readonly ctx: Context) {}

  /** The changed legs among `records` that belong to a journey matching `route` (empty: no alert). */
  async matchingLegs(route: RouteWatchModel, records: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const filter = await this.filterOf(route);
    if (!filter) return found;
    const view = viewOf(null);
    const rows = await this.ctx.graph.read(TRAVELLERS_OF_LEGS, { legs: [...records], ...viewParams(view) });
    if (rows.length === 0) return found;
    const changed = new Set(rows.flatMap((r) => r.legs as string[]));
    const legs = await legsOf(this.ctx, rows.map((r) => String(r.pid)), OPEN_WINDOW, view);
    const place = await samePlace(this.ctx, legs.values(), view);
    for (const list of legs.values()) {
      for (const journey of chainJourneys(list, route.maxGapHours, place)) {
        if (!journey.legs.some((l) => changed.has(l.travel.id)) || !matchJourney(journey, filter)) continue;
        for (const l of journey.legs) if (changed.has(l.travel.id)) found.add(l.travel.id);
      }
    }
    return found;
  }

  /**
   * The pattern's places with everything visible inside them. A role given places none of which is
   * visible now matches nothing (it must never widen into "any place").
   */
  private filterOf(route: RouteWatchModel): Promise<JourneyFilter | null> {
    const key = JSON.stringify(route);
    let f = this.filters.get(key);
    if (!f) {
      f = (async () => {
        const view = viewOf(null);
        const [through, from, to] = await Promise.all([route.through, route.from, route.to].map((ids) => placesWithin(this.ctx, ids, view)));
        if ((route.through.length && !through!.size) || (route.from.length && !from!.size) || (route.to.length && !to!.size)) return null;
        return { through: through!, from: from!, to: to!, withinMs: route.withinDays * 86_400_000, window: { from: null, to: null } };
      })();
      this.filters.set(key, f);
    }
    return f;
  }
}
