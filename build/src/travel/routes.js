import { badInput, ErrorCode, skeinError } from "../errors.js";
import { int } from "../graph/params.js";
import { pageOf, parsePage } from "../connections/paging.js";
import { checkId } from "../records/service.js";
import { viewOf, viewParams } from "../records/view.js";
import { boundedInt, windowParams } from "../time/window.js";
import { chainJourneys, DEFAULT_GAP_HOURS } from "./journeys.js";
import { legsOf, placesWithin, samePlace } from "./legs.js";
import { NEAR_FLAGS, TRAVELLERS_THROUGH } from "./queries.js";
import { loadAll } from "../records/loaders.js";
const MAX_ROUTE_TRAVELLERS = 2e4;
const TRAVELLERS_SHOWN = 50;
function matchJourney(j, f) {
  const places = j.legs.map((l) => ({ id: l.to?.id, at: (l.arrivedAt ?? l.departedAt)?.getTime() ?? NaN }));
  if (f.from.size > 0 && !(j.legs[0]?.from && f.from.has(j.legs[0].from.id))) return false;
  const entry = f.through.size === 0 ? -1 : places.findIndex((p) => p.id && f.through.has(p.id));
  if (f.through.size > 0 && entry < 0) return false;
  const entered = j.legs[Math.max(entry, 0)]?.departedAt?.getTime() ?? NaN;
  if (f.window.from !== null && !(entered >= f.window.from) || f.window.to !== null && !(entered <= f.window.to)) return false;
  if (f.to.size === 0) return true;
  const start = entry >= 0 ? places[entry].at : j.departedAt?.getTime() ?? NaN;
  return places.slice(entry + 1).some((p) => p.id && f.to.has(p.id) && p.at - start <= f.withinMs);
}
async function travelRoutes(ctx, a) {
  const page = parsePage(a.first, a.after);
  const view = viewOf(a.asOf);
  const window = windowParams(a.between);
  const gap = boundedInt(a.maxGapHours, DEFAULT_GAP_HOURS, 1, 720, "maxGapHours");
  const withinDays = boundedInt(a.withinDays, 365, 1, 3650, "withinDays");
  const minTravellers = boundedInt(a.minTravellers, 1, 1, 1e4, "minTravellers");
  for (const id of [...a.through ?? [], ...a.from ?? [], ...a.to ?? []]) checkId(id, "through/from/to");
  const [through, from, to] = await Promise.all([a.through, a.from, a.to].map((ids2) => placesWithin(ctx, ids2 ?? [], view)));
  const anchors = [...through.size ? through : to.size ? to : from];
  if (anchors.length === 0) throw badInput("give at least one of `through`, `to` or `from` (visible locations)", "through");
  const toPlaces = through.size > 0 && to.size > 0 ? [...to] : null;
  const people = await ctx.graph.read(TRAVELLERS_THROUGH, {
    anchors,
    toPlaces,
    withinSeconds: int(withinDays * 86400),
    ...window,
    ...viewParams(view),
    max: int(MAX_ROUTE_TRAVELLERS + 1)
  });
  if (people.length > MAX_ROUTE_TRAVELLERS) throw skeinError(ErrorCode.LIMIT_EXCEEDED, `more than ${MAX_ROUTE_TRAVELLERS} travellers match; narrow \`between\``);
  const ids = people.map((p) => String(p.id));
  const legs = await legsOf(ctx, ids, { from: window.from, to: null }, view);
  const place = await samePlace(ctx, legs.values(), view);
  const bound = (d) => d ? new Date(d).getTime() : null;
  const filter = { through, from, to, withinMs: withinDays * 864e5, window: { from: bound(a.between?.from), to: bound(a.between?.to) } };
  const matched = [];
  for (const [person, list] of legs) {
    for (const journey of chainJourneys(list, gap, place)) if (matchJourney(journey, filter)) matched.push({ person, journey });
  }
  const patterns = await group(ctx, matched, view);
  const kept = patterns.filter((p) => p.travellerCount >= minTravellers);
  return pageOf(kept, page);
}
async function group(ctx, matched, view) {
  const flags = /* @__PURE__ */ new Map();
  const people = [...new Set(matched.map((m) => m.person))];
  if (people.length) {
    for (const r of await ctx.graph.read(NEAR_FLAGS, { people, ...viewParams(view) })) {
      flags.set(String(r.pid), { nearRecruiter: r.nearRecruiter === true, nearWatchlist: r.nearWatchlist === true });
    }
  }
  const persons = await loadAll(ctx.records.byIdAt(view), people);
  const personById = new Map(people.map((id, i) => [id, persons[i]]));
  const byRoute = /* @__PURE__ */ new Map();
  for (const m of matched) {
    const person = personById.get(m.person);
    if (!person || m.journey.route.length === 0) continue;
    const key = m.journey.route.map((l) => l.id).join(">");
    const traveller = { person, journey: m.journey, ...flags.get(m.person) ?? { nearRecruiter: false, nearWatchlist: false } };
    byRoute.set(key, [...byRoute.get(key) ?? [], traveller]);
  }
  return [...byRoute.entries()].map(([key, travellers]) => pattern(key, travellers)).sort((x, y) => y.travellerCount - x.travellerCount || routeKey(x).localeCompare(routeKey(y)));
}
const routeKey = (p) => p.route.map((l) => l.id).join(">");
function pattern(_key, travellers) {
  travellers.sort((a, b) => (a.journey.departedAt?.getTime() ?? 0) - (b.journey.departedAt?.getTime() ?? 0));
  const distinct = new Map(travellers.map((t) => [t.person.id, t]));
  const times = travellers.map((t) => t.journey.departedAt).filter((d) => !!d);
  return {
    route: travellers[0].journey.route,
    travellerCount: distinct.size,
    travellers: travellers.slice(0, TRAVELLERS_SHOWN),
    linkedToRecruiter: [...distinct.values()].filter((t) => t.nearRecruiter).length,
    linkedToWatchlist: [...distinct.values()].filter((t) => t.nearWatchlist).length,
    firstDeparted: times[0] ?? null,
    lastDeparted: times[times.length - 1] ?? null
  };
}
export {
  MAX_ROUTE_TRAVELLERS,
  matchJourney,
  travelRoutes
};
