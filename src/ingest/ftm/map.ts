// Maps FollowTheMoney entities (Aleph and OpenSanctions exports) to native records. Schemata we have
// no place for are counted, never silently dropped; FtM carries no marking, so provenance comes from
// the import options. Relationship entities usually name endpoints that appear later in the file:
// the importer defers those (see importer.ts).
import type { Marking } from '../../model/graphModel.js';
import { all, countries, dateTime, first, fullDate, number, slug, type FtmProperties } from './values.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: FtmProperties;
  datasets?: unknown;
}

export interface FtmProvenance {
  source: string;
  marking: Marking;
  reportedAt: string;
  confidence: number;
}

type Native = Record<string, unknown>;
const compact = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

export class FtmMapper {
  /** Entities of schemata with no mapping, by schema, for the final report. */
  readonly unmapped = new Map<string, number>();
  // Few per file (one per sanctions programme), so remembering them is cheap.
  private readonly watchlists = new Set<string>();

  constructor(private readonly prov: FtmProvenance) {}

  map(e: FtmEntity): Native[] {
    const handler = HANDLERS[e.schema];
    if (!handler) {
      this.unmapped.set(e.schema, (this.unmapped.get(e.schema) ?? 0) + 1);
      return [];
    }
    return handler(e, this);
  }

  provenance(e: FtmEntity): Native {
    const dataset = Array.isArray(e.datasets) && typeof e.datasets[0] === 'string' ? e.datasets[0] : undefined;
    return { ...this.prov, ...(dataset ? { sourceRef: dataset.slice(0, 200) } : {}) };
  }

  node(e: FtmEntity, type: string, properties: Native, id = e.id): Native {
    return { kind: 'node', type, id, ...this.provenance(e), properties: compact(properties) };
  }

  rel(e: FtmEntity, type: string, id: string, from: string | undefined, to: string | undefined, properties: Native = {}): Native {
    return { kind: 'relationship', type, id, from, to, ...this.provenance(e), properties: compact(properties) };
  }

  /** The Watchlist node of a sanctions programme, the first time we meet it in this import. */
  watchlist(e: FtmEntity, id: string, name: string): Native[] {
    if (this.watchlists.has(id)) return [];
    this.watchlists.add(id);
    return [this.node(e, 'Watchlist', { name, kind: 'SANCTIONS' }, id)];
  }
}

type Handler = (e: FtmEntity, m: FtmMapper) => Native[];

function person(e: FtmEntity, m: FtmMapper): Native[] {
  const p = e.properties;
  const names = all(p, 'name');
  const name = names[0] ?? ([first(p, 'firstName'), first(p, 'lastName')].filter(Boolean).join(' ') || undefined);
  const aliases = all(p, 'name', 'alias', 'weakAlias', 'previousName').filter((a) => a !== name).slice(0, 200);
  const gender = first(p, 'gender');
  return [
    m.node(e, 'Person', {
      name,
      aliases,
      birthDate: fullDate(p, 'birthDate'),
      birthPlace: first(p, 'birthPlace'),
      gender: gender && ['male', 'female', 'other'].includes(gender) ? gender : undefined,
      nationalities: countries(p, 'nationality', 'citizenship').slice(0, 20),
    }),
  ];
}

function organisation(e: FtmEntity, m: FtmMapper): Native[] {
  const p = e.properties;
  const name = first(p, 'name');
  return [
    m.node(e, 'Organisation', {
      name,
      aliases: all(p, 'name', 'alias', 'weakAlias', 'previousName').filter((a) => a !== name).slice(0, 200),
      kind: e.schema === 'Company' ? 'COMPANY' : 'OTHER',
      country: countries(p, 'jurisdiction', 'country', 'mainCountry')[0],
    }),
  ];
}

function identification(e: FtmEntity, m: FtmMapper): Native[] {
  const p = e.properties;
  const passport = e.schema === 'Passport' || /passport/i.test(first(p, 'type') ?? '');
  const doc = m.node(e, 'Document', {
    number: first(p, 'number', 'passportNumber'),
    kind: passport ? 'PASSPORT' : 'ID_CARD',
    issuingCountry: countries(p, 'country')[0],
    issuedOn: fullDate(p, 'startDate'),
    expiresOn: fullDate(p, 'endDate'),
  });
  return [doc, ...all(p, 'holder').map((holder, i) => m.rel(e, 'HOLDS', `${e.id}.holder${i ? `.${i}` : ''}`, holder, e.id))];
}

/** Membership and Directorship: a person's role in an organisation. */
const memberOf = (memberKey: string, defaultRole?: string): Handler => (e, m) => {
  const p = e.properties;
  return [
    m.rel(e, 'MEMBER_OF', e.id, first(p, memberKey), first(p, 'organization'), {
      role: first(p, 'role') ?? defaultRole,
      since: fullDate(p, 'startDate'),
      until: fullDate(p, 'endDate'),
    }),
  ];
};

const between = (type: string, fromKey: string, toKey: string, withRelation: boolean): Handler => (e, m) => {
  const p = e.properties;
  return [m.rel(e, type, e.id, first(p, fromKey), first(p, toKey), withRelation ? { relation: first(p, 'relationship') } : {})];
};

function address(e: FtmEntity, m: FtmMapper): Native[] {
  const p = e.properties;
  const name = first(p, 'full') ?? ([first(p, 'street'), first(p, 'city')].filter(Boolean).join(', ') || first(p, 'city'));
  return [
    m.node(e, 'Location', {
      name,
      kind: 'CITY',
      countryCode: countries(p, 'country')[0],
      latitude: number(p, 'latitude'),
      longitude: number(p, 'longitude'),
    }),
  ];
}

/** FtM has no travel mode: a Trip becomes a LAND leg. Its `involved` people are the travellers. */
function trip(e: FtmEntity, m: FtmMapper): Native[] {
  const p = e.properties;
  const leg = m.node(e, 'Travel', { mode: 'LAND', departedAt: dateTime(p, 'startDate', 'date'), arrivedAt: dateTime(p, 'endDate') });
  const from = first(p, 'startLocation');
  const to = first(p, 'endLocation');
  return [
    leg,
    ...(from ? [m.rel(e, 'FROM', `${e.id}.from`, e.id, from)] : []),
    ...(to ? [m.rel(e, 'TO', `${e.id}.to`, e.id, to)] : []),
    ...all(p, 'involved').map((who, i) => m.rel(e, 'MADE', `${e.id}.made${i ? `.${i}` : ''}`, who, e.id)),
  ];
}

/** A sanction is an entry on the watchlist of its authority and programme. */
function sanction(e: FtmEntity, m: FtmMapper): Native[] {
  const p = e.properties;
  const authority = first(p, 'authority');
  const program = first(p, 'program', 'programId');
  const name = [authority, program].filter(Boolean).join(': ') || 'Unspecified sanctions';
  const listId = `wl-${slug(name)}`;
  const reason = first(p, 'reason', 'summary', 'program');
  return [
    ...m.watchlist(e, listId, name.slice(0, 500)),
    m.rel(e, 'LISTED_ON', e.id, first(p, 'entity'), listId, { added: fullDate(p, 'listingDate', 'startDate'), reason: reason?.slice(0, 1000) }),
  ];
}

const HANDLERS: Record<string, Handler> = {
  Person: person,
  Organization: organisation,
  Company: organisation,
  LegalEntity: organisation,
  PublicBody: organisation,
  Passport: identification,
  Identification: identification,
  Membership: memberOf('member'),
  Directorship: memberOf('director', 'director'),
  Family: between('FAMILY_OF', 'person', 'relative', true),
  Associate: between('ASSOCIATE_OF', 'person', 'associate', false),
  Address: address,
  Trip: trip,
  Sanction: sanction,
};

export const MAPPED_SCHEMATA = Object.keys(HANDLERS);
