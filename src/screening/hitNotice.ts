// Hit / no-hit: which hidden records may be announced to the viewer, and how little is said about them.
//
// A record hidden from the viewer may be announced ("agency X holds a matching record, reference R")
// only when its source's agreement with the viewer's agency has `hitNotification: true`, it is not
// retracted, not overdue for review (graph/acl.ts, retention), not RED (RED never leaves its source, not even as a hit), and it existed at `asOf`. Statements name
// such records with the HIT(x) macro; the list of sources comes from the agreements, per request.
import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from '../context.js';
import { agreementsOfViewer } from '../agencies/service.js';
import { byCodeUnit } from '../model/order.js';

const HIT_MACRO = /\bHIT\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/** `prefix` as in graph/acl.ts visiblePredicate: another set of parameters, the same rule. */
export function hitPredicate(variable: string, prefix = ''): string {
  return (
    `(${variable}.source IN $${prefix}hitSources AND coalesce(${variable}.markingRank, 4) < 4 AND ${variable}.retractedAt IS NULL` +
    ` AND NOT coalesce(${variable}.reviewedAt.epochMillis < $${prefix}retainedSince[${variable}.source], false)` +
    ` AND ($asOf IS NULL OR ${variable}.reportedAt <= $asOf))`
  );
}

export function expandHit(cypher: string): string {
  return cypher.replace(HIT_MACRO, (_m, v: string) => hitPredicate(v));
}

/** Agencies whose agreement with the viewer's agency allows hit notification. */
export async function hitSources(ctx: Context): Promise<string[]> {
  const agreements = await agreementsOfViewer(ctx);
  return agreements.filter((a) => a.to === ctx.viewer.agency && a.from !== ctx.viewer.agency && a.hitNotification).map((a) => a.from);
}

/** What a hit says: the holding agency and its own reference. Nothing else leaves the database. */
export interface HitNoticeModel {
  agency: string;
  reference: string;
}

/** Used when no key is configured (tests, scripts): references are then opaque but stable per process only. */
const PROCESS_KEY = randomBytes(32);

/**
 * The reference a notice gives for a hidden record: the holding agency's own `sourceRef` when it chose
 * one, else an opaque token, HMAC-SHA256 of the record id under the server's hit key (SKEIN_HIT_SECRET).
 * Never the id itself: ids are sequential, so one would tell how many records an agency holds.
 */
export function hitReference(key: Uint8Array | undefined, sourceRef: unknown, recordId: unknown): string {
  if (typeof sourceRef === 'string' && sourceRef.length > 0) return sourceRef;
  const mac = createHmac('sha256', key ?? PROCESS_KEY).update(`hit-reference\u0000${String(recordId)}`).digest('base64url');
  return `hit:${mac.slice(0, 26)}`;
}

/** Turns a hidden record's row (agency, sourceRef, holder id) into what may leave: agency and reference. */
export function noticeOf(key: Uint8Array | undefined, row: { agency?: unknown; sourceRef?: unknown; holder?: unknown }): HitNoticeModel {
  return { agency: String(row.agency), reference: hitReference(key, row.sourceRef, row.holder) };
}

/** One notice per (agency, reference), in a stable order that says nothing about scores. */
export function distinctNotices(notices: readonly HitNoticeModel[]): HitNoticeModel[] {
  const seen = new Map<string, HitNoticeModel>();
  for (const n of notices) seen.set(`${n.agency}\u0000${n.reference}`, n);
  return [...seen.values()].sort((a, b) => byCodeUnit(a.agency, b.agency) || byCodeUnit(a.reference, b.reference));
}
