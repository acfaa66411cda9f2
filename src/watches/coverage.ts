// What a watch covers: record ids computed with the creating viewer's ACL at creation or refresh.
// Matching a change against 1,000 watches is then an index lookup of the change's ids, never a
// traversal per watch per write.
import type { Context } from '../context.js';
import type { RelationshipType } from '../model/graphModel.js';
import { badInput, ErrorCode, skeinError } from '../errors.js';
import { int } from '../graph/params.js';
import { NEXT_LEVEL, PERSON_COVERAGE, PLACES_COVERAGE, VISIBLE_SEEDS, WATCHLIST_COVERAGE } from './queries.js';
import type { RouteWatchModel, WatchKind } from './models.js';

/** Records one watch may cover; a network past it is refused rather than silently cut. */
export const MAX_COVERAGE = 10_000;

export interface WatchSpec {
  kind: WatchKind;
  seeds: string[];
  depth: number | null;
  types: RelationshipType[] | null;
  route: RouteWatchModel | null;
}

const notFound = (what: string) => badInput(`${what}: no such record`, 'input');

export async function coverageOf(ctx: Context, spec: WatchSpec): Promise<string[]> {
  if (spec.kind === 'NETWORK') return networkCoverage(ctx, spec.seeds, spec.depth ?? 2, spec.types);
  if (spec.kind === 'TRAVEL') return placesCoverage(ctx, spec.seeds);
  if (spec.kind === 'ROUTE') return routeCoverage(ctx, spec.route!);
  const target = spec.seeds[0]!;
  const cypher = spec.kind === 'PERSON' ? PERSON_COVERAGE : WATCHLIST_COVERAGE;
  const [row] = await ctx.graph.read(cypher, { id: target });
  // A hidden target answers exactly like a missing one.
  if (!row) throw notFound(spec.kind === 'PERSON' ? 'target (a person)' : 'target (a watchlist)');
  const covered = [String(row.id), ...((row.others ?? []) as string[])];
  if (covered.length > MAX_COVERAGE) throw tooLarge();
  return covered;
}

async function networkCoverage(ctx: Context, seeds: string[], depth: number, types: RelationshipType[] | null): Promise<string[]> {
  const visible = await ctx.graph.read(VISIBLE_SEEDS, { ids: seeds });
  if (visible.length === 0) throw notFound('seeds');
  const seen = new Set(visible.map((r) => String(r.id)));
  let frontier = [...seen];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const rows = await ctx.graph.read(NEXT_LEVEL, { frontier, seen: [...seen], types, cap: int(MAX_COVERAGE - seen.size + 1) });
    frontier = rows.map((r) => String(r.id));
    for (const id of frontier) seen.add(id);
    if (seen.size > MAX_COVERAGE) throw tooLarge();
  }
  return [...seen];
}

async function placesCoverage(ctx: Context, places: string[]): Promise<string[]> {
  const rows = await ctx.graph.read(PLACES_COVERAGE, { ids: places });
  // Hidden places answer exactly like missing ones.
  if (rows.length === 0) throw notFound('seeds (places)');
  const covered = new Set(rows.flatMap((r) => [String(r.id), ...((r.others ?? []) as string[])]));
  if (covered.size > MAX_COVERAGE) throw tooLarge();
  return [...covered];
}

/** Every role of the pattern that names places must name at least one visible place. */
async function routeCoverage(ctx: Context, route: RouteWatchModel): Promise<string[]> {
  const covered = new Set<string>();
  for (const [role, ids] of [['through', route.through], ['from', route.from], ['to', route.to]] as const) {
    if (ids.length === 0) continue;
    const rows = await ctx.graph.read(PLACES_COVERAGE, { ids });
    if (rows.length === 0) throw notFound(`route.${role} (places)`);
    for (const r of rows) [String(r.id), ...((r.others ?? []) as string[])].forEach((id) => covered.add(id));
  }
  if (covered.size > MAX_COVERAGE) throw tooLarge();
  return [...covered];
}

function tooLarge() {
  return skeinError(ErrorCode.LIMIT_EXCEEDED, `a watch covers at most ${MAX_COVERAGE} records; lower depth or narrow types`);
}
