// The audit an agency can question: who read its records, and which of its users' operations were refused.
import type { Resolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { agencyOf } from '../agencies/resolvers.js';
import { badInput, forbidden, skeinError, ErrorCode } from '../errors.js';
import { decodeAuditCursor, type AuditQuery } from './store.js';

const MAX_FIRST = 500;

interface Args {
  from?: Date | null;
  to?: Date | null;
  first?: number | null;
  after?: string | null;
}

function auditQuery(ctx: Context, what: string, args: Args): Omit<AuditQuery, 'recordId'> {
  if (ctx.viewer.role !== 'ADMIN') throw forbidden(`${what} needs the ADMIN role of your agency`);
  if (!ctx.settings.auditStore) throw skeinError(ErrorCode.SERVICE_UNAVAILABLE, 'the audit store is switched off on this server (SKEIN_AUDIT_INDEX=off)');
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw badInput(`first must be between 1 and ${MAX_FIRST}`, 'first');
  const from = args.from ? args.from.getTime() : 0;
  const to = args.to ? args.to.getTime() : Number.MAX_SAFE_INTEGER;
  if (from > to) throw badInput('from must not be later than to', 'from');
  let after = null;
  if (args.after != null) {
    after = decodeAuditCursor(args.after);
    if (!after) throw badInput('after is not a cursor of this list', 'after');
  }
  return { owner: ctx.viewer.agency, from, to, first, after };
}


export const auditResolvers: Resolvers = {
  Query: {
    auditReads: (_, { recordId, ...args }, ctx) => {
      const q = auditQuery(ctx, 'auditReads', args);
      const page = ctx.settings.auditStore!.reads({ ...q, recordId: recordId ?? null });
      return { reads: page.items, cursor: page.cursor, hasMore: page.hasMore };
    },
    auditRefusals: (_, args, ctx) => {
      const q = auditQuery(ctx, 'auditRefusals', args);
      const page = ctx.settings.auditStore!.refusals(q);
      return { refusals: page.items, cursor: page.cursor, hasMore: page.hasMore };
    },
  },
  AuditRead: {
    agency: (r, _, ctx) => agencyOf(ctx, r.agency),
  },
};
