// zod schemas for the `properties` of every node and relationship type, mirroring src/model/properties.ts.
// Strict objects: an unknown key is an error, so a typo in a data feed never becomes a silent new field.
import { z } from 'zod';
import { CountryCodeResolver } from 'graphql-scalars';
import type { NodeType, RelationshipType } from '../model/graphModel.js';
import type {
  DocumentProperties,
  IdentifierProperties,
  LocationProperties,
  OrganisationProperties,
  PersonProperties,
  RelationshipProperties,
  TravelProperties,
  WatchlistProperties,
} from '../model/properties.js';

// What we store must also serialise through the API's scalars later, so countries are checked with
// the scalar's own code. Memoised: a bulk load asks about the same few hundred codes millions of times.
const countryVerdicts = new Map<string, boolean>();
function isCountryCode(value: string): boolean {
  let ok = countryVerdicts.get(value);
  if (ok === undefined) {
    try {
      CountryCodeResolver.parseValue(value);
      ok = true;
    } catch {
      ok = false;
    }
    countryVerdicts.set(value, ok);
  }
  return ok;
}

/** A real day of the Gregorian calendar (2015-02-29 is not). Same rule as the LocalDate scalar, faster. */
export function isCalendarDate(ymd: string): boolean {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(5, 7));
  const d = Number(ymd.slice(8, 10));
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const text = (max = 500) => z.string().trim().min(1).max(max);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');
/** Instants need a zone (Z or ±hh:mm); a bare YYYY-MM-DD is read as midnight UTC. */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'expected a date-time with a zone, e.g. 2015-06-01T08:00:00Z')
  .refine((v) => isCalendarDate(v) && !Number.isNaN(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)), 'not a real date-time');
export const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals')
  .refine(isCountryCode, 'not an ISO 3166-1 country code');
const texts = z.array(text()).max(200);

const person = z.strictObject({
  name: text(),
  aliases: texts.optional(),
  birthDate: isoDate.optional(),
  birthPlace: text().optional(),
  gender: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  nationalities: z.array(country).max(20).optional(),
});

const organisation = z.strictObject({
  name: text(),
  aliases: texts.optional(),
  kind: z.enum(['ARMED_GROUP', 'FRONT', 'CHARITY', 'MEDIA', 'MOSQUE_ASSOCIATION', 'COMPANY', 'OTHER']),
  country: country.optional(),
});

const location = z.strictObject({
  name: text(),
  kind: z.enum(['COUNTRY', 'CITY', 'AIRPORT', 'BORDER_CROSSING', 'PORT', 'REGION']),
  countryCode: country,
  iata: z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter IATA code').optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

const document = z.strictObject({
  number: text(100),
  kind: z.enum(['PASSPORT', 'ID_CARD', 'VISA', 'RESIDENCE_PERMIT']),
  // Optional: a number given on a person (FtM passportNumber) comes without its issuing country.
  issuingCountry: country.optional(),
  issuedOn: isoDate.optional(),
  expiresOn: isoDate.optional(),
});

const identifier = z.strictObject({
  kind: z.enum(['PHONE', 'EMAIL', 'MESSENGER']),
  value: text(300),
  platform: text(100).optional(),
});

const travel = z.strictObject({
  mode: z.enum(['AIR', 'LAND', 'SEA']),
  departedAt: isoDateTime,
  arrivedAt: isoDateTime.optional(),
  carrier: text(200).optional(),
  flightNumber: text(20).optional(),
});

const watchlist = z.strictObject({
  name: text(),
  kind: z.enum(['NO_ENTRY', 'TERROR_LIST', 'SANCTIONS', 'OTHER']),
});

export const NODE_PROPERTIES = { Person: person, Organisation: organisation, Location: location, Document: document, Identifier: identifier, Travel: travel, Watchlist: watchlist } satisfies Record<NodeType, z.ZodType>;

const none = z.strictObject({});
const count = z.number().int().min(0);
export const RELATIONSHIP_PROPERTIES = {
  RECRUITED: z.strictObject({ at: isoDate.optional(), channel: text(100).optional(), place: text(200).optional() }),
  MEMBER_OF: z.strictObject({ role: text(200).optional(), since: isoDate.optional(), until: isoDate.optional() }),
  AFFILIATED_WITH: none,
  FAMILY_OF: z.strictObject({ relation: text(100).optional() }),
  ASSOCIATE_OF: z.strictObject({ relation: text(100).optional() }),
  COMMUNICATED_WITH: z.strictObject({ channel: text(100).optional(), firstSeen: isoDate.optional(), lastSeen: isoDate.optional(), count: count.optional() }),
  FUNDED: z.strictObject({ amount: z.number().min(0).optional(), currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code').optional() }),
  HOLDS: none,
  MADE: none,
  FROM: none,
  TO: none,
  USED: none,
  LISTED_ON: z.strictObject({ added: isoDate.optional(), reason: text(1000).optional() }),
  LOCATED_IN: none,
  SAME_AS: z.strictObject({ score: z.number().min(0).max(1).optional(), method: text(100).optional(), decidedBy: text(200).optional(), decidedAt: isoDateTime.optional() }),
} satisfies Record<RelationshipType, z.ZodType>;

// Compile-time guard: the schemas and the model interfaces must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends z.ZodType> = z.infer<S>;
const inSync: [
  Same<Out<typeof person>, PersonProperties>,
  Same<Out<typeof organisation>, OrganisationProperties>,
  Same<Out<typeof location>, LocationProperties>,
  Same<Out<typeof document>, DocumentProperties>,
  Same<Out<typeof identifier>, IdentifierProperties>,
  Same<Out<typeof travel>, TravelProperties>,
  Same<Out<typeof watchlist>, WatchlistProperties>,
  Same<Out<typeof RELATIONSHIP_PROPERTIES.RECRUITED>, RelationshipProperties['RECRUITED']>,
  Same<Out<typeof RELATIONSHIP_PROPERTIES.ASSOCIATE_OF>, RelationshipProperties['ASSOCIATE_OF']>,
  Same<Out<typeof RELATIONSHIP_PROPERTIES.COMMUNICATED_WITH>, RelationshipProperties['COMMUNICATED_WITH']>,
  Same<Out<typeof RELATIONSHIP_PROPERTIES.SAME_AS>, RelationshipProperties['SAME_AS']>,
] = [true, true, true, true, true, true, true, true, true, true, true];
void inSync;

/** How a CSV cell becomes a property value, read off the schema so the two cannot drift apart. */
export type CellKind = 'text' | 'number' | 'list';

export function cellKind(schema: z.ZodType, key: string): CellKind | undefined {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  let field = shape?.[key];
  if (!field) return undefined;
  while (field.def.type === 'optional' || field.def.type === 'nullable') {
    field = (field as unknown as { unwrap(): z.ZodType }).unwrap();
  }
  if (field.def.type === 'array') return 'list';
  if (field.def.type === 'number') return 'number';
  return 'text';
}
