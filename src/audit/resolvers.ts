// The audit an agency can question: who read its records, and which of its users' operations were refused.
import type { Resolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { agencyOf } from '../agencies/resolvers.js';
import { badInput, forbidden, skeinError, ErrorCode } from '../errors.js';
import { decodeAuditCursor, type AuditQuery } from './store.js';
import { AuditIndexUnavailable } from './indexThread.js';

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

// The index answers from its own thread; if that thread is gone the log is still whole, only unqueried.
async function fromIndex<T>(ask: Promise<T>): Promise<T> {
  try {
    return await ask;
  } catch (err) {
    if (err instanceof AuditIndexUnavailable) throw skeinError(ErrorCode.SERVICE_UNAVAILABLE, 'the audit index is unavailable on this server; the audit log itself is kept');
    throw err;
  }
}

export const auditResolvers: Resolvers = {
  Query: {
    auditReads: async (_, { recordId, ...args }, ctx) => {
      const q = auditQuery(ctx, 'auditReads', args);
      const page = await fromIndex(ctx.settings.auditStore!.reads({ ...q, recordId: recordId ?? null }));
      return { reads: page.items, cursor: page.cursor, hasMore: page.hasMore };
    },
    auditRefusals: async (_, args, ctx) => {
      const q = auditQuery(ctx, 'auditRefusals', args);
      const page = await fromIndex(ctx.settings.auditStore!.refusals(q));
      return { refusals: page.items, cursor: page.cursor, hasMore: page.hasMore };
    },
  },
  AuditRead: {
    agency: (r, _, ctx) => agencyOf(ctx, r.agency),
  },
};
