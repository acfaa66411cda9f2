import { ErrorCode, skeinError } from "../errors.js";
import { int } from "../graph/params.js";
import { pageOf, parsePage } from "../connections/paging.js";
import { toEntity } from "../records/mapRecord.js";
import { checkId } from "../records/service.js";
import { viewOf, viewParams } from "../records/view.js";
import { boundedInt, windowParams } from "../time/window.js";
import { CO_TRAVEL } from "./queries.js";
const MAX_SHARED = 1e4;
async function coTravellers(ctx, a) {
  const page = parsePage(a.first, a.after);
  const view = viewOf(a.asOf);
  const hours = boundedInt(a.windowHours, 24, 1, 168, "windowHours");
  const rows = await ctx.graph.read(CO_TRAVEL, {
    id: checkId(a.personId, "personId"),
    seconds: int(hours * 3600),
    max: int(MAX_SHARED + 1),
    ...windowParams(a.between),
    ...viewParams(view)
  });
  if (rows.length > MAX_SHARED) throw skeinError(ErrorCode.LIMIT_EXCEEDED, "too many shared trips; narrow `between`");
  const byPerson = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const person = toEntity(row.o, view);
    const entry = byPerson.get(person.id) ?? { person, times: 0, trips: [] };
    entry.trips.push({ mine: toEntity(row.mine, view), theirs: toEntity(row.theirs, view), kind: row.kind === "FLIGHT" ? "FLIGHT" : "CROSSING" });
    byPerson.set(person.id, entry);
  }
  for (const e of byPerson.values()) e.times = new Set(e.trips.map((t) => t.mine.id)).size;
  const ranked = [...byPerson.values()].sort((x, y) => y.times - x.times || x.person.id.localeCompare(y.person.id));
  ctx.audit.add(ranked.map((r) => r.person.id));
  return pageOf(ranked, page);
}
export {
  coTravellers
};
