import { CELLS } from "./cellSpecs.js";
import { orgId } from "./orgs.js";
import { createPerson } from "./people.js";
import { day } from "./random.js";
function buildCells(b) {
  return CELLS.map((spec) => buildCell(b, spec));
}
function buildCell(b, spec) {
  const fixedLeaders = spec.fixed.filter((f) => f.leader);
  const fixedOthers = spec.fixed.filter((f) => !f.leader);
  const leaders = fixedLeaders.map((f) => addMember(b, spec, leaderJoin(b, spec), f));
  while (leaders.length < spec.leaderCount) leaders.push(addMember(b, spec, leaderJoin(b, spec), { leader: true }));
  const members = [...leaders, ...fixedOthers.map((f) => addMember(b, spec, f.joinedAt ?? joinDate(b, spec), f))];
  while (members.length < spec.size) {
    const relatives = members.filter((m) => !m.leader && m.family);
    const sibling = relatives.length > 0 && b.rng.chance(0.1) ? b.rng.pick(relatives) : void 0;
    members.push(addMember(b, spec, joinDate(b, spec), void 0, sibling));
  }
  members.sort((x, y) => x.joinedAt < y.joinedAt ? -1 : x.joinedAt > y.joinedAt ? 1 : 0);
  const cell = { spec, leaders, members };
  addRecruitment(b, cell);
  addMemberships(b, cell);
  return cell;
}
function leaderJoin(b, spec) {
  return b.rng.daysAfter(`${spec.period[0]}T00:00:00.000Z`, -400, -150);
}
function joinDate(b, spec) {
  return b.rng.dateBetween(`${spec.period[0]}T00:00:00.000Z`, `${spec.period[1]}T23:59:00.000Z`);
}
function nationalitiesFor(rng, spec, origin) {
  if (origin === "european") return [spec.residence];
  if (origin === "turkish" && spec.residence !== "TR") return [spec.residence, "TR"];
  return [...rng.weighted(spec.nationalities)];
}
function addMember(b, spec, joinedAt, fixed, sibling) {
  const rng = b.rng;
  const origin = sibling?.origin ?? rng.weighted(spec.origins);
  const leader = fixed?.leader ?? false;
  const person = createPerson(b, {
    agency: spec.agency,
    origin,
    residence: spec.residence,
    nationalities: fixed?.nationalities ?? sibling?.nationalities ?? nationalitiesFor(rng, spec, origin),
    noticedAt: fixed?.noticedAt ?? rng.daysAfter(joinedAt, leader ? 30 : 20, leader ? 200 : 420),
    activeFrom: joinedAt,
    mix: leader ? "leader" : "person",
    birthYears: leader ? [1974, 1988] : [1986, 1999],
    birthPlace: rng.pick(spec.birthPlaces),
    family: sibling?.family,
    gender: sibling && origin === "indonesian" ? "male" : void 0,
    ...fixedPersonFields(fixed)
  });
  return {
    ...person,
    cell: spec.key,
    joinedAt,
    origin,
    leader,
    subRecruiter: false,
    scripted: fixed?.scripted ?? false,
    relativeOf: sibling?.id
  };
}
function fixedPersonFields(fixed) {
  if (!fixed?.id || !fixed.name) return {};
  const out = { id: fixed.id, fixedName: { name: fixed.name, aliases: fixed.aliases ?? [] } };
  if (fixed.marking) out.marking = fixed.marking;
  if (fixed.birthDate) out.birthDate = fixed.birthDate;
  if (fixed.birthPlace) out.birthPlace = fixed.birthPlace;
  if (fixed.noPassport) out.passport = null;
  return out;
}
function channelAt(rng, iso) {
  if (iso < "2014-07") return rng.weighted([["IN_PERSON", 45], ["FACEBOOK", 30], ["WHATSAPP", 15], ["SKYPE", 10]]);
  if (iso < "2015-06") return rng.weighted([["IN_PERSON", 35], ["WHATSAPP", 25], ["FACEBOOK", 20], ["TELEGRAM", 20]]);
  return rng.weighted([["TELEGRAM", 45], ["IN_PERSON", 30], ["WHATSAPP", 20], ["FACEBOOK", 5]]);
}
function addRecruitment(b, cell) {
  const rng = b.rng;
  const { spec, members } = cell;
  const fixedById = new Map(spec.fixed.map((f) => [f.id, f]));
  const early = members.filter((m) => !m.leader && !fixedById.has(m.id)).slice(0, Math.ceil(members.length * 0.4));
  for (const s of rng.sample(early, rng.int(1, 3))) s.subRecruiter = true;
  for (const m of members) {
    if (m.leader) continue;
    const fixed = fixedById.get(m.id);
    const recruiter = fixed?.recruitedBy ?? pickRecruiter(rng, cell, m);
    if (!recruiter) continue;
    m.recruitedBy = recruiter;
    const channel = fixed?.recruitment?.channel ?? channelAt(rng, m.joinedAt);
    const marking = fixed?.recruitment?.marking ?? b.mark("recruitment");
    b.rel("RECRUITED", recruiter, m.id, {
      at: day(m.joinedAt),
      channel,
      place: channel === "IN_PERSON" ? rng.pick(spec.places) : void 0
    }, { source: spec.agency, marking, at: m.joinedAt, lag: [20, 300], validFrom: m.joinedAt }, fixed?.recruitment?.id);
  }
}
function pickRecruiter(rng, cell, m) {
  if (rng.chance(0.1)) return void 0;
  const subs = cell.members.filter((s) => s.subRecruiter && s.id !== m.id && s.joinedAt < m.joinedAt);
  const options = [...cell.leaders.map((l, i) => [l.id, i === 0 ? 7 : 3]), ...subs.map((s) => [s.id, 3])];
  return rng.weighted(options);
}
const ROLES = ["member", "member", "supporter", "fighter", "logistics", "media", "fundraiser"];
function addMemberships(b, cell) {
  const rng = b.rng;
  const { spec } = cell;
  for (const m of cell.members) {
    const recruiter = m.leader || m.subRecruiter;
    if (recruiter || rng.chance(0.65)) addMembership(b, cell, m, orgId(spec.front), m.leader ? "leader" : recruiter ? "recruiter" : rng.pick(ROLES));
    if (m.leader || rng.chance(0.45)) addMembership(b, cell, m, orgId(spec.group), m.leader ? "recruiter" : rng.pick(ROLES));
  }
}
function addMembership(b, cell, m, org, role) {
  const rng = b.rng;
  const since = rng.daysAfter(m.joinedAt, 0, 60);
  const until = rng.chance(0.12) ? rng.daysAfter(since, 100, 700) : void 0;
  b.rel("MEMBER_OF", m.id, org, { role, since: day(since), until: until ? day(until) : void 0 }, {
    source: cell.spec.agency,
    marking: b.mark("social"),
    at: since,
    lag: [30, 365],
    validFrom: since,
    validTo: until
  });
}
export {
  buildCells,
  channelAt
};
