// Release on request: after a hit notice, an agency asks; the holder releases one record (and its
// 1-hop context if it chooses) to that agency until a date, or declines. A release is a clause of the
// ACL predicate (`$released`, loaded per request in auth/aclFor.ts), so it expires and is revoked by
// itself on the next request, and it widens nothing else.
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { toNeoDateTime } from '../graph/temporal.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { ID_PATTERN, MARKINGS, type Marking } from '../model/graphModel.js';
import { hitReference } from '../screening/hitNotice.js';
import { localIdOf } from '../model/ids.js';
import { badInput, forbidden, skeinError, ErrorCode } from '../errors.js';
import type { AccessRequestModel, AccessRequestStatus, ReleaseModel } from './models.js';
import * as Q from './releaseQueries.js';

const MAX_TEXT = 1000;
/** A release is a loan, not a transfer: at most a year, then the holder releases again. */
const MAX_RELEASE_MS = 366 * 24 * 3600 * 1000;

function requireAnalyst(ctx: Context, what: string): void {
  if (ctx.viewer.role !== 'ANALYST' && ctx.viewer.role !== 'ADMIN') throw forbidden(`${what} needs the ANALYST or ADMIN role`);
}

function text(value: string, name: string, max = MAX_TEXT): string {
  const t = value.trim();
  if (t.length === 0) throw badInput(`\`${name}\` must not be empty`, name);
  if (t.length > max) throw badInput(`\`${name}\` is longer than ${max} characters`, name);
  return t;
}

const firstOf = (first: number) => {
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('`first` must be between 1 and 200', 'first');
  return int(first);
};

export async function requestAccess(ctx: Context, agency: string, reference: string, reason: string): Promise<AccessRequestModel> {
  requireAnalyst(ctx, 'requesting access');
  if (!AGENCY_CODE.test(agency) || agency === ctx.viewer.agency) throw badInput('`agency` must be another agency\'s code', 'agency');
  const params = { id: `request-${randomUUID()}`, requester: ctx.viewer.agency, by: ctx.viewer.subject, holder: agency, reference: text(reference, 'reference', 200), reason: text(reason, 'reason') };
  const [row] = await ctx.executor.trustedWrite(Q.CREATE_REQUEST, params, ctx.stats);
  if (!row) throw badInput(`no agency ${agency} is registered`, 'agency');
  return toRequest(row.request);
}

export async function listRequests(ctx: Context, direction: 'TO' | 'BY', status: AccessRequestStatus | null, first: number): Promise<AccessRequestModel[]> {
  requireAnalyst(ctx, 'listing access requests');
  const rows = await ctx.executor.trustedRead(direction === 'TO' ? Q.REQUESTS_TO : Q.REQUESTS_BY, { agency: ctx.viewer.agency, status, first: firstOf(first) }, ctx.stats);
  return rows.map((r) => toRequest(r.request));
}

export interface ReleaseInput {
  requestId: string;
  recordId: string;
  marking: Marking;
  until: Date;
  withContext: boolean;
}

export async function releaseRecord(ctx: Context, input: ReleaseInput): Promise<ReleaseModel> {
  requireAnalyst(ctx, 'releasing a record');
  checkRelease(input);
  const holder = ctx.viewer.agency;
  const [pending] = await ctx.executor.trustedRead(Q.PENDING_REQUEST, { id: input.requestId, holder }, ctx.stats);
  if (!pending) throw skeinError(ErrorCode.CONFLICT, 'no pending request with that id was sent to your agency');
  const request = toRequest(pending.request);
  const [own] = await ctx.executor.trustedRead(Q.OWN_RECORD, { id: input.recordId, holder }, ctx.stats);
  if (!own) throw badInput('your agency holds no record with that id', 'recordId');
  // The request names a reference from a hit notice: only the record that reference designates may answer it.
  // A request sent before ids were namespaced (schema 4) carries the token of the record's old, local id.
  const references = [input.recordId, localIdOf(input.recordId)].map((id) => hitReference(ctx.settings.hitKey, own.sourceRef, id));
  if (!references.includes(request.reference)) {
    throw badInput('that record is not the one the request\'s reference names', 'recordId');
  }
  if (own.rank === 4) throw badInput('RED records are never released', 'recordId');
  if (own.retracted === true) throw badInput('a retracted record cannot be released', 'recordId');
  const params = { ...input, holder, id: `release-${randomUUID()}`, until: toNeoDateTime(input.until.toISOString()), by: ctx.viewer.subject };
  const [row] = await ctx.executor.trustedWrite(Q.CREATE_RELEASE, params, ctx.stats);
  if (!row) throw skeinError(ErrorCode.CONFLICT, 'the request was decided meanwhile');
  return toRelease(row.release);
}

function checkRelease(input: ReleaseInput, now = Date.now()): void {
  if (!ID_PATTERN.test(input.recordId)) throw badInput('`recordId` is not a record id', 'recordId');
  if (!(MARKINGS as readonly string[]).includes(input.marking) || input.marking === 'RED') throw badInput('`marking` must be CLEAR .. AMBER_STRICT (RED is never released)', 'marking');
  const until = input.until.getTime();
  if (until <= now) throw badInput('`until` must be in the future', 'until');
  if (until - now > MAX_RELEASE_MS) throw badInput('`until` must be within a year', 'until');
}

export async function declineAccess(ctx: Context, requestId: string, reason: string): Promise<AccessRequestModel> {
  requireAnalyst(ctx, 'declining a request');
  const params = { id: requestId, holder: ctx.viewer.agency, by: ctx.viewer.subject, reason: text(reason, 'reason') };
  const [row] = await ctx.executor.trustedWrite(Q.DECLINE_REQUEST, params, ctx.stats);
  if (!row) throw skeinError(ErrorCode.CONFLICT, 'no pending request with that id was sent to your agency');
  return toRequest(row.request);
}

export async function revokeRelease(ctx: Context, id: string): Promise<boolean> {
  requireAnalyst(ctx, 'revoking a release');
  const rows = await ctx.executor.trustedWrite(Q.REVOKE_RELEASE, { id, holder: ctx.viewer.agency, by: ctx.viewer.subject }, ctx.stats);
  return rows.length > 0;
}

export async function releaseById(ctx: Context, id: string | null): Promise<ReleaseModel | null> {
  if (!id) return null;
  const [row] = await ctx.executor.trustedRead(Q.RELEASES_BY_ID, { ids: [id], agency: ctx.viewer.agency }, ctx.stats);
  return row ? toRelease(row.release) : null;
}

const notes = new WeakMap<Context, Promise<ReleaseModel[]>>();

/** The live release through which the viewer sees `recordId`, if any (one read per request). */
export async function releaseNoteFor(ctx: Context, recordId: string | undefined, source: string): Promise<ReleaseModel | null> {
  if (!recordId || source === ctx.viewer.agency) return null;
  const view = await ctx.aclView();
  if (!view.released[recordId]) return null;
  let all = notes.get(ctx);
  if (!all) {
    all = ctx.executor
      .trustedRead(Q.LIVE_RELEASES_OF, { agency: ctx.viewer.agency, ids: Object.keys(view.released) }, ctx.stats)
      .then((rows) => rows.map((r) => toRelease(r.release)));
    notes.set(ctx, all);
  }
  return (await all).find((r) => r.recordIds.includes(recordId)) ?? null;
}

function toRequest(value: Plain | undefined): AccessRequestModel {
  const q = value as Record<string, Plain>;
  return {
    id: String(q.id),
    requester: String(q.requester),
    holder: String(q.holder),
    reference: String(q.reference),
    reason: String(q.reason),
    status: q.status as AccessRequestStatus,
    createdAt: q.createdAt as Date,
    decidedAt: q.decidedAt instanceof Date ? q.decidedAt : null,
    declineReason: typeof q.declineReason === 'string' ? q.declineReason : null,
    releaseId: typeof q.releaseId === 'string' ? q.releaseId : null,
  };
}

function toRelease(value: Plain | undefined): ReleaseModel {
  const r = value as Record<string, Plain>;
  return {
    id: String(r.id),
    holder: String(r.holder),
    agency: String(r.agency),
    recordId: String(r.recordId),
    recordIds: (r.recordIds as string[]).map(String),
    marking: r.marking as Marking,
    releasedAt: r.releasedAt as Date,
    until: r.until as Date,
    revokedAt: r.revokedAt instanceof Date ? r.revokedAt : null,
  };
}
