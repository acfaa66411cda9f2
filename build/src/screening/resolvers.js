import { findAgency } from "../agencies/service.js";
import { screen } from "./service.js";
const screeningResolvers = {
  Query: {
    screen: (_, a, ctx) => screen(ctx, a)
  },
  HitNotice: {
    agency: async (h, _, ctx) => await findAgency(ctx, h.agency) ?? { code: h.agency, name: h.agency, country: "" }
  }
};
export {
  screeningResolvers
};
