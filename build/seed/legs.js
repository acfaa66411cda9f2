import { MARKINGS } from "../src/model/graphModel.js";
import { SHORT } from "./agencies.js";
import { COACHES, flightsBetween, pickService } from "./routes.js";
import { addMinutes, at } from "./random.js";
function nextDeparture(after, clock, gapMinutes) {
  let candidate = at(after, clock);
  const earliest = addMinutes(after, gapMinutes);
  while (candidate < earliest) candidate = addMinutes(candidate, 1440);
  return candidate;
}
function fromService(from, to, mode, s, after, gap) {
  const departedAt = nextDeparture(after, s.clock, gap);
  return { from, to, mode, departedAt, arrivedAt: addMinutes(departedAt, s.minutes), carrier: s.carrier, flightNumber: s.code };
}
function flight(b, from, to, after, gap = 120) {
  const s = pickService(b.rng, flightsBetween(from, to));
  if (!s) throw new Error(`no flight ${from} \u2192 ${to}`);
  return fromService(from, to, "AIR", s, after, gap);
}
function coach(b, from, to, after, gap = 60) {
  const s = pickService(b.rng, COACHES[`${from.replace("loc-", "")}>${to.replace("loc-", "")}`] ?? []);
  if (s) return fromService(from, to, "LAND", s, after, gap);
  const departedAt = addMinutes(after, gap + b.rng.int(0, 600));
  return { from, to, mode: "LAND", departedAt, arrivedAt: addMinutes(departedAt, b.rng.int(60, 240)) };
}
function stricter(b, m) {
  const i = MARKINGS.indexOf(m);
  return b.rng.chance(0.15) && i < MARKINGS.length - 1 ? MARKINGS[i + 1] : m;
}
function addLeg(b, person, leg, passport) {
  const id = b.nextId(`trv-${SHORT[leg.source]}`);
  const base = {
    source: leg.source,
    marking: leg.marking,
    at: leg.arrivedAt,
    validFrom: leg.departedAt,
    validTo: leg.arrivedAt,
    confidence: leg.confidence
  };
  const prov = b.provenance({ ...base, lag: leg.source === "TR-INTEL" ? [1, 45] : [2, 120] });
  const shared = { ...base, reportedAt: prov.reportedAt, sourceRef: prov.sourceRef ?? void 0 };
  b.node("Travel", id, {
    mode: leg.mode,
    departedAt: leg.departedAt,
    arrivedAt: leg.arrivedAt,
    carrier: leg.carrier,
    flightNumber: leg.flightNumber
  }, shared);
  b.rel("MADE", person.id, id, {}, { ...shared, marking: stricter(b, leg.marking) });
  b.rel("FROM", id, leg.from, {}, shared);
  b.rel("TO", id, leg.to, {}, shared);
  if (passport && leg.usesPassport) b.rel("USED", id, passport, {}, shared);
  return id;
}
export {
  addLeg,
  coach,
  flight,
  nextDeparture
};
