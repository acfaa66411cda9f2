// Chains a person's legs into journeys: a leg continues the journey when it starts where the last one
// ended (the same place, or the same city: airport and city are one place) within the allowed gap.
import type { EntityModel } from '../records/models.js';
import type { Journey, LegEnds } from './models.js';

export const DEFAULT_GAP_HOURS = 72;

/** Maps a location id to the id of the place it counts as (its city, or itself). */
export type SamePlace = (locationId: string) => string;

function continues(prev: LegEnds, next: LegEnds, gapMs: number, place: SamePlace): boolean {
  if (!prev.to || !next.from) return false; // a hidden end breaks the chain: we cannot know it continued
  if (place(prev.to.id) !== place(next.from.id)) return false;
  const ended = prev.arrivedAt ?? prev.departedAt;
  if (!ended || !next.departedAt) return false;
  const wait = next.departedAt.getTime() - ended.getTime();
  return wait >= 0 && wait <= gapMs;
}

function journeyOf<L extends LegEnds>(legs: L[]): Journey<L> {
  const route: EntityModel[] = [];
  const first = legs[0]!;
  if (first.from) route.push(first.from);
  for (const leg of legs) if (leg.to) route.push(leg.to);
  const last = legs[legs.length - 1]!;
  return { legs, route, departedAt: first.departedAt, arrivedAt: last.arrivedAt ?? last.departedAt };
}

/** Legs must be one person's, in departure order. */
export function chainJourneys<L extends LegEnds>(legs: L[], gapHours = DEFAULT_GAP_HOURS, place: SamePlace = (id) => id): Array<Journey<L>> {
  const journeys: L[][] = [];
  const gapMs = gapHours * 3_600_000;
  for (const leg of legs) {
    const current = journeys[journeys.length - 1];
    const prev = current?.[current.length - 1];
    if (current && prev && continues(prev, leg, gapMs, place)) current.push(leg);
    else journeys.push([leg]);
  }
  return journeys.map(journeyOf);
}
