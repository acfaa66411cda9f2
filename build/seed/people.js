import { MARKINGS } from "../src/model/graphModel.js";
import { SHORT } from "./agencies.js";
import { emailAddress, idCardNumber, messengerHandle, messy, passportNumber, phoneNumber } from "./identity.js";
import { nameSkeleton, personName } from "./names.js";
import { addDays, day, plusYears } from "./random.js";
function looser(b, m) {
  const i = MARKINGS.indexOf(m);
  return b.rng.chance(0.45) && i > 0 && m !== "RED" ? MARKINGS[i - 1] : m;
}
function distinctName(b, req) {
  let name = personName(b.rng, req);
  for (let i = 0; i < 8 && b.nameKeys.has(nameSkeleton(name.name)); i++) name = personName(b.rng, req);
  return name;
}
function splitName(name) {
  const [given = name, ...rest] = name.split(" ");
  return [given, rest.join(" ")];
}
function birthDateFor(b, spec) {
  if (spec.birthDate) return spec.birthDate;
  const [lo, hi] = spec.birthYears ?? [1984, 1998];
  return day(b.rng.dateBetween(`${lo}-01-01`, `${hi}-12-31`));
}
function createPerson(b, spec) {
  const rng = b.rng;
  const short = SHORT[spec.agency];
  const id = spec.id ?? b.nextId(`per-${short}`);
  const gender = spec.gender ?? (rng.chance(0.84) ? "male" : "female");
  const generated = distinctName(b, { origin: spec.origin, style: short, gender, country: spec.residence, family: spec.family });
  const name = spec.fixedName?.name ?? generated.name;
  b.nameKeys.add(nameSkeleton(name));
  const aliases = spec.fixedName ? spec.fixedName.aliases ?? [] : generated.aliases;
  const birthDate = birthDateFor(b, spec);
  const marking = spec.marking ?? b.mark(spec.mix ?? "person");
  b.node("Person", id, {
    name,
    aliases: aliases.length > 0 ? aliases : void 0,
    birthDate,
    birthPlace: spec.birthPlace,
    gender,
    nationalities: spec.nationalities
  }, { source: spec.agency, marking, at: spec.noticedAt, lag: [5, 150], confidence: spec.confidence ?? rng.float(0.6, 0.98) });
  const [given, family] = spec.fixedName ? splitName(spec.fixedName.name) : [generated.given, generated.family];
  const ref = {
    id,
    agency: spec.agency,
    name,
    given,
    family,
    gender,
    birthDate,
    nationality: spec.nationalities[0] ?? spec.residence,
    nationalities: [...spec.nationalities],
    residence: spec.residence,
    marking,
    noticedAt: spec.noticedAt,
    activeFrom: spec.activeFrom && spec.activeFrom < spec.noticedAt ? spec.activeFrom : spec.noticedAt,
    aliases
  };
  addDocuments(b, ref, spec);
  addIdentifiers(b, ref);
  return ref;
}
function addDocuments(b, p, spec) {
  const rng = b.rng;
  if (spec.passport !== null && (spec.passport !== void 0 || rng.chance(0.92))) {
    p.passport = addDocument(b, p, "PASSPORT", p.nationality, spec.passport);
  }
  const card = idCardNumber(rng, p.nationality);
  if (card && rng.chance(spec.idCardChance ?? 0.3)) addDocument(b, p, "ID_CARD", p.nationality, card);
}
const VALIDITY_YEARS = { BE: 7, ID: 5, TR: 10 };
function addDocument(b, p, kind, cc, fixed, issued) {
  const rng = b.rng;
  const canonical = fixed ?? (kind === "PASSPORT" ? passportNumber(rng, cc) : idCardNumber(rng, cc) ?? passportNumber(rng, cc));
  const number = !fixed && rng.chance(0.2) ? messy(rng, canonical) : canonical;
  const adult = `${plusYears(p.birthDate, 16)}T00:00:00.000Z`;
  const latest = addDays(p.activeFrom, -30);
  const earliest = Date.parse(adult) < Date.parse(addDays(latest, -2500)) ? addDays(latest, -2500) : adult;
  const issuedOn = issued ?? day(Date.parse(earliest) < Date.parse(latest) ? rng.dateBetween(earliest, latest) : latest);
  const years = VALIDITY_YEARS[cc] ?? 10;
  const expiresOn = plusYears(issuedOn, years);
  const id = b.nextId(`doc-${SHORT[p.agency]}`);
  const marking = looser(b, p.marking);
  const known = `${issuedOn}T12:00:00.000Z` > p.noticedAt ? `${issuedOn}T12:00:00.000Z` : p.noticedAt;
  const prov = { source: p.agency, marking, at: known, lag: [5, 150], confidence: rng.float(0.8, 1) };
  b.node("Document", id, { number, kind, issuingCountry: cc, issuedOn, expiresOn }, prov);
  b.rel("HOLDS", p.id, id, {}, { ...prov, validFrom: `${issuedOn}T00:00:00.000Z`, validTo: `${expiresOn}T00:00:00.000Z` });
  return id;
}
function addIdentifiers(b, p) {
  const rng = b.rng;
  if (rng.chance(0.86)) p.phone = addIdentifier(b, p, { kind: "PHONE", value: phoneNumber(rng, p.residence) });
  if (rng.chance(0.35)) addIdentifier(b, p, { kind: "EMAIL", value: emailAddress(rng, p.given, p.family) });
  const modern = p.noticedAt >= "2014-06";
  if (rng.chance(modern ? 0.5 : 0.25)) addIdentifier(b, p, { kind: "MESSENGER", ...messengerHandle(rng, p.given, p.aliases[0]) });
}
function addIdentifier(b, p, props) {
  const id = b.nextId(`idf-${SHORT[p.agency]}`);
  const marking = looser(b, p.marking);
  const at = p.noticedAt;
  b.node("Identifier", id, props, { source: p.agency, marking, at, lag: [2, 90], confidence: b.rng.float(0.7, 1) });
  holdIdentifier(b, p, id, marking, at);
  return id;
}
function holdIdentifier(b, p, identifierId, marking, seenAt) {
  const firstSeen = addDays(seenAt, -b.rng.int(10, 400));
  return b.rel("HOLDS", p.id, identifierId, {}, {
    source: p.agency,
    marking,
    at: seenAt,
    lag: [2, 90],
    validFrom: firstSeen,
    confidence: b.rng.float(0.55, 0.98)
  });
}
export {
  addDocument,
  addIdentifier,
  createPerson,
  holdIdentifier
};
