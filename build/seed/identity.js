import { asciiFold } from "./names.js";
const ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
function passportNumber(rng, cc) {
  switch (cc) {
    case "NL":
      return rng.letters(2) + rng.letters(6, ALNUM) + rng.digits(1);
    case "BE":
      return rng.letters(2) + rng.digits(6);
    case "FR":
      return String(rng.int(10, 16)) + rng.letters(2) + rng.digits(5);
    case "TR":
      return rng.pick(["U", "S", "Z"]) + rng.digits(8);
    case "ID":
      return rng.pick(["A", "B", "C"]) + rng.digits(7);
    case "AU":
      return "P" + rng.letters(1) + rng.digits(7);
    case "MA":
      return rng.letters(2) + rng.digits(7);
    case "DE":
      return "C" + rng.letters(8, ALNUM);
    case "GB":
      return "5" + rng.digits(8);
    case "IL":
      return rng.digits(8);
    case "LB":
      return "LR" + rng.digits(7);
    case "SY":
      return "N" + rng.digits(9);
    default:
      return rng.letters(1) + rng.digits(7);
  }
}
function idCardNumber(rng, cc) {
  switch (cc) {
    case "NL":
      return "I" + rng.letters(1) + rng.letters(6, ALNUM) + rng.digits(1);
    case "BE":
      return `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(2)}`;
    case "FR":
      return rng.digits(12);
    case "TR":
      return String(rng.int(1, 9)) + rng.digits(10);
    case "ID":
      return "3578" + rng.digits(12);
    case "MA":
      return rng.letters(rng.int(1, 2)) + rng.digits(6);
    case "DE":
      return "L" + rng.letters(8, ALNUM);
    default:
      return void 0;
  }
}
function messy(rng, value) {
  const variants = [
    value.replace(/(.{3})(?=.)/g, "$1 "),
    value.replace(/(.{4})(?=.)/g, "$1 "),
    value.replace(/^([A-Z]{1,2})(?=\d)/, "$1-"),
    value.toLowerCase(),
    value.replace(/(\d)(?=[A-Z])|([A-Z])(?=\d)/g, "$1$2 ")
  ].filter((v) => v !== value);
  return variants.length > 0 ? rng.pick(variants) : value;
}
const PHONES = {
  BE: [(r) => `+32 47${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, (r) => `04${r.int(70, 99)}/${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, (r) => `00324${r.int(70, 99)}${r.digits(6)}`],
  NL: [(r) => `+31 6 ${r.digits(4)} ${r.digits(4)}`, (r) => `06-${r.digits(8)}`, (r) => `00316${r.digits(8)}`],
  FR: [(r) => `+33 6 39 98 ${r.digits(2)} ${r.digits(2)}`, (r) => `06.39.98.${r.digits(2)}.${r.digits(2)}`, (r) => `063998${r.digits(4)}`],
  TR: [(r) => `+90 5${r.int(30, 59)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, (r) => `05${r.int(30, 59)} ${r.digits(3)} ${r.digits(4)}`],
  ID: [(r) => `+62 81${r.digits(1)}-${r.digits(4)}-${r.digits(4)}`, (r) => `081${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`],
  AU: [(r) => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`],
  IL: [(r) => `+972 5${r.digits(1)}-${r.digits(3)}-${r.digits(4)}`],
  DE: [(r) => `+49 15${r.digits(1)} ${r.digits(8)}`],
  GB: [(r) => `+44 7700 900${r.digits(3)}`, (r) => `07700 900${r.digits(3)}`],
  MA: [(r) => `+212 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`],
  TN: [(r) => `+216 ${r.int(20, 99)} ${r.digits(3)} ${r.digits(3)}`],
  SY: [(r) => `+963 9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`],
  LB: [(r) => `+961 3 ${r.digits(3)} ${r.digits(3)}`]
};
function phoneNumber(rng, cc) {
  return rng.pick(PHONES[cc] ?? PHONES["TR"] ?? [])(rng);
}
const DOMAINS = ["example.org", "example.net", "example.com", "mail.example", "postbox.example", "securemail.example"];
function slug(s) {
  return asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, "");
}
function emailAddress(rng, given, family) {
  const local = rng.pick([
    () => `${slug(given)}.${slug(family)}`,
    () => `${slug(given)}${rng.digits(2)}`,
    () => `${slug(given).slice(0, 1)}${slug(family)}${rng.int(80, 99)}`
  ])();
  return `${local || "user" + rng.digits(4)}@${rng.pick(DOMAINS)}`;
}
function messengerHandle(rng, given, alias) {
  const base = slug(alias ?? given).slice(0, 20);
  const platform = rng.weighted([["Telegram", 6], ["Surespot", 2], ["Threema", 1], ["Kik", 1]]);
  const value = platform === "Telegram" ? `@${base}_${rng.digits(2)}` : `${base}${rng.digits(3)}`;
  return { value, platform };
}
export {
  emailAddress,
  idCardNumber,
  messengerHandle,
  messy,
  passportNumber,
  phoneNumber
};
