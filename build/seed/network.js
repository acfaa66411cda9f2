import { DEMO_FIXTURES as F } from "./fixtures.js";
import { associate, communicate } from "./links.js";
import { orgId } from "./orgs.js";
function cellOf(cells, key) {
  const c = cells.find((x) => x.spec.key === key);
  if (!c) throw new Error(`no cell ${key}`);
  return c;
}
const INTERCEPT = [["AMBER", 2], ["AMBER_STRICT", 3], ["RED", 2]];
function istanbulBroker(b, pairs, cells) {
  const broker = cellOf(cells, "istanbul").members.find((m) => m.id === F.istanbulBroker.id);
  if (!broker) throw new Error("istanbul broker missing");
  for (const cell of cells.filter((c) => c.spec.key !== "istanbul")) {
    for (const leader of cell.leaders) communicate(b, pairs, broker, leader, { source: cell.spec.agency, marking: b.rng.weighted(INTERCEPT) });
  }
  return broker;
}
function bridge(b, pairs, from, to) {
  const rng = b.rng;
  const broker = rng.pick(from.members.filter((m) => !m.leader && !m.scripted));
  for (const leader of to.leaders) communicate(b, pairs, broker, leader, { source: to.spec.agency, marking: rng.weighted(INTERCEPT) });
  for (const m of rng.sample(to.members.filter((x) => !x.leader), 3)) associate(b, pairs, broker, m, { source: from.spec.agency });
  return broker;
}
function euSightings(b, pairs, cells) {
  const european = cells.filter((c) => ["BE-INTEL", "NL-INTEL", "FR-INTEL"].includes(c.spec.agency));
  for (let i = 0; i < 10; i++) {
    const [x, y] = b.rng.sample(european, 2);
    if (!x || !y) continue;
    associate(b, pairs, b.rng.pick(x.members), b.rng.pick(y.members), {
      source: "EU-POLICE",
      marking: b.rng.weighted([["GREEN", 2], ["AMBER", 3]]),
      confidence: b.rng.float(0.45, 0.7)
    });
  }
}
function fund(b, from, to, amount, currency, source, when) {
  const toId = typeof to === "string" ? to : to.id;
  b.rel("FUNDED", from, toId, { amount, currency }, {
    source,
    marking: b.rng.weighted([["AMBER", 3], ["AMBER_STRICT", 2], ["RED", 1]]),
    at: when,
    lag: [30, 240],
    validFrom: when
  });
}
function fundFromOrg(b, org, members, currency, source) {
  for (const m of members) fund(b, orgId(org), m, b.rng.int(6, 180) * 50, currency, source, b.rng.daysAfter(m.joinedAt, 10, 120));
}
function funding(b, cells) {
  const rng = b.rng;
  const pick = (key, n) => rng.sample(cellOf(cells, key).members.filter((m) => !m.leader), n);
  fundFromOrg(b, "shamRelief", [...pick("brussels", 4), ...pick("antwerp", 1)], "EUR", "BE-INTEL");
  fundFromOrg(b, "crescentBridge", pick("hague", 3), "EUR", "NL-INTEL");
  fundFromOrg(b, "southernCross", pick("surabaya", 2), "AUD", "AU-INTEL");
  const [donor] = pick("paris", 1);
  if (donor) fund(b, donor.id, orgId("banlieueSud"), 4200, "EUR", "FR-INTEL", rng.daysAfter(donor.joinedAt, 30, 200));
  const [aussie] = pick("sydney", 1);
  if (aussie) fund(b, aussie.id, orgId("southernCross"), 2500, "AUD", "AU-INTEL", rng.daysAfter(aussie.joinedAt, 30, 200));
}
function addNetwork(b, pairs, cells) {
  const brokers = [
    istanbulBroker(b, pairs, cells),
    bridge(b, pairs, cellOf(cells, "brussels"), cellOf(cells, "paris")),
    bridge(b, pairs, cellOf(cells, "antwerp"), cellOf(cells, "hague")),
    bridge(b, pairs, cellOf(cells, "surabaya"), cellOf(cells, "sydney"))
  ];
  euSightings(b, pairs, cells);
  funding(b, cells);
  return { brokers: brokers.map((m) => m.id) };
}
export {
  addNetwork
};
