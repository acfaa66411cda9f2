import { toEntity } from "../records/mapRecord.js";
import { viewParams } from "../records/view.js";
import { CITY_OF, LEGS_OF_PEOPLE, PLACES_WITHIN } from "./queries.js";
import { loadAll } from "../records/loaders.js";
const asDate = (v) => v instanceof Date ? v : null;
async function legsOf(ctx, people, window, view) {
  const rows = await ctx.graph.read(LEGS_OF_PEOPLE, { people, ...window, ...viewParams(view) });
  const raw = rows.map((row) => ({ pid: String(row.pid), legs: row.legs }));
  const placeIds = /* @__PURE__ */ new Set();
  for (const { legs } of raw) for (const l of legs) [l.f, l.d].forEach((id) => id && placeIds.add(id));
  const places = await placesById(ctx, [...placeIds], view);
  const out = /* @__PURE__ */ new Map();
  for (const { pid, legs } of raw) {
    out.set(
      pid,
      legs.map((l) => {
        const travel = toEntity(l.t, view);
        return {
          travel,
          from: l.f && places.get(l.f) || null,
          to: l.d && places.get(l.d) || null,
          departedAt: asDate(travel.props.departedAt),
          arrivedAt: asDate(travel.props.arrivedAt)
        };
      })
    );
  }
  return out;
}
async function placesById(ctx, ids, view) {
  const loaded = await loadAll(ctx.records.byIdAt(view), ids);
  const out = /* @__PURE__ */ new Map();
  loaded.forEach((e, i) => {
    if (e) out.set(ids[i], e);
  });
  return out;
}
async function samePlace(ctx, legs, view) {
  const ids = /* @__PURE__ */ new Set();
  for (const list of legs) for (const l of list) [l.from?.id, l.to?.id].forEach((id) => id && ids.add(id));
  if (ids.size === 0) return (id) => id;
  const rows = await ctx.graph.read(CITY_OF, { ids: [...ids], ...viewParams(view) });
  const city = new Map(rows.map((r) => [String(r.lid), r.city ? String(r.city) : String(r.lid)]));
  return (id) => city.get(id) ?? id;
}
async function placesWithin(ctx, ids, view) {
  if (ids.length === 0) return /* @__PURE__ */ new Set();
  const rows = await ctx.graph.read(PLACES_WITHIN, { ids, ...viewParams(view) });
  return new Set(rows.map((r) => String(r.id)));
}
export {
  legsOf,
  placesWithin,
  samePlace
};
