import { badInput, ErrorCode, skeinError } from "../errors.js";
import { int } from "../graph/params.js";
import { NEXT_LEVEL, PERSON_COVERAGE, PLACES_COVERAGE, VISIBLE_SEEDS, WATCHLIST_COVERAGE } from "./queries.js";
const MAX_COVERAGE = 1e4;
const notFound = (what) => badInput(`${what}: no such record`, "input");
async function coverageOf(ctx, spec) {
  if (spec.kind === "NETWORK") return networkCoverage(ctx, spec.seeds, spec.depth ?? 2, spec.types);
  if (spec.kind === "TRAVEL") return placesCoverage(ctx, spec.seeds);
  const target = spec.seeds[0];
  const cypher = spec.kind === "PERSON" ? PERSON_COVERAGE : WATCHLIST_COVERAGE;
  const [row] = await ctx.graph.read(cypher, { id: target });
  if (!row) throw notFound(spec.kind === "PERSON" ? "target (a person)" : "target (a watchlist)");
  const covered = [String(row.id), ...row.others ?? []];
  if (covered.length > MAX_COVERAGE) throw tooLarge();
  return covered;
}
async function networkCoverage(ctx, seeds, depth, types) {
  const visible = await ctx.graph.read(VISIBLE_SEEDS, { ids: seeds });
  if (visible.length === 0) throw notFound("seeds");
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
async function placesCoverage(ctx, places) {
  const rows = await ctx.graph.read(PLACES_COVERAGE, { ids: places });
  if (rows.length === 0) throw notFound("seeds (places)");
  const covered = new Set(rows.flatMap((r) => [String(r.id), ...r.others ?? []]));
  if (covered.size > MAX_COVERAGE) throw tooLarge();
  return [...covered];
}
function tooLarge() {
  return skeinError(ErrorCode.LIMIT_EXCEEDED, `a watch covers at most ${MAX_COVERAGE} records; lower depth or narrow types`);
}
export {
  MAX_COVERAGE,
  coverageOf
};
