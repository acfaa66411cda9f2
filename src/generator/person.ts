// One synthetic person: the Person record, passports and ID cards, phones, e-mails and messenger
// handles, and sometimes a planted duplicate: the same human reported by another agency under a
// transliterated name with a second passport (the ground truth for matching benchmarks).
import type { Agency } from './emit.js';
import { dayIn, isoDay, prov, type Emitter } from './emit.js';
import { drawName, fullName, transliterate, type Origin, type PersonName } from './names.js';
import { Rng } from './random.js';

export interface Home {
  cc: string;
  agency: Agency;
  origin: Origin;
  /** Second nationality common among this home's population (a second passport's issuer). */
  second: string;
  airports: string[];
  weight: number;
}

export const HOMES: readonly Home[] = [
  { cc: 'BE', agency: 'BE-INTEL', origin: 'maghreb', second: 'MA', airports: ['bru', 'crl'], weight: 18 },
  { cc: 'NL', agency: 'NL-INTEL', origin: 'maghreb', second: 'MA', airports: ['ams', 'ein'], weight: 14 },
  { cc: 'FR', agency: 'FR-INTEL', origin: 'maghreb', second: 'TN', airports: ['cdg', 'ory'], weight: 22 },
  { cc: 'DE', agency: 'EU-POLICE', origin: 'turkish', second: 'TR', airports: ['fra', 'txl'], weight: 8 },
  { cc: 'GB', agency: 'EU-POLICE', origin: 'european', second: 'FR', airports: ['lhr'], weight: 5 },
  { cc: 'ID', agency: 'ID-CT', origin: 'indonesian', second: 'ID', airports: ['cgk', 'sub'], weight: 14 },
  { cc: 'AU', agency: 'AU-INTEL', origin: 'maghreb', second: 'TN', airports: ['syd', 'mel'], weight: 9 },
  { cc: 'TR', agency: 'TR-INTEL', origin: 'turkish', second: 'TR', airports: ['ist', 'saw'], weight: 7 },
  { cc: 'IL', agency: 'IL-INTEL', origin: 'european', second: 'FR', airports: ['tlv'], weight: 3 },
];

export interface PersonFacts {
  id: string;
  home: Home;
  name: PersonName;
  birthDate: string;
  passport: string;
  phone: string;
}

const ids = (prefix: string, i: number) => ({
  person: `${prefix}-per-${i}`,
  doc: (k: number) => `${prefix}-doc-${i}-${k}`,
  idf: (k: number) => `${prefix}-idf-${i}-${k}`,
  rel: (abbr: string, k: number) => `${prefix}-${abbr}-${i}-${k}`,
});

function passportNumber(rng: Rng, cc: string): string {
  return `${cc}${rng.letters(2)}${rng.digits(6)}`;
}

async function documents(e: Emitter, rng: Rng, i: number, prefix: string, holder: string, cc: string, agency: Agency, first: number): Promise<string> {
  const id = ids(prefix, i);
  const issued = dayIn(rng, -5 * 365, 8 * 365);
  const passport = id.doc(first);
  await e.node('Document', passport, { number: passportNumber(rng, cc), kind: 'PASSPORT', issuingCountry: cc, issuedOn: isoDay(issued), expiresOn: isoDay(issued + 10 * 365 * 86_400_000) }, prov(rng, agency, issued));
  await e.rel('HOLDS', id.rel('hold', first), holder, passport, prov(rng, agency, issued));
  if (rng.chance(0.4)) {
    const card = id.doc(first + 1);
    await e.node('Document', card, { number: `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(2)}`, kind: 'ID_CARD', issuingCountry: cc }, prov(rng, agency));
    await e.rel('HOLDS', id.rel('hold', first + 1), holder, card, prov(rng, agency));
  }
  return passport;
}

async function identifiers(e: Emitter, rng: Rng, i: number, prefix: string, name: PersonName, agency: Agency): Promise<string> {
  const id = ids(prefix, i);
  const handle = `${name.given[0]!.toLowerCase()}${rng.digits(3)}`;
  const kinds: Array<Record<string, string>> = [{ kind: 'PHONE', value: `+${rng.int(31, 62)}${rng.digits(9)}` }];
  if (rng.chance(0.5)) kinds.push({ kind: 'EMAIL', value: `${handle}@mail.example` });
  if (rng.chance(0.5)) kinds.push({ kind: 'MESSENGER', value: `@${handle}`, platform: rng.pick(['Telegram', 'WhatsApp', 'Signal']) });
  for (const [k, props] of kinds.entries()) {
    await e.node('Identifier', id.idf(k), props, prov(rng, agency));
    await e.rel('HOLDS', id.rel('hold', 10 + k), id.person, id.idf(k), prov(rng, agency));
  }
  return id.idf(0);
}

const drawHome = (rng: Rng): Home => rng.weighted(HOMES.map((h) => [h, h.weight] as const));

/**
 * Person i's home, without generating the person: it is the first draw of the person's generator
 * (world.ts seeds it with (seed, i, 1)). Links name other agencies' people by global id
 * (`<AGENCY>:<id>`), so whoever links to person i needs its reporting agency.
 */
export function homeOf(seed: number, i: number): Home {
  return drawHome(new Rng(seed, i, 1));
}

/** The global id of person i (reported by its home agency). */
export function personGid(seed: number, prefix: string, i: number): string {
  return `${homeOf(seed, i).agency}:${prefix}-per-${i}`;
}

export async function emitPerson(e: Emitter, rng: Rng, i: number, prefix: string): Promise<PersonFacts> {
  const home = drawHome(rng);
  const name = drawName(rng, home.origin);
  const birthDate = isoDay(Date.UTC(rng.int(1965, 2001), rng.int(0, 11), rng.int(1, 28)));
  const id = ids(prefix, i).person;
  const nationalities = rng.chance(0.3) && home.second !== home.cc ? [home.cc, home.second] : [home.cc];
  await e.node('Person', id, { name: fullName(name), birthDate, gender: name.gender, nationalities, ...(rng.chance(0.15) ? { aliases: [`Abu ${name.given[0]}`] } : {}) }, prov(rng, home.agency));
  const passport = await documents(e, rng, i, prefix, id, home.cc, home.agency, 0);
  const phone = await identifiers(e, rng, i, prefix, name, home.agency);
  return { id, home, name, birthDate, passport, phone };
}

/** Day and month swapped when that is still a date: the classic clerical slip between formats. */
function slipped(rng: Rng, birthDate: string): string {
  const [y, m, d] = birthDate.split('-');
  return rng.chance(0.3) && Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : birthDate;
}

/** The planted duplicate: another agency's record of the same human. Returns its id. */
export async function emitDuplicate(e: Emitter, rng: Rng, i: number, prefix: string, p: PersonFacts, reporter: Agency): Promise<string> {
  const id = `${p.id}-d`;
  await e.node('Person', id, { name: transliterate(rng, p.name), birthDate: slipped(rng, p.birthDate), gender: p.name.gender, nationalities: [p.home.second] }, prov(rng, reporter));
  // A second passport (another issuer, another number): what lets one human cross twice.
  await documents(e, rng, i, prefix, id, p.home.second, reporter, 5);
  // The phone is the person's home agency's record: named by its global id.
  if (rng.chance(0.5)) await e.rel('HOLDS', ids(prefix, i).rel('hold', 20), id, `${p.home.agency}:${p.phone}`, prov(rng, reporter));
  return id;
}
