// Builds each cell: its people, who recruited whom (two levels deep), and their memberships.
import type { Marking } from '../src/model/graphModel.js';
import type { WorldBuilder } from './builder.js';
import { CELLS, type CellSpec, type FixedMember } from './cellSpecs.js';
import type { Origin } from './names.js';
import { orgId } from './orgs.js';
import { createPerson, type PersonRef } from './people.js';
import { day, type Rng } from './random.js';

export interface Member extends PersonRef {
  cell: string;
  joinedAt: string;
  origin: Origin;
  leader: boolean;
  subRecruiter: boolean;
  scripted: boolean;
  recruitedBy?: string;
  /** A member whose family name this one shares: the pair gets a FAMILY_OF edge. */
  relativeOf?: string;
}

export interface Cell {
  spec: CellSpec;
  leaders: Member[];
  members: Member[];
}

export function buildCells(b: WorldBuilder): Cell[] {
  return CELLS.map((spec) => buildCell(b, spec));
}

function buildCell(b: WorldBuilder, spec: CellSpec): Cell {
  const fixedLeaders = spec.fixed.filter((f) => f.leader);
  const fixedOthers = spec.fixed.filter((f) => !f.leader);
  const leaders = fixedLeaders.map((f) => addMember(b, spec, leaderJoin(b, spec), f));
  while (leaders.length < spec.leaderCount) leaders.push(addMember(b, spec, leaderJoin(b, spec), { leader: true }));
  const members: Member[] = [...leaders, ...fixedOthers.map((f) => addMember(b, spec, f.joinedAt ?? joinDate(b, spec), f))];
  while (members.length < spec.size) {
    const relatives = members.filter((m) => !m.leader && m.family);
    const sibling = relatives.length > 0 && b.rng.chance(0.1) ? b.rng.pick(relatives) : undefined;
    members.push(addMember(b, spec, joinDate(b, spec), undefined, sibling));
  }
  members.sort((x, y) => (x.joinedAt < y.joinedAt ? -1 : x.joinedAt > y.joinedAt ? 1 : 0));
  const cell: Cell = { spec, leaders, members };
  addRecruitment(b, cell);
  addMemberships(b, cell);
  return cell;
}

function leaderJoin(b: WorldBuilder, spec: CellSpec): string {
  return b.rng.daysAfter(`${spec.period[0]}T00:00:00.000Z`, -400, -150);
}

function joinDate(b: WorldBuilder, spec: CellSpec): string {
  return b.rng.dateBetween(`${spec.period[0]}T00:00:00.000Z`, `${spec.period[1]}T23:59:00.000Z`);
}

/** Nationality follows origin: a convert is not Moroccan, a Turkish-Belgian is not Lebanese. */
function nationalitiesFor(rng: Rng, spec: CellSpec, origin: Origin): string[] {
  if (origin === 'european') return [spec.residence];
  if (origin === 'turkish' && spec.residence !== 'TR') return [spec.residence, 'TR'];
  return [...rng.weighted(spec.nationalities)];
}

function addMember(b: WorldBuilder, spec: CellSpec, joinedAt: string, fixed?: Partial<FixedMember>, sibling?: Member): Member {
  const rng = b.rng;
  const origin: Origin = sibling?.origin ?? rng.weighted(spec.origins);
  const leader = fixed?.leader ?? false;
  const person = createPerson(b, {
    agency: spec.agency, origin, residence: spec.residence,
    nationalities: fixed?.nationalities ?? sibling?.nationalities ?? nationalitiesFor(rng, spec, origin),
    noticedAt: fixed?.noticedAt ?? rng.daysAfter(joinedAt, leader ? 30 : 20, leader ? 200 : 420), activeFrom: joinedAt,
    mix: leader ? 'leader' : 'person', birthYears: leader ? [1974, 1988] : [1986, 1999],
    birthPlace: rng.pick(spec.birthPlaces), family: sibling?.family, gender: sibling && origin === 'indonesian' ? 'male' : undefined,
    ...fixedPersonFields(fixed),
  });
  return {
    ...person, cell: spec.key, joinedAt, origin, leader, subRecruiter: false, scripted: fixed?.scripted ?? false,
    relativeOf: sibling?.id,
  };
}

function fixedPersonFields(fixed?: Partial<FixedMember>): Partial<Parameters<typeof createPerson>[1]> {
  if (!fixed?.id || !fixed.name) return {};
  const out: Partial<Parameters<typeof createPerson>[1]> = { id: fixed.id, fixedName: { name: fixed.name, aliases: fixed.aliases ?? [] } };
  if (fixed.marking) out.marking = fixed.marking;
  if (fixed.birthDate) out.birthDate = fixed.birthDate;
  if (fixed.birthPlace) out.birthPlace = fixed.birthPlace;
  if (fixed.noPassport) out.passport = null;
  return out;
}

/** Recruitment channels shift over time: Facebook and face to face early, Telegram from 2015. */
export function channelAt(rng: Rng, iso: string): string {
  if (iso < '2014-07') return rng.weighted([['IN_PERSON', 45], ['FACEBOOK', 30], ['WHATSAPP', 15], ['SKYPE', 10]] as const);
  if (iso < '2015-06') return rng.weighted([['IN_PERSON', 35], ['WHATSAPP', 25], ['FACEBOOK', 20], ['TELEGRAM', 20]] as const);
  return rng.weighted([['TELEGRAM', 45], ['IN_PERSON', 30], ['WHATSAPP', 20], ['FACEBOOK', 5]] as const);
}

/** Leaders recruit most; a few early recruits go on to recruit the next ring. */
function addRecruitment(b: WorldBuilder, cell: Cell): void {
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
    const marking: Marking = fixed?.recruitment?.marking ?? b.mark('recruitment');
    b.rel('RECRUITED', recruiter, m.id, {
      at: day(m.joinedAt), channel, place: channel === 'IN_PERSON' ? rng.pick(spec.places) : undefined,
    }, { source: spec.agency, marking, at: m.joinedAt, lag: [20, 300], validFrom: m.joinedAt }, fixed?.recruitment?.id);
  }
}

function pickRecruiter(rng: Rng, cell: Cell, m: Member): string | undefined {
  if (rng.chance(0.1)) return undefined;
  const subs = cell.members.filter((s) => s.subRecruiter && s.id !== m.id && s.joinedAt < m.joinedAt);
  // The first (hand-placed) leader is the cell's main recruiter; a co-leader recruits less.
  const options: [string, number][] = [...cell.leaders.map((l, i): [string, number] => [l.id, i === 0 ? 7 : 3]), ...subs.map((s): [string, number] => [s.id, 3])];
  return rng.weighted(options);
}

const ROLES = ['member', 'member', 'supporter', 'fighter', 'logistics', 'media', 'fundraiser'];

function addMemberships(b: WorldBuilder, cell: Cell): void {
  const rng = b.rng;
  const { spec } = cell;
  for (const m of cell.members) {
    const recruiter = m.leader || m.subRecruiter;
    if (recruiter || rng.chance(0.65)) addMembership(b, cell, m, orgId(spec.front), m.leader ? 'leader' : recruiter ? 'recruiter' : rng.pick(ROLES));
    if (m.leader || rng.chance(0.45)) addMembership(b, cell, m, orgId(spec.group), m.leader ? 'recruiter' : rng.pick(ROLES));
  }
}

function addMembership(b: WorldBuilder, cell: Cell, m: Member, org: string, role: string): void {
  const rng = b.rng;
  const since = rng.daysAfter(m.joinedAt, 0, 60);
  const until = rng.chance(0.12) ? rng.daysAfter(since, 100, 700) : undefined;
  b.rel('MEMBER_OF', m.id, org, { role, since: day(since), until: until ? day(until) : undefined }, {
    source: cell.spec.agency, marking: b.mark('social'), at: since, lag: [30, 365], validFrom: since, validTo: until,
  });
}
