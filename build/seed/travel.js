import { addLeg, coach, flight } from "./legs.js";
import { communicate } from "./links.js";
import { ACROSS_BORDER, GATES_FROM, countryOf, parentOf } from "./places.js";
import { flightPaths } from "./routes.js";
import { addMinutes } from "./random.js";
const ENTRY_WEIGHT = { "loc-ist": 4, "loc-saw": 3, "loc-ayt": 2, "loc-dlm": 1, "loc-bjv": 1 };
const STAGING_AIRPORTS = ["loc-gzt", "loc-hty", "loc-gny"];
const LATEST_TRIP = "2016-10-31T00:00:00.000Z";
function sourceFor(b, leg, home, homeCc) {
  const fromTr = countryOf(leg.from) === "TR";
  const toTr = countryOf(leg.to) === "TR";
  if (fromTr && toTr) return "TR-INTEL";
  if (toTr) return b.rng.chance(0.55) ? "TR-INTEL" : home;
  if (countryOf(leg.to) === homeCc || countryOf(leg.from) === homeCc) return home;
  return fromTr ? "TR-INTEL" : home;
}
function template(b, leg, source, sensitive = false) {
  const marking = b.mark(sensitive ? "recruitment" : "travel");
  const confidence = sensitive ? b.rng.float(0.4, 0.8) : b.rng.float(0.8, 1);
  return { ...leg, source, marking, confidence, usesPassport: leg.mode === "AIR" || countryOf(leg.to) !== countryOf(leg.from) };
}
function outbound(b, origin, start) {
  const paths = flightPaths(origin, Object.keys(ENTRY_WEIGHT));
  const path = b.rng.weighted(paths.map((p) => [p, ENTRY_WEIGHT[p[p.length - 1] ?? ""] ?? 1]));
  const legs = [];
  let after = start;
  for (let i = 0; i + 1 < path.length; i++) {
    const leg = flight(b, path[i] ?? "", path[i + 1] ?? "", after, i === 0 ? 0 : 120);
    legs.push(leg);
    after = leg.arrivedAt;
  }
  return legs;
}
function toStaging(b, entry, after) {
  const rng = b.rng;
  if ((entry === "loc-ist" || entry === "loc-saw") && rng.chance(0.45)) {
    const options = STAGING_AIRPORTS.filter((a) => flightPathsOk(entry, a));
    const leg = flight(b, entry, rng.pick(options), after, 90);
    return [leg];
  }
  const city = parentOf(entry) ?? "loc-istanbul";
  const wait = entry === "loc-ist" || entry === "loc-saw" ? rng.int(60, 1800) : rng.int(2, 6) * 1440;
  const staging = city === "loc-istanbul" ? rng.pick(["loc-gaziantep", "loc-antakya", "loc-sanliurfa"]) : rng.pick(["loc-gaziantep", "loc-sanliurfa"]);
  return [coach(b, city, staging, addMinutes(after, wait))];
}
function flightPathsOk(from, to) {
  return flightPaths(from, [to]).some((p) => p.length === 2);
}
function planTrip(b, cell, start, fate) {
  const { agency, residence } = cell.spec;
  const origin = b.rng.pick(cell.spec.airports);
  const fields = [...outbound(b, origin, start)];
  const entry = fields[fields.length - 1]?.to ?? "loc-ist";
  fields.push(...toStaging(b, entry, fields[fields.length - 1]?.arrivedAt ?? start));
  const last = fields[fields.length - 1];
  const staging = STAGING_AIRPORTS.includes(last?.to ?? "") ? parentOf(last?.to ?? "") ?? "loc-gaziantep" : last?.to ?? "loc-gaziantep";
  const legs = fields.map((f) => template(b, f, sourceFor(b, f, agency, residence)));
  const arrived = last?.arrivedAt ?? start;
  if (fate === "deported") return { legs, stopAt: staging };
  const gate = b.rng.pick(GATES_FROM[staging] ?? ["loc-oncupinar"]);
  const border = coach(b, staging, gate, addMinutes(arrived, b.rng.int(1, 6) * 1440));
  legs.push(template(b, border, "TR-INTEL", true));
  if (b.rng.chance(0.6)) {
    const across = coach(b, gate, ACROSS_BORDER[gate] ?? "loc-azaz", addMinutes(border.arrivedAt, b.rng.int(30, 600)));
    legs.push({ ...template(b, across, "TR-INTEL", true), confidence: b.rng.float(0.4, 0.6), usesPassport: false });
  }
  return { legs, crossedAt: border.arrivedAt, stopAt: gate };
}
function homeward(b, cell, fromCity, after, deported) {
  const { agency, residence } = cell.spec;
  const fields = [];
  let city = fromCity;
  if (!STAGING_AIRPORTS.some((a) => parentOf(a) === city)) {
    fields.push(coach(b, city, "loc-gaziantep", after));
    city = "loc-gaziantep";
  }
  const airport = STAGING_AIRPORTS.find((a) => parentOf(a) === city) ?? "loc-gzt";
  fields.push(flight(b, airport, "loc-ist", fields[fields.length - 1]?.arrivedAt ?? after));
  const home = b.rng.pick(flightPaths("loc-ist", cell.spec.airports));
  for (let i = 0; i + 1 < home.length; i++) {
    fields.push(flight(b, home[i] ?? "", home[i + 1] ?? "", fields[fields.length - 1]?.arrivedAt ?? after));
  }
  return fields.map((f) => template(b, f, deported && countryOf(f.from) === "TR" ? "TR-INTEL" : sourceFor(b, f, agency, residence)));
}
function tripStart(b, group) {
  const joined = group.map((m) => m.joinedAt).sort().at(-1) ?? "2014-01-01T00:00:00.000Z";
  const start = b.rng.daysAfter(joined, 30, 240);
  return start < LATEST_TRIP ? start : b.rng.dateBetween("2016-01-10", "2016-10-20");
}
function addCellTravel(b, pairs, cell, escorts) {
  const rng = b.rng;
  const candidates = cell.members.filter((m) => !m.leader && !m.scripted);
  const travellers = rng.sample(candidates, Math.round(cell.members.length * cell.spec.travelShare));
  const outcomes = [];
  for (let i = 0; i < travellers.length; ) {
    const size = rng.weighted([[1, 60], [2, 25], [3, 15]]);
    const group = travellers.slice(i, i + size);
    i += size;
    outcomes.push(...groupTrip(b, pairs, cell, group, escorts));
  }
  return outcomes;
}
function groupTrip(b, pairs, cell, group, escorts) {
  const rng = b.rng;
  const start = tripStart(b, group);
  const fate = rng.chance(0.12) ? "deported" : "cross";
  const plan = planTrip(b, cell, start, fate);
  for (const m of group) for (const leg of plan.legs) addLeg(b, m, leg, m.passport);
  const escort = escorts.length > 0 && rng.chance(0.35) ? rng.pick(escorts) : void 0;
  const overland = plan.legs.find((l) => l.mode === "LAND" && countryOf(l.to) === "TR");
  if (escort && overland) {
    addLeg(b, escort, { ...overland, source: "TR-INTEL" }, escort.passport);
    for (const m of group) communicate(b, pairs, escort, m, { source: "TR-INTEL" });
  }
  const lastArrival = plan.legs[plan.legs.length - 1]?.arrivedAt ?? start;
  return group.map((m) => finishTrip(b, cell, m, plan, start, fate, lastArrival));
}
function finishTrip(b, cell, m, plan, start, fate, last) {
  const rng = b.rng;
  const outcome = { person: m, departedAt: start };
  if (fate === "deported") {
    const legs = homeward(b, cell, plan.stopAt, b.rng.daysAfter(last, 1, 5), true);
    for (const leg of legs) addLeg(b, m, leg, m.passport);
    outcome.deportedAt = legs[legs.length - 1]?.departedAt ?? last;
    outcome.deportedFrom = plan.stopAt;
    return outcome;
  }
  outcome.crossedAt = plan.crossedAt;
  if (rng.chance(0.2)) {
    const gate = plan.stopAt;
    const back = coach(b, gate, parentOf(gate) ?? "loc-gaziantep", rng.daysAfter(last, 90, 480));
    const legs = [template(b, back, "TR-INTEL", true), ...homeward(b, cell, back.to, back.arrivedAt, false)];
    for (const leg of legs) addLeg(b, m, leg, m.passport);
    outcome.returnedAt = legs[legs.length - 1]?.arrivedAt;
  }
  return outcome;
}
export {
  addCellTravel,
  homeward,
  tripStart
};
