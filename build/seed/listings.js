import { listOn } from "./scripted.js";
import { addDays } from "./random.js";
const PLACE_NAME = {
  "loc-gaziantep": "Gaziantep",
  "loc-antakya": "Antakya",
  "loc-sanliurfa": "Sanliurfa",
  "loc-kilis": "Kilis"
};
const PARTNER = {
  "BE-INTEL": "BE",
  "NL-INTEL": "NL",
  "FR-INTEL": "FR",
  "ID-CT": "ID",
  "AU-INTEL": "AU",
  "TR-INTEL": "TR"
};
function trMarking(b) {
  return b.rng.weighted([["GREEN", 5], ["AMBER", 4], ["AMBER_STRICT", 1]]);
}
function noEntry(b, outcomes) {
  for (const o of outcomes) {
    const partner = PARTNER[o.person.agency] ?? o.person.agency;
    if (o.deportedAt) {
      const where = PLACE_NAME[o.deportedFrom ?? ""] ?? "Istanbul";
      listOn(b, o.person, "trNoEntry", o.deportedAt, `Deported ${o.deportedAt.slice(0, 10)} after detention in ${where}`, trMarking(b));
    } else if (b.rng.chance(0.45)) {
      const late = o.crossedAt && b.rng.chance(0.6);
      const added = late ? b.rng.daysAfter(o.crossedAt ?? o.departedAt, 20, 300) : addDays(o.departedAt, -b.rng.int(10, 200));
      listOn(b, o.person, "trNoEntry", added, `Entry ban on information from a partner service (${partner})`, trMarking(b));
    }
  }
}
function euFighters(b, outcomes) {
  for (const o of outcomes) {
    if (!o.crossedAt) continue;
    if (!o.returnedAt && !b.rng.chance(0.4)) continue;
    const added = o.returnedAt ?? b.rng.daysAfter(o.crossedAt, 30, 400);
    const reason = o.returnedAt ? "Returnee from the conflict zone" : "Suspected foreign terrorist fighter (travel to Syria)";
    listOn(b, o.person, "euFighters", added, reason, b.rng.weighted([["GREEN", 1], ["AMBER", 4]]));
  }
}
function nlTerror(b, cells, outcomes) {
  const hague = cells.find((c) => c.spec.key === "hague");
  const leader = hague?.leaders[0];
  if (leader) listOn(b, leader, "nlTerror", "2015-03-16T00:00:00.000Z", "Designated: recruitment for a terrorist organisation", "CLEAR");
  const dutch = outcomes.filter((o) => o.person.agency === "NL-INTEL" && o.crossedAt);
  for (const o of dutch.slice(0, 10)) {
    const added = b.rng.daysAfter(o.crossedAt ?? o.departedAt, 60, 500);
    listOn(b, o.person, "nlTerror", added, "Designated: participation in a terrorist organisation abroad", "CLEAR");
  }
}
function addListings(b, cells, outcomes) {
  noEntry(b, outcomes);
  euFighters(b, outcomes);
  nlTerror(b, cells, outcomes);
}
export {
  addListings
};
