// Thin resolvers for record lookups, lists, record fields and related connections.
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import type { NodeType } from '../model/graphModel.js';
import type { EntityModel } from './models.js';
import { labelOf } from './label.js';
import { linkKey } from './mapRecord.js';
import { findNode, findNodes, findTyped, listByType, related, relatedOne } from './service.js';
import type { RelationName } from './relations.js';
import { viewOf } from './view.js';
import type { WindowInput } from '../time/window.js';

const ageDays = (reportedAt: Date) => Math.max(0, Math.floor((Date.now() - reportedAt.getTime()) / 86_400_000));

type PageArgs = { first?: number | null; after?: string | null; between?: WindowInput | null };

// Own properties as GraphQL fields; list fields never come back null.
const prop = (name: string) => (e: EntityModel) => e.props[name] ?? null;
const list = (name: string) => (e: EntityModel) => (Array.isArray(e.props[name]) ? e.props[name] : []);
const connection = (name: RelationName) => (e: EntityModel, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) => related(ctx, e, name, args, info);
const one = (name: RelationName) => (e: EntityModel, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => relatedOne(ctx, e, name, info);

const common = {
  id: (e: EntityModel) => e.id,
  type: (e: EntityModel) => e.type,
  label: (e: EntityModel) => labelOf(e),
  provenance: (e: EntityModel) => e.provenance,
};

const typed = (type: NodeType) => (_: unknown, args: { id: string; asOf?: Date | null }, ctx: Context, info: GraphQLResolveInfo) =>
  findTyped(ctx, type, args.id, viewOf(args.asOf), info);

export const recordResolvers: Resolvers = {
  Query: {
    node: (_, { id, asOf }, ctx) => findNode(ctx, id, viewOf(asOf)),
    nodes: (_, { ids, asOf }, ctx) => findNodes(ctx, ids, viewOf(asOf)),
    person: typed('Person'),
    organisation: typed('Organisation'),
    location: typed('Location'),
    document: typed('Document'),
    identifier: typed('Identifier'),
    travel: typed('Travel'),
    watchlist: typed('Watchlist'),
    people: (_, args, ctx, info) => listByType(ctx, 'Person', args, info),
    organisations: (_, args, ctx, info) => listByType(ctx, 'Organisation', args, info),
    watchlists: (_, args, ctx, info) => listByType(ctx, 'Watchlist', args, info),
  },
  Node: { __resolveType: (e) => e.type },
  Person: {
    ...common,
    name: prop('name') as (e: EntityModel) => string,
    aliases: list('aliases') as (e: EntityModel) => string[],
    birthDate: prop('birthDate') as (e: EntityModel) => string | null,
    birthPlace: prop('birthPlace') as (e: EntityModel) => string | null,
    gender: prop('gender') as (e: EntityModel) => 'female' | 'male' | 'other' | 'unknown' | null,
    nationalities: list('nationalities') as (e: EntityModel) => string[],
    documents: connection('Person.documents'),
    identifiers: connection('Person.identifiers'),
    memberships: connection('Person.memberships'),
    recruitedBy: connection('Person.recruitedBy'),
    recruits: connection('Person.recruits'),
    associates: connection('Person.associates'),
    family: connection('Person.family'),
    contacts: connection('Person.contacts'),
    travels: connection('Person.travels'),
    watchlistEntries: connection('Person.watchlistEntries'),
    sameAs: connection('Person.sameAs'),
  },
  Organisation: {
    ...common,
    name: prop('name') as (e: EntityModel) => string,
    aliases: list('aliases') as (e: EntityModel) => string[],
    kind: prop('kind') as never,
    country: prop('country') as (e: EntityModel) => string | null,
    members: connection('Organisation.members'),
    affiliates: connection('Organisation.affiliates'),
    watchlistEntries: connection('Organisation.watchlistEntries'),
  },
  Location: {
    ...common,
    name: prop('name') as (e: EntityModel) => string,
    kind: prop('kind') as never,
    countryCode: prop('countryCode') as (e: EntityModel) => string | null,
    iata: prop('iata') as (e: EntityModel) => string | null,
    latitude: prop('latitude') as (e: EntityModel) => number | null,
    longitude: prop('longitude') as (e: EntityModel) => number | null,
    within: connection('Location.within'),
    contains: connection('Location.contains'),
  },
  Document: {
    ...common,
    number: prop('number') as (e: EntityModel) => string,
    kind: prop('kind') as never,
    issuingCountry: prop('issuingCountry') as (e: EntityModel) => string | null,
    issuedOn: prop('issuedOn') as (e: EntityModel) => string | null,
    expiresOn: prop('expiresOn') as (e: EntityModel) => string | null,
    holders: connection('Document.holders'),
    usedOn: connection('Document.usedOn'),
  },
  Identifier: {
    ...common,
    kind: prop('kind') as never,
    value: prop('value') as (e: EntityModel) => string,
    platform: prop('platform') as (e: EntityModel) => string | null,
    holders: connection('Identifier.holders'),
  },
  Travel: {
    ...common,
    mode: prop('mode') as never,
    departedAt: prop('departedAt') as (e: EntityModel) => Date | null,
    arrivedAt: prop('arrivedAt') as (e: EntityModel) => Date | null,
    carrier: prop('carrier') as (e: EntityModel) => string | null,
    flightNumber: prop('flightNumber') as (e: EntityModel) => string | null,
    traveller: one('Travel.traveller'),
    from: one('Travel.from'),
    to: one('Travel.to'),
    documentUsed: one('Travel.documentUsed'),
  },
  Watchlist: {
    ...common,
    name: prop('name') as (e: EntityModel) => string,
    kind: prop('kind') as never,
    entries: connection('Watchlist.entries'),
  },
  Link: {
    id: (l) => linkKey(l),
    properties: (l) => l.props,
  },
  Provenance: {
    ageDays: (p) => ageDays(p.reportedAt),
    stale: (p, _, ctx) => ageDays(p.reportedAt) > ctx.settings.staleAfterDays,
  },
};
