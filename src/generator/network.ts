// The social shape of the synthetic world: recruiter-led cells laid out by index blocks (so any
// person's cell is known without memory), heavy-tailed association and contact degrees, families,
// and watchlist entries concentrated on recruiters and travellers.
import { dayIn, isoDay, prov, type Agency, type Emitter } from './emit.js';
import { hubIndex, Rng } from './random.js';
import { homeOf, personGid, type PersonFacts } from './person.js';

export const BLOCK = 100;

export interface World {
  seed: number;
  people: number;
  prefix: string;
  stride: number;
}

export interface CellRole {
  block: number;
  offset: number;
  size: number;
}

/** A block of 100 people holds a cell (7 in 10 blocks) made of its first `size` people; offset 0 leads it. */
export function cellOf(w: World, i: number): CellRole | undefined {
  const block = Math.floor(i / BLOCK);
  const rng = new Rng(w.seed, block, 2);
  const size = rng.chance(0.7) ? rng.int(8, 40) : 0;
  const offset = i % BLOCK;
  return offset < size ? { block, offset, size } : undefined;
}

export const WATCHLISTS: ReadonlyArray<{ key: string; name: string; kind: string; source: Agency }> = [
  { key: 'tr-no-entry', name: 'TR-INTEL no-entry list', kind: 'NO_ENTRY', source: 'TR-INTEL' },
  { key: 'nl-terror', name: 'National terrorism list (NL)', kind: 'TERROR_LIST', source: 'NL-INTEL' },
  { key: 'eu-fighters', name: 'EU foreign terrorist fighters list', kind: 'TERROR_LIST', source: 'EU-POLICE' },
  { key: 'eu-sanctions', name: 'EU counter-terrorism sanctions', kind: 'SANCTIONS', source: 'EU-POLICE' },
  { key: 'fr-watch', name: 'FR security watch file', kind: 'OTHER', source: 'FR-INTEL' },
  { key: 'au-terror', name: 'AU listed terrorist persons', kind: 'TERROR_LIST', source: 'AU-INTEL' },
];
export const ARMED_GROUPS = 3;

const wl = (w: World, key: string) => `${w.prefix}-wl-${key}`;
// Endpoints reported by another agency than the relationship are named by global id (`AGENCY:id`).
const armedGroup = (w: World, block: number) => `TR-INTEL:${w.prefix}-org-g${1 + (block % ARMED_GROUPS)}`;
const person = (w: World, j: number) => personGid(w.seed, w.prefix, j);
const own = (p: PersonFacts) => `${p.home.agency}:${p.id}`;
const rid = (w: World, abbr: string, i: number, k: number) => `${w.prefix}-${abbr}-${i}-${k}`;

export async function emitStatics(e: Emitter, w: World): Promise<void> {
  const rng = new Rng(w.seed, 0, 9);
  for (const l of WATCHLISTS) await e.node('Watchlist', wl(w, l.key), { name: l.name, kind: l.kind }, prov(rng, l.source, dayIn(rng), 'GREEN'));
  for (let g = 1; g <= ARMED_GROUPS; g++) {
    await e.node('Organisation', `${w.prefix}-org-g${g}`, { name: `Katibat Example ${g}`, kind: 'ARMED_GROUP', country: 'SY' }, prov(rng, 'TR-INTEL', dayIn(rng), 'AMBER'));
  }
}

/** Membership and recruitment; the leader also brings the cell's front organisation into being. */
export async function emitCell(e: Emitter, rng: Rng, w: World, i: number, p: PersonFacts, cell: CellRole): Promise<void> {
  const org = `${w.prefix}-org-${cell.block}`;
  const leader = cell.block * BLOCK;
  // The cell's organisation is reported by its leader's agency.
  const orgGid = `${homeOf(w.seed, leader).agency}:${org}`;
  if (cell.offset === 0) {
    const kind = rng.pick(['FRONT', 'CHARITY', 'MOSQUE_ASSOCIATION', 'MEDIA']);
    await e.node('Organisation', org, { name: `${p.name.surname} circle ${cell.block}`, kind, country: p.home.cc }, prov(rng, p.home.agency));
    await e.rel('AFFILIATED_WITH', rid(w, 'aff', i, 0), org, armedGroup(w, cell.block), prov(rng, p.home.agency));
    if (rng.chance(0.2)) await e.rel('FUNDED', rid(w, 'fund', i, 0), orgGid, armedGroup(w, cell.block), prov(rng, 'EU-POLICE'), { amount: rng.int(5, 500) * 100, currency: 'EUR' });
  }
  const since = dayIn(rng, 0, 3 * 365);
  await e.rel('MEMBER_OF', rid(w, 'mem', i, 0), p.id, orgGid, prov(rng, p.home.agency, since), { role: cell.offset === 0 ? 'recruiter' : 'member', since: isoDay(since) });
  if (cell.offset === 0) return;
  // Sub-recruiters (offsets 1..3) recruit most of the cell; the leader recruits them.
  const by = cell.offset <= 3 ? leader : leader + 1 + (cell.offset % 3);
  const at = dayIn(rng, 0, 3 * 365);
  await e.rel('RECRUITED', rid(w, 'rec', i, 0), person(w, by), p.id, prov(rng, p.home.agency, at), { at: isoDay(at), channel: rng.pick(['in person', 'online', 'prison', 'mosque']) });
}

/** Associates and contacts: mostly near (same block), some to hubs, so degrees are heavy-tailed. */
export async function emitLinks(e: Emitter, rng: Rng, w: World, i: number, p: PersonFacts, cell: CellRole | undefined): Promise<void> {
  const other = (local: boolean) => {
    const j = local ? Math.min(w.people - 1, Math.floor(i / BLOCK) * BLOCK + rng.int(0, BLOCK - 1)) : hubIndex(rng, w.people, w.stride);
    return j === i ? undefined : person(w, j);
  };
  const associates = Math.min(rng.geometric(1.2), 40);
  for (let k = 0; k < associates; k++) {
    const to = other(rng.chance(0.6));
    if (to) await e.rel('ASSOCIATE_OF', rid(w, 'asc', i, k), p.id, to, prov(rng, p.home.agency));
  }
  const contacts = Math.min(rng.geometric(1.8), 60);
  for (let k = 0; k < contacts; k++) {
    const to = other(cell !== undefined || rng.chance(0.5));
    if (!to) continue;
    const first = dayIn(rng, 0, 4 * 365);
    const props = { channel: rng.pick(['Telegram', 'WhatsApp', 'phone', 'Signal']), firstSeen: isoDay(first), lastSeen: isoDay(first + rng.int(1, 400) * 86_400_000), count: rng.int(1, 500) };
    await e.rel('COMMUNICATED_WITH', rid(w, 'com', i, k), p.id, to, prov(rng, p.home.agency, first), props);
  }
  if (rng.chance(0.08) && i + 1 < w.people) {
    await e.rel('FAMILY_OF', rid(w, 'fam', i, 0), p.id, person(w, i + 1), prov(rng, p.home.agency), { relation: rng.pick(['sibling', 'cousin', 'spouse']) });
  }
}

export async function emitListings(e: Emitter, rng: Rng, w: World, i: number, p: PersonFacts, leader: boolean, crossed: boolean): Promise<void> {
  const lists: string[] = [];
  if (leader && rng.chance(0.8)) lists.push(rng.pick(['eu-fighters', 'eu-sanctions', 'fr-watch', 'nl-terror', 'au-terror']));
  if (crossed && rng.chance(0.6)) lists.push('tr-no-entry');
  if (!leader && !crossed && rng.chance(0.01)) lists.push(rng.pick(['fr-watch', 'nl-terror']));
  for (const [k, key] of [...new Set(lists)].entries()) {
    const source = WATCHLISTS.find((l) => l.key === key)!.source;
    const added = dayIn(rng, 2 * 365, 4 * 365);
    await e.rel('LISTED_ON', rid(w, 'list', i, k), own(p), wl(w, key), prov(rng, source, added), { added: isoDay(added), reason: leader ? 'recruitment' : 'travel to conflict zone' });
  }
}
