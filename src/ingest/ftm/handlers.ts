// One handler per FtM schema we can store: which records an entity becomes. Each reads its properties
// through the PropertyReader, so whatever it does not store is counted as dropped (map.ts).
import type { FtmEntity, FtmMapper, Native } from './map.js';
import { derivedId, slug, type PropertyReader } from './values.js';

export type Handler = (e: FtmEntity, p: PropertyReader, m: FtmMapper) => Native[];

const GENDERS = ['male', 'female', 'other'];

/** Numbers and contacts carried on the person itself (OpenSanctions does this far more than Passport entities). */
function heldByPerson(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const out: Native[] = [];
  const hold = (what: string, type: 'Document' | 'Identifier', value: string, props: Native) => {
    const id = derivedId(e.id, what, value);
    out.push(m.node(e, type, props, id), m.rel(e, 'HOLDS', `${id}.holder`, e.id, id));
  };
  // The issuing country is not on the person: a passport number alone says nothing about it.
  for (const n of p.all('passportNumber')) hold('passport', 'Document', n, { number: n.slice(0, 100), kind: 'PASSPORT' });
  for (const n of p.all('idNumber')) hold('idcard', 'Document', n, { number: n.slice(0, 100), kind: 'ID_CARD' });
  for (const v of p.all('phone')) hold('phone', 'Identifier', v, { kind: 'PHONE', value: v.slice(0, 300) });
  for (const v of p.all('email')) hold('email', 'Identifier', v, { kind: 'EMAIL', value: v.slice(0, 300) });
  return out;
}

function person(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const names = p.all('name');
  const name = names[0] ?? ([p.first('firstName'), p.first('lastName')].filter(Boolean).join(' ') || undefined);
  const aliases = p.all('name', 'alias', 'weakAlias', 'previousName').filter((a) => a !== name).slice(0, 200);
  const gender = p.peek('gender');
  if (gender && GENDERS.includes(gender)) p.keep('gender');
  return [
    m.node(e, 'Person', {
      name,
      aliases,
      birthDate: p.fullDate('birthDate'),
      birthPlace: p.first('birthPlace'),
      gender: gender && GENDERS.includes(gender) ? gender : undefined,
      nationalities: p.countries('nationality', 'citizenship').slice(0, 20),
    }),
    ...heldByPerson(e, p, m),
  ];
}

function organisation(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const name = p.first('name');
  return [
    m.node(e, 'Organisation', {
      name,
      aliases: p.all('name', 'alias', 'weakAlias', 'previousName').filter((a) => a !== name).slice(0, 200),
      kind: e.schema === 'Company' ? 'COMPANY' : 'OTHER',
      country: p.countries('jurisdiction', 'country', 'mainCountry')[0],
    }),
  ];
}

function identification(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const type = p.peek('type');
  const passport = e.schema === 'Passport' || /passport/i.test(type ?? '');
  if (type) p.keep('type'); // it decided the kind
  const doc = m.node(e, 'Document', {
    number: p.first('number', 'passportNumber'),
    kind: passport ? 'PASSPORT' : 'ID_CARD',
    issuingCountry: p.countries('country')[0],
    issuedOn: p.fullDate('startDate'),
    expiresOn: p.fullDate('endDate'),
  });
  return [doc, ...p.all('holder').map((holder, i) => m.rel(e, 'HOLDS', `${e.id}.holder${i ? `.${i}` : ''}`, holder, e.id))];
}

/** Membership and Directorship: a person's role in an organisation. */
const memberOf = (memberKey: string, defaultRole?: string): Handler => (e, p, m) => [
  m.rel(e, 'MEMBER_OF', e.id, p.first(memberKey), p.first('organization'), {
    role: p.first('role') ?? defaultRole,
    since: p.fullDate('startDate'),
    until: p.fullDate('endDate'),
  }),
];

/** Family and Associate: the FtM `relationship` text ("brother", "business partner") is kept as `relation`. */
const between = (type: string, fromKey: string, toKey: string): Handler => (e, p, m) => [
  m.rel(e, type, e.id, p.first(fromKey), p.first(toKey), { relation: p.first('relationship')?.slice(0, 100) }),
];

function address(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const street = p.peek('street');
  const full = p.first('full');
  const name = full ?? ([street, p.first('city')].filter(Boolean).join(', ') || undefined);
  if (!full && street) p.keep('street');
  return [
    m.node(e, 'Location', {
      name,
      kind: 'CITY',
      countryCode: p.countries('country')[0],
      latitude: p.number('latitude'),
      longitude: p.number('longitude'),
    }),
  ];
}

/** FtM has no travel mode: a Trip becomes a LAND leg. Its `involved` people are the travellers. */
function trip(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const leg = m.node(e, 'Travel', { mode: 'LAND', departedAt: p.dateTime('startDate', 'date'), arrivedAt: p.dateTime('endDate') });
  const from = p.first('startLocation');
  const to = p.first('endLocation');
  return [
    leg,
    ...(from ? [m.rel(e, 'FROM', `${e.id}.from`, e.id, from)] : []),
    ...(to ? [m.rel(e, 'TO', `${e.id}.to`, e.id, to)] : []),
    ...p.all('involved').map((who, i) => m.rel(e, 'MADE', `${e.id}.made${i ? `.${i}` : ''}`, who, e.id)),
  ];
}

/** A sanction is an entry on the watchlist of its authority and programme. */
function sanction(e: FtmEntity, p: PropertyReader, m: FtmMapper): Native[] {
  const authority = p.first('authority');
  const program = p.first('program', 'programId');
  const name = [authority, program].filter(Boolean).join(': ') || 'Unspecified sanctions';
  const listId = `wl-${slug(name)}`;
  const reason = p.first('reason', 'summary') ?? program;
  return [
    ...m.watchlist(e, listId, name.slice(0, 500)),
    m.rel(e, 'LISTED_ON', e.id, p.first('entity'), listId, { added: p.fullDate('listingDate', 'startDate'), reason: reason?.slice(0, 1000) }),
  ];
}

export const HANDLERS: Record<string, Handler> = {
  Person: person,
  Organization: organisation,
  Company: organisation,
  LegalEntity: organisation,
  PublicBody: organisation,
  Passport: identification,
  Identification: identification,
  Membership: memberOf('member'),
  Directorship: memberOf('director', 'director'),
  Family: between('FAMILY_OF', 'person', 'relative'),
  Associate: between('ASSOCIATE_OF', 'person', 'associate'),
  Address: address,
  Trip: trip,
  Sanction: sanction,
};
