import { chainJourneys, DEFAULT_GAP_HOURS } from "./journeys.js";
import { legsOf, samePlace } from "./legs.js";
import { travelRoutes } from "./routes.js";
import { coTravellers } from "./coTravellers.js";
import { timeline } from "./timeline.js";
import { boundedInt, windowParams } from "../time/window.js";
const MAX_JOURNEYS = 100;
const travelResolvers = {
  Query: {
    travelRoutes: (_, a, ctx) => travelRoutes(ctx, a),
    coTravellers: (_, a, ctx) => coTravellers(ctx, a),
    timeline: (_, a, ctx) => timeline(ctx, a)
  },
  Person: {
    journeys: async (person, a, ctx) => {
      const gap = boundedInt(a.maxGapHours, DEFAULT_GAP_HOURS, 1, 720, "maxGapHours");
      const legs = await legsOf(ctx, [person.id], windowParams(a.between), person.view);
      const place = await samePlace(ctx, legs.values(), person.view);
      return chainJourneys(legs.get(person.id) ?? [], gap, place).slice(0, MAX_JOURNEYS);
    }
  },
  Journey: {
    legs: (j) => j.legs.map((l) => l.travel)
  }
};
export {
  travelResolvers
};
