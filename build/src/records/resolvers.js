import { labelOf } from "./label.js";
import { findNode, findNodes, findTyped, listByType, related, relatedOne } from "./service.js";
import { viewOf } from "./view.js";
const ageDays = (reportedAt) => Math.max(0, Math.floor((Date.now() - reportedAt.getTime()) / 864e5));
const prop = (name) => (e) => e.props[name] ?? null;
const list = (name) => (e) => Array.isArray(e.props[name]) ? e.props[name] : [];
const connection = (name) => (e, args, ctx) => related(ctx, e, name, args);
const one = (name) => (e, _args, ctx) => relatedOne(ctx, e, name);
const common = {
  id: (e) => e.id,
  type: (e) => e.type,
  label: (e) => labelOf(e),
  provenance: (e) => e.provenance
};
const typed = (type) => (_, args, ctx) => findTyped(ctx, type, args.id, viewOf(args.asOf));
const recordResolvers = {
  Query: {
    node: (_, { id, asOf }, ctx) => findNode(ctx, id, viewOf(asOf)),
    nodes: (_, { ids, asOf }, ctx) => findNodes(ctx, ids, viewOf(asOf)),
    person: typed("Person"),
    organisation: typed("Organisation"),
    location: typed("Location"),
    document: typed("Document"),
    identifier: typed("Identifier"),
    travel: typed("Travel"),
    watchlist: typed("Watchlist"),
    people: (_, args, ctx) => listByType(ctx, "Person", args),
    organisations: (_, args, ctx) => listByType(ctx, "Organisation", args),
    watchlists: (_, args, ctx) => listByType(ctx, "Watchlist", args)
  },
  Node: { __resolveType: (e) => e.type },
  Person: {
    ...common,
    name: prop("name"),
    aliases: list("aliases"),
    birthDate: prop("birthDate"),
    birthPlace: prop("birthPlace"),
    gender: prop("gender"),
    nationalities: list("nationalities"),
    documents: connection("Person.documents"),
    identifiers: connection("Person.identifiers"),
    memberships: connection("Person.memberships"),
    recruitedBy: connection("Person.recruitedBy"),
    recruits: connection("Person.recruits"),
    associates: connection("Person.associates"),
    family: connection("Person.family"),
    contacts: connection("Person.contacts"),
    travels: connection("Person.travels"),
    watchlistEntries: connection("Person.watchlistEntries"),
    sameAs: connection("Person.sameAs")
  },
  Organisation: {
    ...common,
    name: prop("name"),
    aliases: list("aliases"),
    kind: prop("kind"),
    country: prop("country"),
    members: connection("Organisation.members"),
    affiliates: connection("Organisation.affiliates"),
    watchlistEntries: connection("Organisation.watchlistEntries")
  },
  Location: {
    ...common,
    name: prop("name"),
    kind: prop("kind"),
    countryCode: prop("countryCode"),
    iata: prop("iata"),
    latitude: prop("latitude"),
    longitude: prop("longitude"),
    within: connection("Location.within"),
    contains: connection("Location.contains")
  },
  Document: {
    ...common,
    number: prop("number"),
    kind: prop("kind"),
    issuingCountry: prop("issuingCountry"),
    issuedOn: prop("issuedOn"),
    expiresOn: prop("expiresOn"),
    holders: connection("Document.holders"),
    usedOn: connection("Document.usedOn")
  },
  Identifier: {
    ...common,
    kind: prop("kind"),
    value: prop("value"),
    platform: prop("platform"),
    holders: connection("Identifier.holders")
  },
  Travel: {
    ...common,
    mode: prop("mode"),
    departedAt: prop("departedAt"),
    arrivedAt: prop("arrivedAt"),
    carrier: prop("carrier"),
    flightNumber: prop("flightNumber"),
    traveller: one("Travel.traveller"),
    from: one("Travel.from"),
    to: one("Travel.to"),
    documentUsed: one("Travel.documentUsed")
  },
  Watchlist: {
    ...common,
    name: prop("name"),
    kind: prop("kind"),
    entries: connection("Watchlist.entries")
  },
  Link: {
    properties: (l) => l.props
  },
  Provenance: {
    ageDays: (p) => ageDays(p.reportedAt),
    stale: (p, _, ctx) => ageDays(p.reportedAt) > ctx.settings.staleAfterDays
  }
};
export {
  recordResolvers
};
