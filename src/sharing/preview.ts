// Preview before you share: what a proposed agreement would let the partner see of our records,
// judged by the ACL predicate itself under the partner's view today and under the proposed terms
// (the partner's real view with only our entry changed), never by a second implementation of the rule.
import type { Context } from '../context.js';
import { retainedSince, type AclView } from '../graph/acl.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { buildAclMap, loadAclView } from '../auth/aclFor.js';
import type { Marking } from '../model/graphModel.js';
import { badInput } from '../errors.js';
import { checkTerms, requireAdmin, type AgreementInput } from './agreements.js';
import type { AgreementPreviewModel, PreviewCountModel, PreviewRecordsModel } from './models.js';
import * as Q from './previewQueries.js';

const MAX_SAMPLE = 100;

export async function previewAgreement(ctx: Context, input: AgreementInput, sample: number): Promise<AgreementPreviewModel> {
  requireAdmin(ctx, 'previewing an agreement');
  const owner = ctx.viewer.agency;
  checkTerms(owner, input);
  if (!Number.isInteger(sample) || sample < 0 || sample > MAX_SAMPLE) throw badInput(`\`sample\` must be between 0 and ${MAX_SAMPLE}`, 'sample');
  const [terms] = await ctx.trustedRead(Q.CURRENT_TERMS, { owner, to: input.to });
  if (!terms) throw badInput(`no agency ${input.to} is registered`, 'to');
  const current = terms.terms as Record<string, Plain> | null;
  const now = await loadAclView(ctx.trustedRead, { agency: input.to, role: 'ANALYST' });
  // The proposed view: the partner's view with only our entry replaced, by the rule that builds every map.
  const after: AclView = { ...now, acl: { ...now.acl, [owner]: buildAclMap(input.to, [{ source: owner, upTo: input.upTo }])[owner]! } };
  const params = {
    owner,
    asOf: null,
    sample: int(sample),
    ...viewParams('now_', now, current?.hitNotification === true ? [owner] : []),
    ...viewParams('after_', after, input.hitNotification ? [owner] : []),
    ...viewParams('own_', await ctx.aclView(), []),
  };
  const read = (cypher: string) => ctx.trustedRead(cypher, params);
  // One after the other: they share the request's one read transaction.
  const records = await read(Q.RECORD_COUNTS);
  const links = await read(Q.LINK_COUNTS);
  const newly = await read(Q.NEWLY_VISIBLE);
  const hoods = await read(Q.NEW_IN_NEIGHBOURHOODS);
  const screening = await read(Q.SCREENING);
  const result: AgreementPreviewModel = {
    to: input.to,
    current: current ? { upTo: current.upTo as Marking, hitNotification: current.hitNotification === true, expiresAt: (current.expiresAt as Date | null) ?? null, purpose: (current.purpose as string | null) ?? null } : null,
    proposed: { upTo: input.upTo, hitNotification: input.hitNotification ?? false, expiresAt: input.expiresAt ?? null, purpose: input.purpose ?? null },
    records: records.map(toCount),
    links: links.map(toCount),
    newlyVisible: toRecords(newly[0]),
    newInNeighbourhoods: toRecords(hoods[0]),
    screening: {
      newlyScreenable: Number(screening[0]?.newlyScreenable ?? 0),
      hitNoticesNow: Number(screening[0]?.hitNoticesNow ?? 0),
      hitNoticesAfter: Number(screening[0]?.hitNoticesAfter ?? 0),
    },
  };
  ctx.audit.add([...result.newlyVisible.sample, ...result.newInNeighbourhoods.sample].map((r) => r.id));
  return result;
}

function viewParams(prefix: string, view: AclView, hitSources: string[]): Record<string, unknown> {
  return {
    [`${prefix}acl`]: view.acl,
    [`${prefix}released`]: view.released,
    [`${prefix}retractedVisibleTo`]: view.retractedVisibleTo,
    [`${prefix}retainedSince`]: retainedSince(view.hiddenAfterDays),
    [`${prefix}hitSources`]: hitSources,
  };
}

function toCount(row: Record<string, Plain>): PreviewCountModel {
  return { type: String(row.type), marking: row.marking as Marking, now: Number(row.now), after: Number(row.after) };
}

function toRecords(row: Record<string, Plain> | undefined): PreviewRecordsModel {
  const sample = ((row?.sample as Array<Record<string, Plain>> | undefined) ?? []).map((r) => ({ id: String(r.id), type: String(r.type), marking: r.marking as Marking }));
  return { count: Number(row?.count ?? 0), sample };
}
