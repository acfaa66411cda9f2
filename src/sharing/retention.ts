// Retention review: each agency's review period and grace period, its records due for review, and
// re-confirmation. Hiding overdue records from other agencies is the ACL predicate's job (graph/acl.ts);
// this module only changes the terms and the records' `reviewedAt`.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { toNeoDateTime } from '../graph/temporal.js';
import { ID_PATTERN } from '../model/graphModel.js';
import { badInput, forbidden } from '../errors.js';
import { parseKeysetPage, toKeysetConnection } from '../connections/paging.js';
import { toEntity } from '../records/mapRecord.js';
import { governanceChanges, requireAdmin } from './agreements.js';
import { checkRetention, DEFAULT_GRACE_DAYS, DEFAULT_REVIEW_PERIOD_DAYS, type RetentionTerms } from './retentionTerms.js';
import type { RetentionChangeModel, ReviewDueConnectionModel } from './models.js';
import * as Q from './retentionQueries.js';

const MAX_IDS = 1000;
const DAY_MS = 86_400_000;

function requireReviewer(ctx: Context, what: string): void {
  if (ctx.viewer.role !== 'ADMIN' && ctx.viewer.role !== 'ANALYST') throw forbidden(`${what} needs the ANALYST or ADMIN role of your agency`);
}

export async function setRetention(ctx: Context, input: RetentionTerms): Promise<RetentionTerms> {
  requireAdmin(ctx, 'changing the retention terms');
  const terms = checkRetention(input);
  const params = { agency: ctx.viewer.agency, by: ctx.viewer.subject, period: int(terms.reviewPeriodDays), grace: int(terms.reviewGraceDays), defaultPeriod: int(DEFAULT_REVIEW_PERIOD_DAYS), defaultGrace: int(DEFAULT_GRACE_DAYS) };
  const [row] = await ctx.executor.trustedWrite(Q.SET_RETENTION, params, ctx.stats);
  if (!row) throw forbidden(`agency ${ctx.viewer.agency} is not registered`);
  return { reviewPeriodDays: Number(row.reviewPeriodDays), reviewGraceDays: Number(row.reviewGraceDays) };
}

export async function retentionChanges(ctx: Context, first: number): Promise<RetentionChangeModel[]> {
  const changes = await governanceChanges(ctx, 'reading retention changes', Q.RETENTION_CHANGES, first);
  return changes.map((c) => {
    return {
      at: c.at as Date,
      by: String(c.by),
      agency: String(c.agency),
      before: { reviewPeriodDays: Number(c.beforeReviewPeriodDays), reviewGraceDays: Number(c.beforeReviewGraceDays) },
      after: { reviewPeriodDays: Number(c.afterReviewPeriodDays), reviewGraceDays: Number(c.afterReviewGraceDays) },
    };
  });
}

/** The terms of an agency (defaults when it never set any); unknown agencies get the defaults too. */
export async function termsOf(ctx: Context, agency: string): Promise<RetentionTerms> {
  const a = (await ctx.agencies()).get(agency);
  return a?.retention ?? { reviewPeriodDays: DEFAULT_REVIEW_PERIOD_DAYS, reviewGraceDays: DEFAULT_GRACE_DAYS };
}

/** True when the owner's last review is older than the owner's review period. */
export async function isReviewDue(ctx: Context, source: string, reviewedAt: Date | null, now = Date.now()): Promise<boolean> {
  if (reviewedAt === null) return false;
  return reviewedAt.getTime() < now - (await termsOf(ctx, source)).reviewPeriodDays * DAY_MS;
}

/** The viewer's own records due for review, by id, keyset-paginated. */
export async function reviewDue(ctx: Context, first: number | null | undefined, after: string | null | undefined): Promise<ReviewDueConnectionModel> {
  requireReviewer(ctx, 'listing records due for review');
  const page = parseKeysetPage(first, after);
  const terms = await termsOf(ctx, ctx.viewer.agency);
  const now = Date.now();
  const dueBefore = new Date(now - terms.reviewPeriodDays * DAY_MS);
  const rows = await ctx.graph.read(Q.DUE_FOR_REVIEW, {
    agency: ctx.viewer.agency,
    dueBefore: toNeoDateTime(dueBefore.toISOString()),
    after: page.afterId ?? '',
    first: int(page.first),
  });
  const items = ((rows[0]?.page as Plain[] | undefined) ?? []).map((n) => ({ node: toEntity(n) }));
  const connection = toKeysetConnection(items, Number(rows[0]?.total ?? 0), page);
  ctx.audit.add(connection.edges.map((e) => e.node.id));
  return {
    ...connection,
    edges: connection.edges.map((e) => {
      const reviewedAt = e.node.provenance.reviewedAt ?? new Date(0);
      return {
        cursor: e.cursor,
        node: e.node,
        reviewedAt,
        dueAt: new Date(reviewedAt.getTime() + terms.reviewPeriodDays * DAY_MS),
        hiddenFromOthersAt: new Date(reviewedAt.getTime() + (terms.reviewPeriodDays + terms.reviewGraceDays) * DAY_MS),
      };
    }),
  };
}

/** Re-confirms the viewer's own records (and its links touching them); returns the ids re-confirmed. */
export async function reconfirm(ctx: Context, ids: readonly string[], dryRun = false): Promise<string[]> {
  requireReviewer(ctx, 're-confirming records');
  if (ids.length === 0 || ids.length > MAX_IDS) throw badInput(`\`ids\` must hold 1..${MAX_IDS} record ids`, 'ids');
  if (ids.some((id) => !ID_PATTERN.test(id))) throw badInput('`ids` holds something that is not a record id', 'ids');
  const params = { ids: [...new Set(ids)], agency: ctx.viewer.agency, by: ctx.viewer.subject };
  const [row] = dryRun ? await ctx.graph.read(Q.RECONFIRMABLE, params) : await ctx.graph.write(Q.RECONFIRM, params);
  const done = ((row?.done as string[] | undefined) ?? []).sort();
  ctx.audit.add(done);
  return done;
}
