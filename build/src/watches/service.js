import { randomUUID } from "node:crypto";
import { toNeoDateTime } from "../graph/temporal.js";
import { badInput, ErrorCode, forbidden, skeinError } from "../errors.js";
import { coverageOf } from "./coverage.js";
import { CREATE_WATCH, DELETE_WATCH, REPLACE_COVERAGE, SET_PAUSED, WATCH_BY_ID, WATCHES_OF_AGENCY } from "./queries.js";
const MAX_WATCHES_PER_AGENCY = 1e3;
const MAX_SEEDS = 20;
const ACCEPT = {
  PERSON: ["MADE", "HOLDS", "SAME_AS", "SCREENED"],
  WATCHLIST: ["SCREENED", "MADE", "LISTED_ON"],
  TRAVEL: ["FROM", "TO"]
};
function toWatch(row) {
  const w = row?.watch ?? {};
  return {
    id: String(w.id),
    agency: String(w.agency),
    name: String(w.name),
    kind: w.kind,
    owner: String(w.owner),
    seeds: w.seeds ?? [],
    depth: w.depth ?? null,
    types: w.types ?? null,
    paused: Boolean(w.paused),
    expiresAt: iso(w.expiresAt),
    createdAt: iso(w.createdAt),
    refreshedAt: iso(w.refreshedAt),
    coverage: Number(w.coverage ?? 0)
  };
}
const iso = (v) => v instanceof Date ? v.toISOString() : v == null ? null : String(v);
function specOf(input) {
  if (input.kind === "TRAVEL") {
    const places = [...new Set(input.seeds ?? [])];
    if (places.length < 1 || places.length > MAX_SEEDS) throw badInput(`seeds: a TRAVEL watch needs 1 to ${MAX_SEEDS} place ids`, "input");
    return { kind: "TRAVEL", seeds: places, depth: null, types: null };
  }
  if (input.kind === "NETWORK") {
    const seeds = input.seeds ?? [];
    if (seeds.length < 1 || seeds.length > MAX_SEEDS) throw badInput(`seeds: a NETWORK watch needs 1 to ${MAX_SEEDS} seed ids`, "input");
    const depth = input.depth ?? 2;
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw badInput("depth: 1 to 3 hops", "input");
    return { kind: "NETWORK", seeds: [...new Set(seeds)], depth, types: input.types?.length ? [...input.types] : null };
  }
  if (!input.target) throw badInput(`target: a ${input.kind} watch needs the id of its ${input.kind === "PERSON" ? "person" : "watchlist"}`, "input");
  return { kind: input.kind, seeds: [input.target], depth: null, types: null };
}
function mayWatch(ctx) {
  if (ctx.viewer.role !== "ANALYST" && ctx.viewer.role !== "ADMIN") throw forbidden("watches need the ANALYST or ADMIN role");
}
async function createWatch(ctx, input) {
  mayWatch(ctx);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw badInput("name: 1 to 200 characters", "input");
  const spec = specOf(input);
  const existing = await ctx.executor.trustedRead(WATCHES_OF_AGENCY, { agency: ctx.viewer.agency });
  if (existing.length >= MAX_WATCHES_PER_AGENCY) throw skeinError(ErrorCode.LIMIT_EXCEEDED, `an agency keeps at most ${MAX_WATCHES_PER_AGENCY} watches; delete some first`);
  const covered = await coverageOf(ctx, spec);
  const [row] = await ctx.executor.trustedWrite(CREATE_WATCH, {
    id: `watch:${randomUUID()}`,
    agency: ctx.viewer.agency,
    owner: ctx.viewer.subject,
    name,
    kind: spec.kind,
    seeds: spec.seeds,
    depth: spec.depth,
    types: spec.types,
    accept: spec.kind === "NETWORK" ? null : ACCEPT[spec.kind],
    expiresAt: input.expiresAt ? toNeoDateTime(input.expiresAt.toISOString()) : null,
    covered
  });
  return toWatch(row);
}
async function listWatches(ctx) {
  return (await ctx.executor.trustedRead(WATCHES_OF_AGENCY, { agency: ctx.viewer.agency })).map(toWatch);
}
async function ownWatch(ctx, id, change) {
  const [row] = await ctx.executor.trustedRead(WATCH_BY_ID, { id, agency: ctx.viewer.agency });
  if (!row) throw badInput("id: no such watch", "id");
  const watch = toWatch(row);
  if (change && watch.owner !== ctx.viewer.subject && ctx.viewer.role !== "ADMIN") throw forbidden("only the watch's owner or an ADMIN of your agency may change it");
  return watch;
}
async function pauseWatch(ctx, id, paused) {
  mayWatch(ctx);
  await ownWatch(ctx, id, true);
  return toWatch((await ctx.executor.trustedWrite(SET_PAUSED, { id, agency: ctx.viewer.agency, paused }))[0]);
}
async function refreshWatch(ctx, id) {
  mayWatch(ctx);
  const watch = await ownWatch(ctx, id, true);
  const covered = await coverageOf(ctx, { kind: watch.kind, seeds: watch.seeds, depth: watch.depth, types: watch.types });
  return toWatch((await ctx.executor.trustedWrite(REPLACE_COVERAGE, { id, agency: ctx.viewer.agency, covered }))[0]);
}
async function deleteWatch(ctx, id) {
  mayWatch(ctx);
  await ownWatch(ctx, id, true);
  await ctx.executor.trustedWrite(DELETE_WATCH, { id, agency: ctx.viewer.agency });
  return true;
}
export {
  MAX_WATCHES_PER_AGENCY,
  createWatch,
  deleteWatch,
  listWatches,
  pauseWatch,
  refreshWatch,
  toWatch
};
