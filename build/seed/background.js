import { addLeg, flight } from "./legs.js";
import { associate, communicate } from "./links.js";
import { orgId } from "./orgs.js";
import { createPerson } from "./people.js";
import { flightPaths } from "./routes.js";
import { listOn } from "./scripted.js";
import { addMinutes } from "./random.js";
const DEPORTEE_PROFILES = [
  ["BE", "maghreb", "loc-bru", 3],
  ["NL", "maghreb", "loc-ams", 3],
  ["FR", "maghreb", "loc-cdg", 3],
  ["DE", "turkish", "loc-fra", 2],
  ["DE", "european", "loc-txl", 1],
  ["GB", "levant", "loc-lhr", 2],
  ["GB", "european", "loc-lhr", 1],
  ["MA", "maghreb", "loc-cmn", 2],
  ["TN", "maghreb", "loc-tun", 2]
];
const ENTRIES = ["loc-ist", "loc-saw", "loc-ayt"];
function flights(b, from, targets, after) {
  const path = b.rng.pick(flightPaths(from, targets));
  const legs = [];
  let at = after;
  for (let i = 0; i + 1 < path.length; i++) {
    const leg = flight(b, path[i] ?? "", path[i + 1] ?? "", at, i === 0 ? 0 : 120);
    legs.push(leg);
    at = leg.arrivedAt;
  }
  return legs;
}
function flyAll(b, p, legs, source, marking) {
  for (const l of legs) addLeg(b, p, { ...l, source, marking, confidence: b.rng.float(0.85, 1), usesPassport: true }, p.passport);
  return legs[legs.length - 1]?.arrivedAt ?? "";
}
function deportee(b) {
  const rng = b.rng;
  const [cc, origin, home] = rng.weighted(DEPORTEE_PROFILES.map((p2) => [p2, p2[3]]));
  const arrival = rng.dateBetween("2013-09-01", "2016-09-30");
  const minor = rng.chance(0.1);
  const p = createPerson(b, {
    agency: "TR-INTEL",
    origin,
    nationalities: [cc],
    residence: cc,
    noticedAt: arrival,
    activeFrom: arrival,
    birthYears: minor ? [1999, 2001] : [1980, 1997],
    idCardChance: 0.1
  });
  if (!rng.chance(0.75)) {
    listOn(b, p, "trNoEntry", arrival, `Entry ban on information from a partner service (${cc})`, rng.weighted([["GREEN", 2], ["AMBER", 1]]));
    return;
  }
  const marking = rng.weighted([["GREEN", 3], ["AMBER", 2]]);
  const outbound = flights(b, home, ENTRIES, arrival);
  const landed = flyAll(b, p, outbound, "TR-INTEL", marking);
  const entry = outbound[outbound.length - 1]?.to ?? "loc-ist";
  const from = flightPaths(entry, [home]).length > 0 ? entry : "loc-ist";
  const back = flights(b, from, [home], addMinutes(landed, rng.int(3, 6 * 1440)));
  const out = back[0]?.departedAt ?? landed;
  flyAll(b, p, back, "TR-INTEL", marking);
  const reason = minor ? `Deported ${out.slice(0, 10)}: minor travelling alone, parents alerted` : `Deported ${out.slice(0, 10)} on arrival screening`;
  listOn(b, p, "trNoEntry", out, reason, marking);
}
function euListed(b) {
  const rng = b.rng;
  const [cc, origin, home] = rng.pick(DEPORTEE_PROFILES.filter((d) => ["BE", "NL", "FR", "DE", "GB"].includes(d[0])));
  const noticed = rng.dateBetween("2013-06-01", "2016-06-30");
  const departed = rng.daysAfter(noticed, -60, -5);
  const p = createPerson(b, { agency: "EU-POLICE", origin, nationalities: [cc], residence: cc, noticedAt: noticed, activeFrom: departed });
  if (rng.chance(0.5)) flyAll(b, p, flights(b, home, ENTRIES, departed), "EU-POLICE", "GREEN");
  listOn(b, p, "euFighters", rng.daysAfter(noticed, 0, 60), "Reported by a member state: suspected departure to Syria", rng.weighted([["GREEN", 1], ["AMBER", 2]]));
}
function levantGroup(b, pairs) {
  const rng = b.rng;
  const people = Array.from({ length: 6 }, () => createPerson(b, {
    agency: "IL-INTEL",
    origin: "levant",
    nationalities: [rng.pick(["SY", "LB"])],
    residence: "SY",
    noticedAt: rng.dateBetween("2013-03-01", "2015-12-31"),
    marking: rng.weighted([["RED", 2], ["AMBER_STRICT", 1]]),
    birthYears: [1970, 1992]
  }));
  const party = (p) => ({ id: p.id, joinedAt: p.noticedAt });
  for (const p of people) {
    b.rel("MEMBER_OF", p.id, orgId("levantDawn"), { role: rng.pick(["fighter", "logistics", "commander"]) }, {
      source: "IL-INTEL",
      marking: p.marking,
      at: p.noticedAt,
      validFrom: p.noticedAt
    });
    associate(b, pairs, party(p), { id: "per-il-0001", joinedAt: "2013-10-01T00:00:00.000Z" }, { source: "IL-INTEL", marking: "RED" });
  }
  const [a, c] = people;
  if (a && c) communicate(b, pairs, party(a), party(c), { source: "IL-INTEL", marking: "AMBER_STRICT" });
}
function personsOfInterest(b, pairs, cell, count) {
  const rng = b.rng;
  for (let i = 0; i < count; i++) {
    const anchor = rng.pick(cell.members);
    const origin = rng.weighted(cell.spec.origins);
    const p = createPerson(b, {
      agency: cell.spec.agency,
      origin,
      residence: cell.spec.residence,
      nationalities: [cell.spec.residence],
      noticedAt: rng.daysAfter(anchor.joinedAt, 30, 500),
      mix: "person",
      marking: rng.chance(0.2) ? "CLEAR" : void 0
    });
    associate(b, pairs, anchor, { id: p.id, joinedAt: p.noticedAt }, { source: cell.spec.agency, confidence: rng.float(0.4, 0.6) });
  }
}
function addBackground(b, pairs, cells) {
  for (let i = 0; i < 56; i++) deportee(b);
  for (let i = 0; i < 20; i++) euListed(b);
  levantGroup(b, pairs);
  const perCell = { brussels: 4, antwerp: 3, hague: 7, paris: 7, surabaya: 7, sydney: 7 };
  for (const cell of cells) personsOfInterest(b, pairs, cell, perCell[cell.spec.key] ?? 0);
}
export {
  addBackground
};
