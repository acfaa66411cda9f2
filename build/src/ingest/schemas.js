import { z } from "zod";
import { CountryCodeResolver } from "graphql-scalars";
const countryVerdicts = /* @__PURE__ */ new Map();
function isCountryCode(value) {
  let ok = countryVerdicts.get(value);
  if (ok === void 0) {
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
function isCalendarDate(ymd) {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(5, 7));
  const d = Number(ymd.slice(8, 10));
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const text = (max = 500) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD").refine(isCalendarDate, "not a calendar date");
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, "expected a date-time with a zone, e.g. 2015-06-01T08:00:00Z").refine((v) => isCalendarDate(v) && !Number.isNaN(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)), "not a real date-time");
const country = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code in capitals").refine(isCountryCode, "not an ISO 3166-1 country code");
const texts = z.array(text()).max(200);
const person = z.strictObject({
  name: text(),
  aliases: texts.optional(),
  birthDate: isoDate.optional(),
  birthPlace: text().optional(),
  gender: z.enum(["female", "male", "other", "unknown"]).optional(),
  nationalities: z.array(country).max(20).optional()
});
const organisation = z.strictObject({
  name: text(),
  aliases: texts.optional(),
  kind: z.enum(["ARMED_GROUP", "FRONT", "CHARITY", "MEDIA", "MOSQUE_ASSOCIATION", "COMPANY", "OTHER"]),
  country: country.optional()
});
const location = z.strictObject({
  name: text(),
  kind: z.enum(["COUNTRY", "CITY", "AIRPORT", "BORDER_CROSSING", "PORT", "REGION"]),
  countryCode: country,
  iata: z.string().regex(/^[A-Z]{3}$/, "expected a 3-letter IATA code").optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional()
});
const document = z.strictObject({
  number: text(100),
  kind: z.enum(["PASSPORT", "ID_CARD", "VISA", "RESIDENCE_PERMIT"]),
  issuingCountry: country,
  issuedOn: isoDate.optional(),
  expiresOn: isoDate.optional()
});
const identifier = z.strictObject({
  kind: z.enum(["PHONE", "EMAIL", "MESSENGER"]),
  value: text(300),
  platform: text(100).optional()
});
const travel = z.strictObject({
  mode: z.enum(["AIR", "LAND", "SEA"]),
  departedAt: isoDateTime,
  arrivedAt: isoDateTime.optional(),
  carrier: text(200).optional(),
  flightNumber: text(20).optional()
});
const watchlist = z.strictObject({
  name: text(),
  kind: z.enum(["NO_ENTRY", "TERROR_LIST", "SANCTIONS", "OTHER"])
});
const NODE_PROPERTIES = { Person: person, Organisation: organisation, Location: location, Document: document, Identifier: identifier, Travel: travel, Watchlist: watchlist };
const none = z.strictObject({});
const count = z.number().int().min(0);
const RELATIONSHIP_PROPERTIES = {
  RECRUITED: z.strictObject({ at: isoDate.optional(), channel: text(100).optional(), place: text(200).optional() }),
  MEMBER_OF: z.strictObject({ role: text(200).optional(), since: isoDate.optional(), until: isoDate.optional() }),
  AFFILIATED_WITH: none,
  FAMILY_OF: z.strictObject({ relation: text(100).optional() }),
  ASSOCIATE_OF: none,
  COMMUNICATED_WITH: z.strictObject({ channel: text(100).optional(), firstSeen: isoDate.optional(), lastSeen: isoDate.optional(), count: count.optional() }),
  FUNDED: z.strictObject({ amount: z.number().min(0).optional(), currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code").optional() }),
  HOLDS: none,
  MADE: none,
  FROM: none,
  TO: none,
  USED: none,
  LISTED_ON: z.strictObject({ added: isoDate.optional(), reason: text(1e3).optional() }),
  LOCATED_IN: none,
  SAME_AS: z.strictObject({ score: z.number().min(0).max(1).optional(), method: text(100).optional(), decidedBy: text(200).optional(), decidedAt: isoDateTime.optional() })
};
const inSync = [true, true, true, true, true, true, true, true, true, true];
void inSync;
function cellKind(schema, key) {
  const shape = schema.shape;
  let field = shape?.[key];
  if (!field) return void 0;
  while (field.def.type === "optional" || field.def.type === "nullable") {
    field = field.unwrap();
  }
  if (field.def.type === "array") return "list";
  if (field.def.type === "number") return "number";
  return "text";
}
export {
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  cellKind,
  country,
  isCalendarDate,
  isoDate,
  isoDateTime
};
