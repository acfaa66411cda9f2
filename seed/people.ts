// One person record plus what they hold: passport, ID card, phone, e-mail, messenger handle.
import { MARKINGS, type Marking } from '../src/model/graphModel.js';
import type { DocumentProperties, IdentifierProperties } from '../src/model/properties.js';
import { SHORT, type AgencyCode } from './agencies.js';
import type { MarkingMix, WorldBuilder } from './builder.js';
import { emailAddress, idCardNumber, messengerHandle, messy, passportNumber, phoneNumber } from './identity.js';
import { nameSkeleton, personName, type Gender, type NameRequest, type Origin, type PersonName } from './names.js';
import { addDays, day, plusYears } from './random.js';

export interface PersonSpec {
  agency: AgencyCode;
  origin: Origin;
  nationalities: string[];
  /** Country of residence: phone prefix and kunya nisba. */
  residence: string;
  /** When the reporting agency first noticed the person; drives reportedAt. */
  noticedAt: string;
  /** When the person became active (joined, first travelled); documents predate it. */
  activeFrom?: string;
  mix?: MarkingMix;
  marking?: Marking;
  gender?: Gender;
  birthYears?: [number, number];
  birthDate?: string;
  birthPlace?: string;
  id?: string;
  fixedName?: { name: string; aliases?: string[] };
  /** Shared family name, for siblings and cousins. */
  family?: string;
  /** A fixed passport number, or null for none. */
  passport?: string | null;
  idCardChance?: number;
  confidence?: number;
}

export interface PersonRef {
  id: string;
  agency: AgencyCode;
  name: string;
  given: string;
  family: string;
  gender: Gender;
  birthDate: string;
  nationality: string;
  nationalities: string[];
  residence: string;
  marking: Marking;
  noticedAt: string;
  activeFrom: string;
  aliases: string[];
  passport?: string;
  phone?: string;
}

/** Documents and identifiers are often shared more widely than the person record itself. */
function looser(b: WorldBuilder, m: Marking): Marking {
  const i = MARKINGS.indexOf(m);
  return b.rng.chance(0.45) && i > 0 && m !== 'RED' ? (MARKINGS[i - 1] as Marking) : m;
}

/** A few retries keep accidental homonyms rare; the deliberate duplicates are scripted. */
function distinctName(b: WorldBuilder, req: NameRequest): PersonName {
  let name = personName(b.rng, req);
  for (let i = 0; i < 8 && b.nameKeys.has(nameSkeleton(name.name)); i++) name = personName(b.rng, req);
  return name;
}

function splitName(name: string): [string, string] {
  const [given = name, ...rest] = name.split(' ');
  return [given, rest.join(' ')];
}

function birthDateFor(b: WorldBuilder, spec: PersonSpec): string {
  if (spec.birthDate) return spec.birthDate;
  const [lo, hi] = spec.birthYears ?? [1984, 1998];
  return day(b.rng.dateBetween(`${lo}-01-01`, `${hi}-12-31`));
}

export function createPerson(b: WorldBuilder, spec: PersonSpec): PersonRef {
  const rng = b.rng;
  const short = SHORT[spec.agency];
  const id = spec.id ?? b.nextId(`per-${short}`);
  const gender = spec.gender ?? (rng.chance(0.84) ? 'male' : 'female');
  const generated = distinctName(b, { origin: spec.origin, style: short, gender, country: spec.residence, family: spec.family });
  const name = spec.fixedName?.name ?? generated.name;
  b.nameKeys.add(nameSkeleton(name));
  const aliases = spec.fixedName ? (spec.fixedName.aliases ?? []) : generated.aliases;
  const birthDate = birthDateFor(b, spec);
  const marking = spec.marking ?? b.mark(spec.mix ?? 'person');
  b.node('Person', id, {
    name, aliases: aliases.length > 0 ? aliases : undefined, birthDate, birthPlace: spec.birthPlace,
    gender, nationalities: spec.nationalities,
  }, { source: spec.agency, marking, at: spec.noticedAt, lag: [5, 150], confidence: spec.confidence ?? rng.float(0.6, 0.98) });
  const [given, family] = spec.fixedName ? splitName(spec.fixedName.name) : [generated.given, generated.family];
  const ref: PersonRef = {
    id, agency: spec.agency, name, given, family, gender, birthDate,
    nationality: spec.nationalities[0] ?? spec.residence, nationalities: [...spec.nationalities], residence: spec.residence, marking, noticedAt: spec.noticedAt,
    activeFrom: spec.activeFrom && spec.activeFrom < spec.noticedAt ? spec.activeFrom : spec.noticedAt, aliases,
  };
  addDocuments(b, ref, spec);
  addIdentifiers(b, ref);
  return ref;
}

function addDocuments(b: WorldBuilder, p: PersonRef, spec: PersonSpec): void {
  const rng = b.rng;
  if (spec.passport !== null && (spec.passport !== undefined || rng.chance(0.92))) {
    p.passport = addDocument(b, p, 'PASSPORT', p.nationality, spec.passport);
  }
  const card = idCardNumber(rng, p.nationality);
  if (card && rng.chance(spec.idCardChance ?? 0.3)) addDocument(b, p, 'ID_CARD', p.nationality, card);
}

const VALIDITY_YEARS: Record<string, number> = { BE: 7, ID: 5, TR: 10 };

/** Adds a document issued before the person came to notice, held by them; returns its id. */
export function addDocument(b: WorldBuilder, p: PersonRef, kind: DocumentProperties['kind'], cc: string, fixed?: string, issued?: string): string {
  const rng = b.rng;
  const canonical = fixed ?? (kind === 'PASSPORT' ? passportNumber(rng, cc) : (idCardNumber(rng, cc) ?? passportNumber(rng, cc)));
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
  const prov = { source: p.agency, marking, at: known, lag: [5, 150] as [number, number], confidence: rng.float(0.8, 1) };
  b.node('Document', id, { number, kind, issuingCountry: cc, issuedOn, expiresOn }, prov);
  b.rel('HOLDS', p.id, id, {}, { ...prov, validFrom: `${issuedOn}T00:00:00.000Z`, validTo: `${expiresOn}T00:00:00.000Z` });
  return id;
}

function addIdentifiers(b: WorldBuilder, p: PersonRef): void {
  const rng = b.rng;
  if (rng.chance(0.86)) p.phone = addIdentifier(b, p, { kind: 'PHONE', value: phoneNumber(rng, p.residence) });
  if (rng.chance(0.35)) addIdentifier(b, p, { kind: 'EMAIL', value: emailAddress(rng, p.given, p.family) });
  const modern = p.noticedAt >= '2014-06';
  if (rng.chance(modern ? 0.5 : 0.25)) addIdentifier(b, p, { kind: 'MESSENGER', ...messengerHandle(rng, p.given, p.aliases[0]) });
}

/** New identifier held by `p`; returns its id so others can be made to hold it too (burners). */
export function addIdentifier(b: WorldBuilder, p: PersonRef, props: IdentifierProperties): string {
  const id = b.nextId(`idf-${SHORT[p.agency]}`);
  const marking = looser(b, p.marking);
  const at = p.noticedAt;
  b.node('Identifier', id, props, { source: p.agency, marking, at, lag: [2, 90], confidence: b.rng.float(0.7, 1) });
  holdIdentifier(b, p, id, marking, at);
  return id;
}

export function holdIdentifier(b: WorldBuilder, p: PersonRef, identifierId: string, marking: Marking, seenAt: string): string {
  const firstSeen = addDays(seenAt, -b.rng.int(10, 400));
  return b.rel('HOLDS', p.id, identifierId, {}, {
    source: p.agency, marking, at: seenAt, lag: [2, 90], validFrom: firstSeen, confidence: b.rng.float(0.55, 0.98),
  });
}
