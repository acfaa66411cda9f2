import { dayIn, isoTime, prov } from "./emit.js";
import { HUBS, STAGING } from "./places.js";
const DAY = 864e5;
const CARRIERS = [["Turkish Airlines", "TK"], ["Pegasus Airlines", "PC"], ["AnadoluJet", "TK"]];
function route(rng, p, start) {
  const home = rng.pick(p.home.airports);
  const hub = rng.pick(HUBS);
  const staging = rng.pick(STAGING);
  const legs = [];
  let t = start;
  if (home !== hub) legs.push({ from: home, to: hub, mode: "AIR", at: t, hours: rng.int(3, 12), domestic: false });
  t += rng.int(1, 6) * DAY;
  legs.push({ from: hub, to: staging.airport, mode: "AIR", at: t, hours: 2, domestic: true });
  const crossed = rng.chance(0.8);
  if (crossed) {
    t += rng.int(1, 10) * DAY;
    legs.push({ from: staging.town, to: rng.pick(staging.gates), mode: "LAND", at: t, hours: rng.int(1, 4), domestic: true });
  }
  if (rng.chance(0.2)) legs.push({ from: hub, to: home, mode: "AIR", at: t + rng.int(60, 500) * DAY, hours: rng.int(3, 12), domestic: false });
  return { legs, crossed };
}
async function emitTravel(e, rng, w, i, p, inCell) {
  if (!rng.chance(inCell ? 0.35 : 0.04)) return false;
  const { legs, crossed } = route(rng, p, dayIn(rng, 365, 3 * 365));
  for (const [k, leg] of legs.entries()) {
    const id = `${w.prefix}-trv-${i}-${k}`;
    const reporter = leg.domestic ? "TR-INTEL" : p.home.agency;
    const carrier = rng.pick(CARRIERS);
    const props = { mode: leg.mode, departedAt: isoTime(leg.at), arrivedAt: isoTime(leg.at + leg.hours * 36e5) };
    if (leg.mode === "AIR") Object.assign(props, { carrier: carrier[0], flightNumber: `${carrier[1]}${rng.int(100, 2999)}` });
    else props.carrier = rng.pick(["Metro Turizm", "Kamil Koc", "minibus"]);
    const pv = prov(rng, reporter, leg.at);
    await e.node("Travel", id, props, pv);
    await e.rel("MADE", `${id}-made`, p.id, id, pv);
    await e.rel("FROM", `${id}-from`, id, `${w.prefix}-loc-${leg.from}`, pv);
    await e.rel("TO", `${id}-to`, id, `${w.prefix}-loc-${leg.to}`, pv);
    await e.rel("USED", `${id}-used`, id, p.passport, pv);
  }
  return crossed;
}
export {
  emitTravel
};
