// Rules of watches: who may create and change them, input limits, and the alert feed.
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import type { WatchInput } from '../generated/graphql.js';
import type { RelationshipType } from '../model/graphModel.js';
import type { Row } from '../graph/executor.js';
import { toNeoDateTime } from '../graph/temporal.js';
import { badInput, ErrorCode, forbidden, skeinError } from '../errors.js';
import { coverageOf, type WatchSpec } from './coverage.js';
import type { RouteWatchModel, WatchKind, WatchModel } from './models.js';
import { CREATE_WATCH, DELETE_WATCH, REPLACE_COVERAGE, SET_PAUSED, WATCH_BY_ID, WATCHES_OF_AGENCY } from './queries.js';

/** Watches per agency: each is cheap, but not free (coverage rows, one more key per feed read). */
export const MAX_WATCHES_PER_AGENCY = 1000;
const MAX_SEEDS = 20;

/** What each kind reports besides its covered records' own changes (NETWORK: every type, or `types`). */
const ACCEPT: Record<Exclude<WatchKind, 'NETWORK'>, string[]> = {
  PERSON: ['MADE', 'HOLDS', 'SAME_AS', 'SCREENED'],
  WATCHLIST: ['SCREENED', 'MADE', 'LISTED_ON'],
  TRAVEL: ['FROM', 'TO'],
  ROUTE: ['FROM', 'TO'],
};

export function toWatch(row: Row | undefined): WatchModel {
  const w = (row?.watch ?? {}) as Record<string, unknown>;
  return {
    id: String(w.id), agency: String(w.agency), name: String(w.name), kind: w.kind as WatchKind, owner: String(w.owner),
    seeds: (w.seeds ?? []) as string[], depth: (w.depth ?? null) as number | null, types: (w.types ?? null) as RelationshipType[] | null,
    paused: Boolean(w.paused), expiresAt: iso(w.expiresAt), createdAt: iso(w.createdAt)!, refreshedAt: iso(w.refreshedAt)!,
    coverage: Number(w.coverage ?? 0),
    // Neo4j stores no maps: the pattern is kept as JSON text.
    route: typeof w.route === 'string' ? (JSON.parse(w.route) as RouteWatchModel) : null,
    createdSeq: Number(w.createdSeq ?? 0),
  };
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

function routeOf(input: WatchInput): RouteWatchModel {
  const r = input.route;
  if (!r) throw badInput('route: a ROUTE watch needs its journey pattern (through, from, to)', 'input');
  const places = (ids: readonly string[] | null | undefined, what: string) => {
    const list = [...new Set(ids ?? [])];
    if (list.length > MAX_SEEDS) throw badInput(`route.${what}: at most ${MAX_SEEDS} places`, 'input');
    return list;
  };
  const route = {
    through: places(r.through, 'through'), from: places(r.from, 'from'), to: places(r.to, 'to'),
    maxGapHours: r.maxGapHours ?? 72, withinDays: r.withinDays ?? 365,
  };
  if (route.through.length + route.from.length + route.to.length === 0) throw badInput('route: give at least one place in through, from or to', 'input');
  if (!Number.isInteger(route.maxGapHours) || route.maxGapHours < 1 || route.maxGapHours > 720) throw badInput('route.maxGapHours: 1 to 720', 'input');
  if (!Number.isInteger(route.withinDays) || route.withinDays < 1 || route.withinDays > 3650) throw badInput('route.withinDays: 1 to 3650', 'input');
  return route;
}

function specOf(input: WatchInput): WatchSpec {
  if (input.kind === 'ROUTE') {
    const route = routeOf(input);
    return { kind: 'ROUTE', seeds: [...new Set([...route.from, ...route.through, ...route.to])], depth: null, types: null, route };
  }
  if (input.kind === 'TRAVEL') {
    const places = [...new Set(input.seeds ?? [])];
    if (places.length < 1 || places.length > MAX_SEEDS) throw badInput(`seeds: a TRAVEL watch needs 1 to ${MAX_SEEDS} place ids`, 'input');
    return { kind: 'TRAVEL', seeds: places, depth: null, types: null, route: null };
  }
  if (input.kind === 'NETWORK') {
    const seeds = input.seeds ?? [];
    if (seeds.length < 1 || seeds.length > MAX_SEEDS) throw badInput(`seeds: a NETWORK watch needs 1 to ${MAX_SEEDS} seed ids`, 'input');
    const depth = input.depth ?? 2;
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw badInput('depth: 1 to 3 hops', 'input');
    return { kind: 'NETWORK', seeds: [...new Set(seeds)], depth, types: input.types?.length ? [...input.types] : null, route: null };
  }
  if (!input.target) throw badInput(`target: a ${input.kind} watch needs the id of its ${input.kind === 'PERSON' ? 'person' : 'watchlist'}`, 'input');
  return { kind: input.kind, seeds: [input.target], depth: null, types: null, route: null };
}

function mayWatch(ctx: Context): void {
  if (ctx.viewer.role !== 'ANALYST' && ctx.viewer.role !== 'ADMIN') throw forbidden('watches need the ANALYST or ADMIN role');
}

export async function createWatch(ctx: Context, input: WatchInput): Promise<WatchModel> {
  mayWatch(ctx);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw badInput('name: 1 to 200 characters', 'input');
  const spec = specOf(input);
  const existing = await ctx.executor.trustedRead(WATCHES_OF_AGENCY, { agency: ctx.viewer.agency });
  if (existing.length >= MAX_WATCHES_PER_AGENCY) throw skeinError(ErrorCode.LIMIT_EXCEEDED, `an agency keeps at most ${MAX_WATCHES_PER_AGENCY} watches; delete some first`);
  const covered = await coverageOf(ctx, spec);
  const [row] = await ctx.executor.trustedWrite(CREATE_WATCH, {
    id: `watch:${randomUUID()}`, agency: ctx.viewer.agency, owner: ctx.viewer.subject, name, kind: spec.kind,
    seeds: spec.seeds, depth: spec.depth, types: spec.types, accept: spec.kind === 'NETWORK' ? null : ACCEPT[spec.kind], route: spec.route ? JSON.stringify(spec.route) : null,
    expiresAt: input.expiresAt ? toNeoDateTime(input.expiresAt.toISOString()) : null, covered,
  });
  return toWatch(row);
}

export async function listWatches(ctx: Context): Promise<WatchModel[]> {
  return (await ctx.executor.trustedRead(WATCHES_OF_AGENCY, { agency: ctx.viewer.agency })).map(toWatch);
}

/** Another agency's watch answers exactly like a missing one. */
async function ownWatch(ctx: Context, id: string, change: boolean): Promise<WatchModel> {
  const [row] = await ctx.executor.trustedRead(WATCH_BY_ID, { id, agency: ctx.viewer.agency });
  if (!row) throw badInput('id: no such watch', 'id');
  const watch = toWatch(row);
  if (change && watch.owner !== ctx.viewer.subject && ctx.viewer.role !== 'ADMIN') throw forbidden('only the watch\'s owner or an ADMIN of your agency may change it');
  return watch;
}

export async function pauseWatch(ctx: Context, id: string, paused: boolean): Promise<WatchModel> {
  mayWatch(ctx);
  await ownWatch(ctx, id, true);
  return toWatch((await ctx.executor.trustedWrite(SET_PAUSED, { id, agency: ctx.viewer.agency, paused }))[0]);
}

export async function refreshWatch(ctx: Context, id: string): Promise<WatchModel> {
  mayWatch(ctx);
  const watch = await ownWatch(ctx, id, true);
  const covered = await coverageOf(ctx, { kind: watch.kind, seeds: watch.seeds, depth: watch.depth, types: watch.types, route: watch.route });
  return toWatch((await ctx.executor.trustedWrite(REPLACE_COVERAGE, { id, agency: ctx.viewer.agency, covered }))[0]);
}

export async function deleteWatch(ctx: Context, id: string): Promise<boolean> {
  mayWatch(ctx);
  await ownWatch(ctx, id, true);
  await ctx.executor.trustedWrite(DELETE_WATCH, { id, agency: ctx.viewer.agency });
  return true;
}
