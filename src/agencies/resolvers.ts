// Thin resolvers for the viewer, agencies and agreements.
import type { Resolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { agreementsOfViewer, findAgency, listAgencies } from './service.js';

// An agency code we cannot resolve still shows as its code, so a record never loses its source.
const agencyOrStub = async (code: string, lookup: (c: string) => Promise<{ code: string; name: string; country: string } | null>) =>
  (await lookup(code)) ?? { code, name: code, country: '' };

/** The agency of a code, for resolvers of other capabilities (a stub when unknown). */
export const agencyOf = (ctx: Context, code: string) => agencyOrStub(code, (c) => findAgency(ctx, c));

export const agencyResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.viewer,
    agencies: (_, __, ctx) => listAgencies(ctx),
    agency: (_, { code }, ctx) => findAgency(ctx, code),
  },
  Viewer: {
    agency: (v, _, ctx) => agencyOrStub(v.agency, (c) => findAgency(ctx, c)),
    sharedWithMe: async (v, _, ctx) => (await agreementsOfViewer(ctx)).filter((a) => a.to === v.agency),
    sharedByMe: async (v, _, ctx) => (await agreementsOfViewer(ctx)).filter((a) => a.from === v.agency),
  },
  SharingAgreement: {
    from: (a, _, ctx) => agencyOrStub(a.from, (c) => findAgency(ctx, c)),
    to: (a, _, ctx) => agencyOrStub(a.to, (c) => findAgency(ctx, c)),
  },
  Provenance: {
    sourceAgency: (p, _, ctx) => findAgency(ctx, p.source),
  },
};
