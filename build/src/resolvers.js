import {
  CountryCodeResolver,
  DateTimeResolver,
  JSONObjectResolver,
  LatitudeResolver,
  LocalDateResolver,
  LongitudeResolver
} from "graphql-scalars";
import { recordResolvers } from "./records/resolvers.js";
import { agencyResolvers } from "./agencies/resolvers.js";
import { searchResolvers } from "./search/resolvers.js";
import { ingestResolvers } from "./ingest/resolvers.js";
import { networkResolvers } from "./network/resolvers.js";
import { travelResolvers } from "./travel/resolvers.js";
import { screeningResolvers } from "./screening/resolvers.js";
import { identityResolvers } from "./identity/resolvers.js";
import { watchResolvers } from "./watches/resolvers.js";
import { sharingResolvers } from "./sharing/resolvers.js";
const scalars = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  CountryCode: CountryCodeResolver,
  Latitude: LatitudeResolver,
  Longitude: LongitudeResolver,
  JSONObject: JSONObjectResolver
};
function mergeResolvers(maps) {
  const merged = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      if (typeof fields !== "object" || fields === null || fields.constructor !== Object) {
        if (merged[type]) throw new Error(`resolver for ${type} defined twice`);
        merged[type] = fields;
        continue;
      }
      const target = merged[type] ??= {};
      for (const [field, fn] of Object.entries(fields)) {
        if (field in target) throw new Error(`resolver ${type}.${field} defined twice`);
        target[field] = fn;
      }
    }
  }
  return merged;
}
const resolvers = mergeResolvers([scalars, recordResolvers, agencyResolvers, searchResolvers, networkResolvers, travelResolvers, ingestResolvers, screeningResolvers, identityResolvers, watchResolvers, sharingResolvers]);
export {
  mergeResolvers,
  resolvers
};
