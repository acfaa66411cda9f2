import { agreementsOfViewer, findAgency, listAgencies } from "./service.js";
const agencyOrStub = async (code, lookup) => await lookup(code) ?? { code, name: code, country: "" };
const agencyResolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.viewer,
    agencies: (_, __, ctx) => listAgencies(ctx),
    agency: (_, { code }, ctx) => findAgency(ctx, code)
  },
  Viewer: {
    agency: (v, _, ctx) => agencyOrStub(v.agency, (c) => findAgency(ctx, c)),
    sharedWithMe: async (v, _, ctx) => (await agreementsOfViewer(ctx)).filter((a) => a.to === v.agency),
    sharedByMe: async (v, _, ctx) => (await agreementsOfViewer(ctx)).filter((a) => a.from === v.agency)
  },
  SharingAgreement: {
    from: (a, _, ctx) => agencyOrStub(a.from, (c) => findAgency(ctx, c)),
    to: (a, _, ctx) => agencyOrStub(a.to, (c) => findAgency(ctx, c))
  },
  Provenance: {
    sourceAgency: (p, _, ctx) => findAgency(ctx, p.source)
  }
};
export {
  agencyResolvers
};
