// Agencies directory (once per request) and the agreements that concern the viewer.
import type { Context } from '../context.js';
import type { TrustedRead } from '../auth/aclFor.js';
import type { AgencyModel, AgreementModel } from './models.js';
import { AGREEMENTS_OF, ALL_AGENCIES } from './queries.js';
import { DEFAULT_GRACE_DAYS, DEFAULT_REVIEW_PERIOD_DAYS } from '../sharing/retentionTerms.js';

export async function loadAgencyDirectory(read: TrustedRead): Promise<Map<string, AgencyModel>> {
  const rows = await read(ALL_AGENCIES, { defaultPeriod: DEFAULT_REVIEW_PERIOD_DAYS, defaultGrace: DEFAULT_GRACE_DAYS });
  return new Map(
    rows.map((r) => [
      String(r.code),
      { code: String(r.code), name: String(r.name), country: String(r.country ?? ''), retention: { reviewPeriodDays: Number(r.reviewPeriodDays), reviewGraceDays: Number(r.reviewGraceDays) } },
    ]),
  );
}

export async function listAgencies(ctx: Context): Promise<AgencyModel[]> {
  return [...(await ctx.agencies()).values()];
}

export async function findAgency(ctx: Context, code: string): Promise<AgencyModel | null> {
  return (await ctx.agencies()).get(code) ?? null;
}

export async function agreementsOfViewer(ctx: Context): Promise<AgreementModel[]> {
  const rows = await ctx.trustedRead(AGREEMENTS_OF, { agency: ctx.viewer.agency });
  return rows.map((r) => ({
    from: String(r.from),
    to: String(r.to),
    upTo: r.upTo as AgreementModel['upTo'],
    hitNotification: r.hitNotification === true,
    expiresAt: r.expiresAt instanceof Date ? r.expiresAt : null,
    purpose: typeof r.purpose === 'string' ? r.purpose : null,
  }));
}
