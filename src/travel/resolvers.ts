// Thin resolvers for journeys, route patterns, co-travellers and timelines.
import type { Resolvers } from '../generated/graphql.js';
import { chainJourneys, DEFAULT_GAP_HOURS } from './journeys.js';
import { legsOf, samePlace } from './legs.js';
import { linkedCounts, routeTravellers, travelRoutes } from './routes.js';
import { coTravellers } from './coTravellers.js';
import { timeline } from './timeline.js';
import { boundedInt, windowParams } from '../time/window.js';

const MAX_JOURNEYS = 100;

export const travelResolvers: Resolvers = {
  Query: {
    travelRoutes: (_, a, ctx) => travelRoutes(ctx, a),
    coTravellers: (_, a, ctx) => coTravellers(ctx, a),
    timeline: (_, a, ctx) => timeline(ctx, a),
  },
  Person: {
    journeys: async (person, a, ctx) => {
      const gap = boundedInt(a.maxGapHours, DEFAULT_GAP_HOURS, 1, 720, 'maxGapHours');
      const legs = await legsOf(ctx, [person.id], windowParams(a.between), person.view);
      const place = await samePlace(ctx, legs.values(), person.view);
      return chainJourneys(legs.get(person.id) ?? [], gap, place).slice(0, MAX_JOURNEYS);
    },
  },
  RoutePattern: {
    travellers: (p, _, ctx) => routeTravellers(ctx, p),
    linkedToRecruiter: async (p) => (await linkedCounts(p)).recruiter,
    linkedToWatchlist: async (p) => (await linkedCounts(p)).watchlist,
  },
  RouteTraveller: {
    nearRecruiter: async (t) => (await t.answer.flags()).get(t.person.id)?.nearRecruiter ?? false,
    nearWatchlist: async (t) => (await t.answer.flags()).get(t.person.id)?.nearWatchlist ?? false,
  },
  Journey: {
    legs: (j) => j.legs.map((l) => l.travel),
  },
};
