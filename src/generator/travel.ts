// Travel legs along the routes of 2013-2016: a flight home -> Istanbul, on to the south-east, then
// overland to a border crossing; some come back. Each leg is a Travel record with MADE, FROM, TO
// and USED (the passport shown), reported by the home agency or, inside Turkey, by TR-INTEL.
import { dayIn, isoTime, prov, type Emitter } from './emit.js';
import { HUBS, STAGING } from './places.js';
import type { Rng } from './random.js';
import type { PersonFacts } from './person.js';
import type { World } from './network.js';

const DAY = 86_400_000;
const CARRIERS = [['Turkish Airlines', 'TK'], ['Pegasus Airlines', 'PC'], ['AnadoluJet', 'TK']] as const;

interface Leg {
  from: string;
  to: string;
  mode: 'AIR' | 'LAND';
  at: number;
  hours: number;
  domestic: boolean;
}

function route(rng: Rng, p: PersonFacts, start: number): { legs: Leg[]; crossed: boolean } {
  const home = rng.pick(p.home.airports);
  const hub = rng.pick(HUBS);
  const staging = rng.pick(STAGING);
  const legs: Leg[] = [];
  let t = start;
  if (home !== hub) legs.push({ from: home, to: hub, mode: 'AIR', at: t, hours: rng.int(3, 12), domestic: false });
  t += rng.int(1, 6) * DAY;
  legs.push({ from: hub, to: staging.airport, mode: 'AIR', at: t, hours: 2, domestic: true });
  const crossed = rng.chance(0.8);
  if (crossed) {
    t += rng.int(1, 10) * DAY;
    legs.push({ from: staging.town, to: rng.pick(staging.gates), mode: 'LAND', at: t, hours: rng.int(1, 4), domestic: true });
  }
  if (rng.chance(0.2)) legs.push({ from: hub, to: home, mode: 'AIR', at: t + rng.int(60, 500) * DAY, hours: rng.int(3, 12), domestic: false });
  return { legs, crossed };
}

/** Emits the person's journey, if they travel; returns whether they reached a border crossing. */
export async function emitTravel(e: Emitter, rng: Rng, w: World, i: number, p: PersonFacts, inCell: boolean): Promise<boolean> {
  if (!rng.chance(inCell ? 0.35 : 0.04)) return false;
  const { legs, crossed } = route(rng, p, dayIn(rng, 365, 3 * 365));
  for (const [k, leg] of legs.entries()) {
    const id = `${w.prefix}-trv-${i}-${k}`;
    const reporter = leg.domestic ? 'TR-INTEL' : p.home.agency;
    const carrier = rng.pick(CARRIERS);
    const props: Record<string, unknown> = { mode: leg.mode, departedAt: isoTime(leg.at), arrivedAt: isoTime(leg.at + leg.hours * 3_600_000) };
    if (leg.mode === 'AIR') Object.assign(props, { carrier: carrier[0], flightNumber: `${carrier[1]}${rng.int(100, 2999)}` });
    else props.carrier = rng.pick(['Metro Turizm', 'Kamil Koc', 'minibus']);
    const pv = prov(rng, reporter, leg.at);
    await e.node('Travel', id, props, pv);
    // The person and passport are the home agency's records, places EU-POLICE's: named by global id.
    await e.rel('MADE', `${id}-made`, `${p.home.agency}:${p.id}`, id, pv);
    await e.rel('FROM', `${id}-from`, id, `EU-POLICE:${w.prefix}-loc-${leg.from}`, pv);
    await e.rel('TO', `${id}-to`, id, `EU-POLICE:${w.prefix}-loc-${leg.to}`, pv);
    await e.rel('USED', `${id}-used`, id, `${p.home.agency}:${p.passport}`, pv);
  }
  return crossed;
}
