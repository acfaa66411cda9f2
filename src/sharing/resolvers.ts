// Thin resolvers for sharing governance: agreements, access requests and releases.
import type { Resolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { agencyOf } from '../agencies/resolvers.js';
import { agreementChanges, revokeAgreement, setAgreement } from './agreements.js';
import { previewAgreement } from './preview.js';
import { erase, retract, tombstones, unretract } from './retraction.js';
import { isReviewDue, reconfirm, retentionChanges, reviewDue, setRetention, termsOf } from './retention.js';
import { declineAccess, listRequests, releaseById, releaseNoteFor, releaseRecord, requestAccess, revokeRelease } from './releases.js';


export const sharingResolvers: Resolvers = {
  Query: {
    agreementChanges: (_, { first }, ctx) => agreementChanges(ctx, first ?? 50),
    previewAgreement: (_, { input, sample }, ctx) => previewAgreement(ctx, input, sample ?? 20),
    accessRequests: (_, { status, first }, ctx) => listRequests(ctx, 'TO', status ?? null, first ?? 50),
    myAccessRequests: (_, { first }, ctx) => listRequests(ctx, 'BY', null, first ?? 50),
    tombstones: (_, { first }, ctx) => tombstones(ctx, first ?? 50),
    reviewDue: (_, { first, after }, ctx) => reviewDue(ctx, first, after),
    retentionChanges: (_, { first }, ctx) => retentionChanges(ctx, first ?? 50),
  },
  Mutation: {
    setAgreement: (_, { input }, ctx) => setAgreement(ctx, input),
    revokeAgreement: (_, { to }, ctx) => revokeAgreement(ctx, to),
    requestAccess: (_, { agency, reference, reason }, ctx) => requestAccess(ctx, agency, reference, reason),
    releaseRecord: (_, a, ctx) => releaseRecord(ctx, { ...a, withContext: a.withContext ?? false }),
    declineAccess: (_, { requestId, reason }, ctx) => declineAccess(ctx, requestId, reason),
    revokeRelease: (_, { id }, ctx) => revokeRelease(ctx, id),
    retract: (_, { ids, reason, dryRun }, ctx) => retract(ctx, ids, reason, dryRun ?? false),
    unretract: (_, { ids, dryRun }, ctx) => unretract(ctx, ids, dryRun ?? false),
    erase: (_, { ids, reason, dryRun }, ctx) => erase(ctx, ids, reason, dryRun ?? false),
    setRetention: (_, terms, ctx) => setRetention(ctx, terms),
    reconfirm: (_, { ids, dryRun }, ctx) => reconfirm(ctx, ids, dryRun ?? false),
  },
  RetentionChange: {
    agency: (c, _, ctx) => agencyOf(ctx, c.agency),
  },
  Agency: {
    reviewPeriodDays: async (a, _, ctx) => (a.retention ?? (await termsOf(ctx, a.code))).reviewPeriodDays,
    reviewGraceDays: async (a, _, ctx) => (a.retention ?? (await termsOf(ctx, a.code))).reviewGraceDays,
  },
  AgreementChange: {
    from: (c, _, ctx) => agencyOf(ctx, c.from),
    to: (c, _, ctx) => agencyOf(ctx, c.to),
  },
  AgreementPreview: {
    to: (p, _, ctx) => agencyOf(ctx, p.to),
  },
  AccessRequest: {
    requester: (q, _, ctx) => agencyOf(ctx, q.requester),
    holder: (q, _, ctx) => agencyOf(ctx, q.holder),
    release: (q, _, ctx) => releaseById(ctx, q.releaseId),
  },
  Release: {
    holder: (r, _, ctx) => agencyOf(ctx, r.holder),
    agency: (r, _, ctx) => agencyOf(ctx, r.agency),
  },
  ReleaseNote: {
    holder: (r, _, ctx) => agencyOf(ctx, r.holder),
  },
  Provenance: {
    release: (p, _, ctx) => releaseNoteFor(ctx, p.recordId, p.source),
    reviewedAt: (p) => p.reviewedAt,
    reviewDue: (p, _, ctx) => isReviewDue(ctx, p.source, p.reviewedAt),
  },
};
