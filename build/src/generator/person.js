import { dayIn, isoDay, prov } from "./emit.js";
import { drawName, fullName, transliterate } from "./names.js";
const HOMES = [
  { cc: "BE", agency: "BE-INTEL", origin: "maghreb", second: "MA", airports: ["bru", "crl"], weight: 18 },
  { cc: "NL", agency: "NL-INTEL", origin: "maghreb", second: "MA", airports: ["ams", "ein"], weight: 14 },
  { cc: "FR", agency: "FR-INTEL", origin: "maghreb", second: "TN", airports: ["cdg", "ory"], weight: 22 },
  { cc: "DE", agency: "EU-POLICE", origin: "turkish", second: "TR", airports: ["fra", "txl"], weight: 8 },
  { cc: "GB", agency: "EU-POLICE", origin: "european", second: "FR", airports: ["lhr"], weight: 5 },
  { cc: "ID", agency: "ID-CT", origin: "indonesian", second: "ID", airports: ["cgk", "sub"], weight: 14 },
  { cc: "AU", agency: "AU-INTEL", origin: "maghreb", second: "TN", airports: ["syd", "mel"], weight: 9 },
  { cc: "TR", agency: "TR-INTEL", origin: "turkish", second: "TR", airports: ["ist", "saw"], weight: 7 },
  { cc: "IL", agency: "IL-INTEL", origin: "european", second: "FR", airports: ["tlv"], weight: 3 }
];
const ids = (prefix, i) => ({
  person: `${prefix}-per-${i}`,
  doc: (k) => `${prefix}-doc-${i}-${k}`,
  idf: (k) => `${prefix}-idf-${i}-${k}`,
  rel: (abbr, k) => `${prefix}-${abbr}-${i}-${k}`
});
function passportNumber(rng, cc) {
  return `${cc}${rng.letters(2)}${rng.digits(6)}`;
}
async function documents(e, rng, i, prefix, holder, cc, agency, first) {
  const id = ids(prefix, i);
  const issued = dayIn(rng, -5 * 365, 8 * 365);
  const passport = id.doc(first);
  await e.node("Document", passport, { number: passportNumber(rng, cc), kind: "PASSPORT", issuingCountry: cc, issuedOn: isoDay(issued), expiresOn: isoDay(issued + 10 * 365 * 864e5) }, prov(rng, agency, issued));
  await e.rel("HOLDS", id.rel("hold", first), holder, passport, prov(rng, agency, issued));
  if (rng.chance(0.4)) {
    const card = id.doc(first + 1);
    await e.node("Document", card, { number: `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(2)}`, kind: "ID_CARD", issuingCountry: cc }, prov(rng, agency));
    await e.rel("HOLDS", id.rel("hold", first + 1), holder, card, prov(rng, agency));
  }
  return passport;
}
async function identifiers(e, rng, i, prefix, name, agency) {
  const id = ids(prefix, i);
  const handle = `${name.given[0].toLowerCase()}${rng.digits(3)}`;
  const kinds = [{ kind: "PHONE", value: `+${rng.int(31, 62)}${rng.digits(9)}` }];
  if (rng.chance(0.5)) kinds.push({ kind: "EMAIL", value: `${handle}@mail.example` });
  if (rng.chance(0.5)) kinds.push({ kind: "MESSENGER", value: `@${handle}`, platform: rng.pick(["Telegram", "WhatsApp", "Signal"]) });
  for (const [k, props] of kinds.entries()) {
    await e.node("Identifier", id.idf(k), props, prov(rng, agency));
    await e.rel("HOLDS", id.rel("hold", 10 + k), id.person, id.idf(k), prov(rng, agency));
  }
  return id.idf(0);
}
async function emitPerson(e, rng, i, prefix) {
  const home = rng.weighted(HOMES.map((h) => [h, h.weight]));
  const name = drawName(rng, home.origin);
  const birthDate = isoDay(Date.UTC(rng.int(1965, 2001), rng.int(0, 11), rng.int(1, 28)));
  const id = ids(prefix, i).person;
  const nationalities = rng.chance(0.3) && home.second !== home.cc ? [home.cc, home.second] : [home.cc];
  await e.node("Person", id, { name: fullName(name), birthDate, gender: name.gender, nationalities, ...rng.chance(0.15) ? { aliases: [`Abu ${name.given[0]}`] } : {} }, prov(rng, home.agency));
  const passport = await documents(e, rng, i, prefix, id, home.cc, home.agency, 0);
  const phone = await identifiers(e, rng, i, prefix, name, home.agency);
  return { id, home, name, birthDate, passport, phone };
}
function slipped(rng, birthDate) {
  const [y, m, d] = birthDate.split("-");
  return rng.chance(0.3) && Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : birthDate;
}
async function emitDuplicate(e, rng, i, prefix, p, reporter) {
  const id = `${p.id}-d`;
  await e.node("Person", id, { name: transliterate(rng, p.name), birthDate: slipped(rng, p.birthDate), gender: p.name.gender, nationalities: [p.home.second] }, prov(rng, reporter));
  await documents(e, rng, i, prefix, id, p.home.second, reporter, 5);
  if (rng.chance(0.5)) await e.rel("HOLDS", ids(prefix, i).rel("hold", 20), id, p.phone, prov(rng, reporter));
  return id;
}
export {
  HOMES,
  emitDuplicate,
  emitPerson
};
