// The single explicit merge of every capability's resolvers and the scalars they use.
import {
  CountryCodeResolver,
  DateTimeResolver,
  JSONObjectResolver,
  LatitudeResolver,
  LocalDateResolver,
  LongitudeResolver,
} from 'graphql-scalars';
import type { Resolvers } from './generated/graphql.js';
import { recordResolvers } from './records/resolvers.js';
import { agencyResolvers } from './agencies/resolvers.js';
import { searchResolvers } from './search/resolvers.js';
import { ingestResolvers } from './ingest/resolvers.js';
import { networkResolvers } from './network/resolvers.js';
import { travelResolvers } from './travel/resolvers.js';
import { screeningResolvers } from './screening/resolvers.js';
import { identityResolvers } from './identity/resolvers.js';
import { watchResolvers } from './watches/resolvers.js';
import { sharingResolvers } from './sharing/resolvers.js';
import { auditResolvers } from './audit/resolvers.js';

const scalars: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  CountryCode: CountryCodeResolver,
  Latitude: LatitudeResolver,
  Longitude: LongitudeResolver,
  JSONObject: JSONObjectResolver,
};

/** Merges resolver maps type by type; two capabilities defining the same field is a bug. */
export function mergeResolvers(maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      if (typeof fields !== 'object' || fields === null || fields.constructor !== Object) {
        if (merged[type]) throw new Error(`resolver for ${type} defined twice`);
        merged[type] = fields as Record<string, unknown>; // scalar instances are taken as they are
        continue;
      }
      const target = (merged[type] ??= {});
      for (const [field, fn] of Object.entries(fields)) {
        if (field in target) throw new Error(`resolver ${type}.${field} defined twice`);
        target[field] = fn;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers([scalars, recordResolvers, agencyResolvers, searchResolvers, networkResolvers, travelResolvers, ingestResolvers, screeningResolvers, identityResolvers, watchResolvers, sharingResolvers, auditResolvers]);
