// Retraction (a reversible hide, applied by the ACL predicate) and erasure (content gone, a hashed
// tombstone kept) of an agency's own records.
import { createHash } from 'node:crypto';
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import type { GraphExecutor, QueryStats } from '../graph/executor.js';
import { int } from '../graph/params.js';
import { ID_PATTERN } from '../model/graphModel.js';
import { badInput } from '../errors.js';
import { requireAdmin } from './agreements.js';
import type { TombstoneModel } from './models.js';
import * as Q from './retractionQueries.js';

const MAX_IDS = 1000;

export function checkIds(ids: readonly string[]): string[] {
  if (ids.length === 0 || ids.length > MAX_IDS) throw badInput(`\`ids\` must hold 1..${MAX_IDS} record ids`, 'ids');
  const bad = ids.find((id) => !ID_PATTERN.test(id));
  if (bad !== undefined) throw badInput('`ids` holds something that is not a record id', 'ids');
  return [...new Set(ids)];
}

export function checkReason(reason: string): string {
  const r = reason.trim();
  if (r.length === 0 || r.length > 1000) throw badInput('`reason` must be 1..1000 characters', 'reason');
  return r;
}

/** Who acts: an agency's ADMIN through the API, or the import CLI for its agency. */
export interface GovernanceActor {
  executor: GraphExecutor;
  agency: string;
  by: string;
  stats?: QueryStats;
}

/** Per id: changed now (or, dry, would be), already so (retracted, erased), or no record of the actor's. */
export type GovernanceOutcome = 'done' | 'unchanged' | 'missing';

export async function retract(ctx: Context, ids: readonly string[], reason: string, dryRun = false): Promise<string[]> {
  requireAdmin(ctx, 'retracting records');
  const outcomes = await retractRecords(actorOf(ctx), checkIds(ids), checkReason(reason), dryRun);
  return doneOf(outcomes);
}

export async function unretract(ctx: Context, ids: readonly string[], dryRun = false): Promise<string[]> {
  requireAdmin(ctx, 'restoring retracted records');
  const params = { ids: checkIds(ids), agency: ctx.viewer.agency, retracted: true };
  const [row] = dryRun ? await ctx.executor.trustedRead(Q.RETRACTABLE, params, ctx.stats) : await ctx.executor.trustedWrite(Q.UNRETRACT, params, ctx.stats);
  return ((row?.done as string[] | undefined) ?? []).sort();
}

export async function erase(ctx: Context, ids: readonly string[], reason: string, dryRun = false): Promise<TombstoneModel[]> {
  requireAdmin(ctx, 'erasing records');
  return (await eraseRecords(actorOf(ctx), checkIds(ids), checkReason(reason), dryRun)).tombstones;
}

const actorOf = (ctx: Context): GovernanceActor => ({ executor: ctx.executor, agency: ctx.viewer.agency, by: ctx.viewer.subject, stats: ctx.stats });
const doneOf = (outcomes: Map<string, GovernanceOutcome>) => [...outcomes].filter(([, o]) => o === 'done').map(([id]) => id).sort();

/** The state of each id among the actor's own records and tombstones. */
async function stateOf(actor: GovernanceActor, ids: readonly string[]): Promise<Map<string, { exists: boolean; retracted: boolean; erased: boolean }>> {
  const rows = await actor.executor.trustedRead(Q.OWN_STATE, { ids: [...new Set(ids)], agency: actor.agency }, actor.stats);
  return new Map(rows.map((r) => [String(r.id), { exists: r.exists === true, retracted: r.retracted === true, erased: r.erased === true }]));
}

/**
 * Retracts the actor's own records (the `retract` mutation and the import's `retract` lines): each id is
 * done, unchanged (already retracted) or missing (no record of the actor's: unknown, erased, or another's).
 */
export async function retractRecords(actor: GovernanceActor, ids: readonly string[], reason: string, dryRun: boolean): Promise<Map<string, GovernanceOutcome>> {
  const state = await stateOf(actor, ids);
  let done: Set<string>;
  if (dryRun) done = new Set(ids.filter((id) => state.get(id)?.exists && !state.get(id)?.retracted));
  else {
    const [row] = await actor.executor.trustedWrite(Q.RETRACT, { ids: [...new Set(ids)], reason, agency: actor.agency, by: actor.by }, actor.stats);
    done = new Set((row?.done as string[] | undefined) ?? []);
  }
  return new Map(ids.map((id) => [id, done.has(id) ? 'done' : state.get(id)?.exists ? 'unchanged' : 'missing']));
}

/**
 * Erases the actor's own records, keeping a tombstone each: done, unchanged (already erased: a tombstone
 * of the actor's holds the id) or missing.
 */
export async function eraseRecords(
  actor: GovernanceActor,
  ids: readonly string[],
  reason: string,
  dryRun: boolean,
): Promise<{ outcomes: Map<string, GovernanceOutcome>; tombstones: TombstoneModel[] }> {
  const unique = [...new Set(ids)];
  const state = await stateOf(actor, unique);
  const found = await actor.executor.trustedRead(Q.ERASABLE, { ids: unique, agency: actor.agency }, actor.stats);
  const rows = found.map((r) => ({ id: String(r.id), type: String(r.type), contentHash: contentHash(r.props, r.links) }));
  let tombs: TombstoneModel[] = [];
  if (dryRun) tombs = rows.map((r) => ({ ...r, source: actor.agency, reason, erasedAt: new Date() }));
  else if (rows.length > 0) {
    const [done] = await actor.executor.trustedWrite(Q.ERASE, { rows, agency: actor.agency, by: actor.by, reason }, actor.stats);
    tombs = ((done?.done as Plain[] | undefined) ?? []).map(toTombstone);
  }
  const erasedNow = new Set(tombs.map((t) => t.id));
  const outcomes = new Map<string, GovernanceOutcome>(ids.map((id) => [id, erasedNow.has(id) ? 'done' : state.get(id)?.erased ? 'unchanged' : 'missing']));
  return { outcomes, tombstones: tombs };
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
