import { channelAt } from "./cells.js";
import { addIdentifier, holdIdentifier } from "./people.js";
import { phoneNumber } from "./identity.js";
import { addDays, day } from "./random.js";
class PairSet {
  seen = /* @__PURE__ */ new Set();
  claim(type, a, b) {
    const key = a < b ? `${type}|${a}|${b}` : `${type}|${b}|${a}`;
    if (this.seen.has(key) || a === b) return false;
    this.seen.add(key);
    return true;
  }
}
function associate(b, pairs, x, y, tie) {
  if (!pairs.claim("ASSOCIATE_OF", x.id, y.id)) return;
  const since = x.joinedAt > y.joinedAt ? x.joinedAt : y.joinedAt;
  b.rel("ASSOCIATE_OF", x.id, y.id, {}, {
    source: tie.source,
    marking: tie.marking ?? b.mark("social"),
    at: since,
    lag: [20, 300],
    validFrom: since,
    confidence: tie.confidence
  });
}
function communicate(b, pairs, x, y, tie) {
  if (!pairs.claim("COMMUNICATED_WITH", x.id, y.id)) return;
  const rng = b.rng;
  const firstSeen = rng.daysAfter(x.joinedAt > y.joinedAt ? x.joinedAt : y.joinedAt, 0, 90);
  const lastSeen = rng.daysAfter(firstSeen, 5, 400);
  b.rel("COMMUNICATED_WITH", x.id, y.id, {
    channel: channelAt(rng, firstSeen),
    firstSeen: day(firstSeen),
    lastSeen: day(lastSeen),
    count: rng.int(2, 380)
  }, {
    source: tie.source,
    marking: tie.marking ?? b.mark("social"),
    at: lastSeen,
    lag: [7, 200],
    validFrom: firstSeen,
    validTo: lastSeen,
    confidence: tie.confidence
  });
}
function family(b, pairs, x, y, relation, source) {
  if (!pairs.claim("FAMILY_OF", x.id, y.id)) return;
  b.rel("FAMILY_OF", x.id, y.id, { relation }, {
    source,
    marking: b.rng.weighted([["GREEN", 3], ["AMBER", 5], ["AMBER_STRICT", 1]]),
    at: x.noticedAt,
    lag: [5, 120],
    confidence: b.rng.float(0.8, 1)
  });
}
function addCellTies(b, pairs, cell) {
  const rng = b.rng;
  const source = cell.spec.agency;
  const byId = new Map(cell.members.map((m) => [m.id, m]));
  for (const m of cell.members) {
    const relative = m.relativeOf ? byId.get(m.relativeOf) : void 0;
    if (relative) family(b, pairs, relative, m, rng.pick(["sibling", "sibling", "cousin"]), source);
  }
  addSpouses(b, pairs, cell);
  for (const m of cell.members) {
    const recruiter = m.recruitedBy ? byId.get(m.recruitedBy) : void 0;
    if (recruiter && rng.chance(0.7)) communicate(b, pairs, recruiter, m, { source });
  }
  const n = cell.members.length;
  for (let i = 0; i < Math.round(n * 1.1); i++) associate(b, pairs, rng.pick(cell.members), rng.pick(cell.members), { source });
  for (let i = 0; i < Math.round(n * 0.7); i++) communicate(b, pairs, rng.pick(cell.members), rng.pick(cell.members), { source });
  addBurner(b, cell);
}
function addSpouses(b, pairs, cell) {
  const rng = b.rng;
  const women = cell.members.filter((m) => m.gender === "female");
  const men = rng.shuffle(cell.members.filter((m) => m.gender === "male"));
  women.slice(0, 2).forEach((w, i) => {
    const man = men[i];
    if (man) family(b, pairs, man, w, "spouse", cell.spec.agency);
  });
}
function addBurner(b, cell) {
  const rng = b.rng;
  const leader = cell.leaders[0];
  if (!leader) return;
  const seenAt = addDays(leader.noticedAt, rng.int(10, 200));
  const burner = addIdentifier(b, { ...leader, noticedAt: seenAt }, { kind: "PHONE", value: phoneNumber(rng, cell.spec.residence) });
  const others = rng.sample(cell.members.filter((m) => !m.leader), rng.int(1, 2));
  for (const m of others) holdIdentifier(b, m, burner, rng.weighted([["AMBER", 2], ["AMBER_STRICT", 2], ["RED", 1]]), seenAt);
}
export {
  PairSet,
  addCellTies,
  associate,
  communicate
};
