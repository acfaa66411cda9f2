// Retraction (a reversible hide, applied by the ACL predicate) and erasure (content gone, a hashed
// tombstone kept) of an agency's own records.
import { createHash } from 'node:crypto';
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { ID_PATTERN } from '../model/graphModel.js';
import { badInput } from '../errors.js';
import { requireAdmin } from './agreements.js';
import type { TombstoneModel } from './models.js';
import * as Q from './retractionQueries.js';

const MAX_IDS = 1000;

function checkIds(ids: readonly string[]): string[] {
  if (ids.length === 0 || ids.length > MAX_IDS) throw badInput(`\`ids\` must hold 1..${MAX_IDS} record ids`, 'ids');
  const bad = ids.find((id) => !ID_PATTERN.test(id));
  if (bad !== undefined) throw badInput('`ids` holds something that is not a record id', 'ids');
  return [...new Set(ids)];
}

function checkReason(reason: string): string {
  const r = reason.trim();
  if (r.length === 0 || r.length > 1000) throw badInput('`reason` must be 1..1000 characters', 'reason');
  return r;
}

export async function retract(ctx: Context, ids: readonly string[], reason: string, dryRun = false): Promise<string[]> {
  requireAdmin(ctx, 'retracting records');
  const params = { ids: checkIds(ids), reason: checkReason(reason), agency: ctx.viewer.agency, by: ctx.viewer.subject, retracted: false };
  const [row] = dryRun ? await ctx.executor.trustedRead(Q.RETRACTABLE, params, ctx.stats) : await ctx.executor.trustedWrite(Q.RETRACT, params, ctx.stats);
  return ((row?.done as string[] | undefined) ?? []).sort();
}

export async function unretract(ctx: Context, ids: readonly string[], dryRun = false): Promise<string[]> {
  requireAdmin(ctx, 'restoring retracted records');
  const params = { ids: checkIds(ids), agency: ctx.viewer.agency, retracted: true };
  const [row] = dryRun ? await ctx.executor.trustedRead(Q.RETRACTABLE, params, ctx.stats) : await ctx.executor.trustedWrite(Q.UNRETRACT, params, ctx.stats);
  return ((row?.done as string[] | undefined) ?? []).sort();
}

export async function erase(ctx: Context, ids: readonly string[], reason: string, dryRun = false): Promise<TombstoneModel[]> {
  requireAdmin(ctx, 'erasing records');
  const agency = ctx.viewer.agency;
  const why = checkReason(reason);
  const found = await ctx.executor.trustedRead(Q.ERASABLE, { ids: checkIds(ids), agency }, ctx.stats);
  if (found.length === 0) return [];
  const rows = found.map((r) => ({ id: String(r.id), type: String(r.type), contentHash: contentHash(r.props, r.links) }));
  if (dryRun) return rows.map((r) => ({ ...r, source: agency, reason: why, erasedAt: new Date() }));
  const [done] = await ctx.executor.trustedWrite(Q.ERASE, { rows, agency, by: ctx.viewer.subject, reason: why }, ctx.stats);
  return ((done?.done as Plain[] | undefined) ?? []).map(toTombstone);
}

export async function tombstones(ctx: Context, first: number): Promise<TombstoneModel[]> {
  requireAdmin(ctx, 'reading tombstones');
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('`first` must be between 1 and 200', 'first');
  const rows = await ctx.executor.trustedRead(Q.TOMBSTONES, { agency: ctx.viewer.agency, first: int(first) }, ctx.stats);
  return rows.map((r) => toTombstone(r.tombstone ?? null));
}

/**
 * SHA-256 of the erased content as canonical JSON: `{"links":[...],"record":{...}}`, keys sorted at
 * every level, dates as ISO strings, links sorted by their own canonical text. An auditor holding a
 * copy of the record recomputes it to prove what was erased, without Skein keeping the content.
 */
export function contentHash(props: Plain | undefined, links: Plain | undefined): string {
  const linkTexts = ((links as Plain[] | undefined) ?? []).map(canonical).sort();
  const text = `{"links":[${linkTexts.join(',')}],"record":${canonical(props ?? {})}}`;
  return createHash('sha256').update(text).digest('hex');
}

export function canonical(value: Plain): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, Plain>)[k]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function toTombstone(value: Plain): TombstoneModel {
  const t = value as Record<string, Plain>;
  return {
    id: String(t.id),
    type: String(t.type),
    source: String(t.source),
    erasedAt: t.erasedAt as Date,
    reason: String(t.reason),
    contentHash: String(t.contentHash),
  };
}
