// Agreements through the API: an agency's ADMIN grants, narrows, widens and revokes what it shares.
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { toNeoDateTime } from '../graph/temporal.js';
import { int } from '../graph/params.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { MARKINGS, markingRank, type Marking } from '../model/graphModel.js';
import type { AgreementModel } from '../agencies/models.js';
import { badInput, forbidden } from '../errors.js';
import type { AgreementChangeModel, AgreementTermsModel } from './models.js';
import { AGREEMENT_CHANGES, REVOKE_AGREEMENT, SET_AGREEMENT } from './agreementQueries.js';

export const MAX_PURPOSE = 500;

export interface AgreementInput {
  to: string;
  upTo: Marking;
  hitNotification?: boolean | null;
  expiresAt?: Date | null;
  purpose?: string | null;
}

export function requireAdmin(ctx: Context, what: string): void {
  if (ctx.viewer.role !== 'ADMIN') throw forbidden(`${what} needs the ADMIN role of your agency`);
}

/** Bad terms are refused in plain words before anything is written. */
export function checkTerms(from: string, input: AgreementInput, now = new Date()): void {
  if (!AGENCY_CODE.test(input.to)) throw badInput('`to` is not an agency code', 'to');
  if (input.to === from) throw badInput('an agency does not make an agreement with itself', 'to');
  if (!(MARKINGS as readonly string[]).includes(input.upTo)) throw badInput('`upTo` is not a marking', 'upTo');
  if (input.upTo === 'RED') throw badInput('RED is never shareable: share up to AMBER_STRICT at most', 'upTo');
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) throw badInput('`expiresAt` must be in the future', 'expiresAt');
  if (input.purpose && input.purpose.length > MAX_PURPOSE) throw badInput(`\`purpose\` is longer than ${MAX_PURPOSE} characters`, 'purpose');
}

export async function setAgreement(ctx: Context, input: AgreementInput): Promise<AgreementModel> {
  requireAdmin(ctx, 'changing an agreement');
  const from = ctx.viewer.agency;
  checkTerms(from, input);
  const rows = await ctx.executor.trustedWrite(
    SET_AGREEMENT,
    {
      from,
      to: input.to,
      upTo: input.upTo,
      upToRank: markingRank(input.upTo),
      hitNotification: input.hitNotification ?? false,
      expiresAt: input.expiresAt ? toNeoDateTime(input.expiresAt.toISOString()) : null,
      purpose: input.purpose ?? null,
      by: ctx.viewer.subject,
    },
    ctx.stats,
  );
  const row = rows[0];
  if (!row) throw badInput(`no agency ${input.to} is registered`, 'to');
  return { from, to: input.to, ...termsOf(row, '') };
}

export async function revokeAgreement(ctx: Context, to: string): Promise<boolean> {
  requireAdmin(ctx, 'revoking an agreement');
  if (!AGENCY_CODE.test(to)) throw badInput('`to` is not an agency code', 'to');
  const rows = await ctx.executor.trustedWrite(REVOKE_AGREEMENT, { from: ctx.viewer.agency, to, by: ctx.viewer.subject }, ctx.stats);
  return rows.length > 0;
}

/**
 * The agency's audited governance changes (agreements, retention terms), newest first: ADMIN only, at
 * most `first` (1..200). `cypher` returns one `change` map per row for `$agency` and `$first`.
 */
export async function governanceChanges(ctx: Context, what: string, cypher: string, first: number): Promise<Record<string, Plain>[]> {
  requireAdmin(ctx, what);
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('`first` must be between 1 and 200', 'first');
  const rows = await ctx.executor.trustedRead(cypher, { agency: ctx.viewer.agency, first: int(first) }, ctx.stats);
  return rows.map((r) => r.change as Record<string, Plain>);
}

export async function agreementChanges(ctx: Context, first: number): Promise<AgreementChangeModel[]> {
  const changes = await governanceChanges(ctx, 'reading agreement changes', AGREEMENT_CHANGES, first);
  return changes.map((c) => {
    return {
      at: c.at as Date,
      by: String(c.by),
      from: String(c.from),
      to: String(c.to),
      before: c.beforeUpTo ? termsOf(c, 'before') : null,
      after: c.afterUpTo ? termsOf(c, 'after') : null,
    };
  });
}

// Rows name the terms `upTo`, ... (an agreement) or `beforeUpTo`, ... (a recorded change).
function termsOf(row: Record<string, Plain>, prefix: '' | 'before' | 'after'): AgreementTermsModel {
  const key = (k: string) => (prefix ? `${prefix}${k[0]!.toUpperCase()}${k.slice(1)}` : k);
  const expiresAt = row[key('expiresAt')];
  const purpose = row[key('purpose')];
  return {
    upTo: row[key('upTo')] as Marking,
    hitNotification: row[key('hitNotification')] === true,
    expiresAt: expiresAt instanceof Date ? expiresAt : null,
    purpose: typeof purpose === 'string' ? purpose : null,
  };
}
