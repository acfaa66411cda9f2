import { all, countries, dateTime, first, fullDate, number, slug } from "./values.js";
const compact = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0 && !(Array.isArray(v) && v.length === 0)));
class FtmMapper {
  constructor(prov) {
    this.prov = prov;
  }
  prov;
  /** Entities of schemata with no mapping, by schema, for the final report. */
  unmapped = /* @__PURE__ */ new Map();
  // Few per file (one per sanctions programme), so remembering them is cheap.
  watchlists = /* @__PURE__ */ new Set();
  map(e) {
    const handler = HANDLERS[e.schema];
    if (!handler) {
      this.unmapped.set(e.schema, (this.unmapped.get(e.schema) ?? 0) + 1);
      return [];
    }
    return handler(e, this);
  }
  provenance(e) {
    const dataset = Array.isArray(e.datasets) && typeof e.datasets[0] === "string" ? e.datasets[0] : void 0;
    return { ...this.prov, ...dataset ? { sourceRef: dataset.slice(0, 200) } : {} };
  }
  node(e, type, properties, id = e.id) {
    return { kind: "node", type, id, ...this.provenance(e), properties: compact(properties) };
  }
  rel(e, type, id, from, to, properties = {}) {
    return { kind: "relationship", type, id, from, to, ...this.provenance(e), properties: compact(properties) };
  }
  /** The Watchlist node of a sanctions programme, the first time we meet it in this import. */
  watchlist(e, id, name) {
    if (this.watchlists.has(id)) return [];
    this.watchlists.add(id);
    return [this.node(e, "Watchlist", { name, kind: "SANCTIONS" }, id)];
  }
}
function person(e, m) {
  const p = e.properties;
  const names = all(p, "name");
  const name = names[0] ?? ([first(p, "firstName"), first(p, "lastName")].filter(Boolean).join(" ") || void 0);
  const aliases = all(p, "name", "alias", "weakAlias", "previousName").filter((a) => a !== name).slice(0, 200);
  const gender = first(p, "gender");
  return [
    m.node(e, "Person", {
      name,
      aliases,
      birthDate: fullDate(p, "birthDate"),
      birthPlace: first(p, "birthPlace"),
      gender: gender && ["male", "female", "other"].includes(gender) ? gender : void 0,
      nationalities: countries(p, "nationality", "citizenship").slice(0, 20)
    })
  ];
}
function organisation(e, m) {
  const p = e.properties;
  const name = first(p, "name");
  return [
    m.node(e, "Organisation", {
      name,
      aliases: all(p, "name", "alias", "weakAlias", "previousName").filter((a) => a !== name).slice(0, 200),
      kind: e.schema === "Company" ? "COMPANY" : "OTHER",
      country: countries(p, "jurisdiction", "country", "mainCountry")[0]
    })
  ];
}
function identification(e, m) {
  const p = e.properties;
  const passport = e.schema === "Passport" || /passport/i.test(first(p, "type") ?? "");
  const doc = m.node(e, "Document", {
    number: first(p, "number", "passportNumber"),
    kind: passport ? "PASSPORT" : "ID_CARD",
    issuingCountry: countries(p, "country")[0],
    issuedOn: fullDate(p, "startDate"),
    expiresOn: fullDate(p, "endDate")
  });
  return [doc, ...all(p, "holder").map((holder, i) => m.rel(e, "HOLDS", `${e.id}.holder${i ? `.${i}` : ""}`, holder, e.id))];
}
const memberOf = (memberKey, defaultRole) => (e, m) => {
  const p = e.properties;
  return [
    m.rel(e, "MEMBER_OF", e.id, first(p, memberKey), first(p, "organization"), {
      role: first(p, "role") ?? defaultRole,
      since: fullDate(p, "startDate"),
      until: fullDate(p, "endDate")
    })
  ];
};
const between = (type, fromKey, toKey, withRelation) => (e, m) => {
  const p = e.properties;
  return [m.rel(e, type, e.id, first(p, fromKey), first(p, toKey), withRelation ? { relation: first(p, "relationship") } : {})];
};
function address(e, m) {
  const p = e.properties;
  const name = first(p, "full") ?? ([first(p, "street"), first(p, "city")].filter(Boolean).join(", ") || first(p, "city"));
  return [
    m.node(e, "Location", {
      name,
      kind: "CITY",
      countryCode: countries(p, "country")[0],
      latitude: number(p, "latitude"),
      longitude: number(p, "longitude")
    })
  ];
}
function trip(e, m) {
  const p = e.properties;
  const leg = m.node(e, "Travel", { mode: "LAND", departedAt: dateTime(p, "startDate", "date"), arrivedAt: dateTime(p, "endDate") });
  const from = first(p, "startLocation");
  const to = first(p, "endLocation");
  return [
    leg,
    ...from ? [m.rel(e, "FROM", `${e.id}.from`, e.id, from)] : [],
    ...to ? [m.rel(e, "TO", `${e.id}.to`, e.id, to)] : [],
    ...all(p, "involved").map((who, i) => m.rel(e, "MADE", `${e.id}.made${i ? `.${i}` : ""}`, who, e.id))
  ];
}
function sanction(e, m) {
  const p = e.properties;
  const authority = first(p, "authority");
  const program = first(p, "program", "programId");
  const name = [authority, program].filter(Boolean).join(": ") || "Unspecified sanctions";
  const listId = `wl-${slug(name)}`;
  const reason = first(p, "reason", "summary", "program");
  return [
    ...m.watchlist(e, listId, name.slice(0, 500)),
    m.rel(e, "LISTED_ON", e.id, first(p, "entity"), listId, { added: fullDate(p, "listingDate", "startDate"), reason: reason?.slice(0, 1e3) })
  ];
}
const HANDLERS = {
  Person: person,
  Organization: organisation,
  Company: organisation,
  LegalEntity: organisation,
  PublicBody: organisation,
  Passport: identification,
  Identification: identification,
  Membership: memberOf("member"),
  Directorship: memberOf("director", "director"),
  Family: between("FAMILY_OF", "person", "relative", true),
  Associate: between("ASSOCIATE_OF", "person", "associate", false),
  Address: address,
  Trip: trip,
  Sanction: sanction
};
const MAPPED_SCHEMATA = Object.keys(HANDLERS);
export {
  FtmMapper,
  MAPPED_SCHEMATA
};
