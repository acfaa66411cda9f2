// Hit / no-hit: which hidden records may be announced to the viewer, and how little is said about them.
//
// A record hidden from the viewer may be announced ("agency X holds a matching record, reference R")
// only when its source's agreement with the viewer's agency has `hitNotification: true`, it is not
// RED (RED never leaves its source, not even as a hit), and it existed at `asOf`. Statements name
// such records with the HIT(x) macro; the list of sources comes from the agreements, per request.
import type { Context } from '../context.js';
import { agreementsOfViewer } from '../agencies/service.js';

const HIT_MACRO = /\bHIT\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

export function hitPredicate(variable: string): string {
  return (
    `(${variable}.source IN $hitSources AND coalesce(${variable}.markingRank, 4) < 4` +
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

/** One notice per (agency, reference), in a stable order that says nothing about scores. */
export function distinctNotices(notices: readonly HitNoticeModel[]): HitNoticeModel[] {
  const seen = new Map<string, HitNoticeModel>();
  for (const n of notices) seen.set(`${n.agency}\u0000${n.reference}`, n);
  return [...seen.values()].sort((a, b) => a.agency.localeCompare(b.agency) || a.reference.localeCompare(b.reference));
}
