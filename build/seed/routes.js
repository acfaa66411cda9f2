const f = (carrier, code, clock, minutes) => ({ carrier, code, clock, minutes });
const FLIGHTS = {
  "bru>ist": [f("Turkish Airlines", "TK1938", "10:05", 210), f("Brussels Airlines", "SN3219", "15:40", 205)],
  "bru>saw": [f("Pegasus Airlines", "PC1298", "18:25", 205)],
  "crl>saw": [f("Pegasus Airlines", "PC1326", "06:50", 210)],
  "bru>ayt": [f("Jetairfly", "TB1521", "07:15", 230)],
  "bru>dlm": [f("Jetairfly", "TB1723", "08:40", 220)],
  "crl>bjv": [f("Jetairfly", "TB1641", "09:10", 215)],
  "ams>ist": [f("Turkish Airlines", "TK1952", "11:30", 215), f("KLM", "KL1613", "07:25", 210)],
  "ams>saw": [f("Pegasus Airlines", "PC1252", "19:05", 215)],
  "ams>ayt": [f("Corendon Airlines", "CAI733", "06:20", 245), f("Transavia", "HV6821", "13:45", 240)],
  "ams>dlm": [f("Corendon Airlines", "CAI761", "05:55", 235)],
  "ein>saw": [f("Pegasus Airlines", "PC1274", "12:35", 210)],
  "ein>ayt": [f("Corendon Airlines", "CAI747", "07:00", 240)],
  "cdg>ist": [f("Turkish Airlines", "TK1828", "12:20", 215), f("Air France", "AF1390", "09:35", 210)],
  "cdg>saw": [f("Pegasus Airlines", "PC1186", "16:50", 220)],
  "ory>saw": [f("Pegasus Airlines", "PC1184", "21:10", 220)],
  "ory>ayt": [f("Transavia France", "TO3120", "06:45", 240)],
  "syd>dxb": [f("Emirates", "EK413", "21:15", 870)],
  "mel>dxb": [f("Emirates", "EK409", "20:55", 860)],
  "dxb>ist": [f("Emirates", "EK121", "02:40", 290)],
  "dxb>saw": [f("flydubai", "FZ731", "04:55", 285)],
  "sub>cgk": [f("Garuda Indonesia", "GA313", "01:30", 90), f("Lion Air", "JT693", "03:10", 95)],
  "cgk>ist": [f("Turkish Airlines", "TK57", "14:10", 770)],
  "ist>gzt": [f("Turkish Airlines", "TK2220", "06:15", 105)],
  "saw>gzt": [f("Pegasus Airlines", "PC2680", "14:40", 100)],
  "ist>hty": [f("Turkish Airlines", "TK2246", "08:05", 100)],
  "saw>hty": [f("Pegasus Airlines", "PC2760", "17:20", 95)],
  "ist>gny": [f("Turkish Airlines", "TK2218", "05:45", 110)],
  "gzt>ist": [f("Turkish Airlines", "TK2221", "09:10", 110)],
  "hty>ist": [f("Turkish Airlines", "TK2247", "10:40", 105)],
  "ist>bru": [f("Turkish Airlines", "TK1939", "07:10", 225)],
  "ist>ams": [f("Turkish Airlines", "TK1951", "07:00", 235)],
  "ist>cdg": [f("Turkish Airlines", "TK1827", "07:40", 235)],
  "ist>cgk": [f("Turkish Airlines", "TK56", "01:15", 690)],
  "ist>dxb": [f("Emirates", "EK122", "20:20", 265)],
  "dxb>syd": [f("Emirates", "EK412", "03:05", 835)],
  "ayt>ams": [f("Corendon Airlines", "CAI734", "11:50", 255)],
  "ayt>bru": [f("Jetairfly", "TB1522", "12:20", 245)],
  "saw>crl": [f("Pegasus Airlines", "PC1325", "10:45", 225)],
  "lhr>ist": [f("Turkish Airlines", "TK1980", "11:45", 225)],
  "fra>ist": [f("Turkish Airlines", "TK1590", "13:10", 185)],
  "txl>saw": [f("Pegasus Airlines", "PC1008", "17:35", 185)],
  "cmn>ist": [f("Turkish Airlines", "TK618", "16:55", 310)],
  "tun>ist": [f("Turkish Airlines", "TK662", "13:30", 175)],
  "gny>ist": [f("Turkish Airlines", "TK2219", "08:20", 115)],
  "ayt>ist": [f("Turkish Airlines", "TK2413", "12:05", 75)],
  "dlm>ist": [f("Turkish Airlines", "TK2557", "13:25", 75)],
  "bjv>ist": [f("Turkish Airlines", "TK2509", "14:15", 70)],
  "ist>lhr": [f("Turkish Airlines", "TK1979", "08:05", 245)],
  "ist>fra": [f("Turkish Airlines", "TK1589", "08:15", 195)],
  "saw>txl": [f("Pegasus Airlines", "PC1007", "13:40", 190)],
  "ist>cmn": [f("Turkish Airlines", "TK617", "10:20", 320)],
  "ist>tun": [f("Turkish Airlines", "TK661", "09:35", 180)]
};
const b = (carrier, clock, minutes) => ({ carrier, clock, minutes });
const COACHES = {
  "istanbul>gaziantep": [b("Kamil Koc", "19:30", 1080), b("Metro Turizm", "21:00", 1110)],
  "istanbul>antakya": [b("Has Turizm", "18:45", 1020)],
  "istanbul>sanliurfa": [b("Metro Turizm", "17:15", 1230)],
  "antalya>gaziantep": [b("Pamukkale Turizm", "20:00", 720), b("Kamil Koc", "22:15", 735)],
  "antalya>sanliurfa": [b("Metro Turizm", "19:10", 900)],
  "dalaman>gaziantep": [b("Pamukkale Turizm", "18:00", 1020)],
  "bodrum>gaziantep": [b("Kamil Koc", "17:30", 1140)],
  "gaziantep>kilis": [b("Kilis Seyahat", "09:00", 75)]
};
function flightsBetween(from, to) {
  return FLIGHTS[`${from.replace("loc-", "")}>${to.replace("loc-", "")}`] ?? [];
}
function entryAirports(from) {
  const code = from.replace("loc-", "");
  return Object.keys(FLIGHTS).filter((k) => k.startsWith(`${code}>`) && ["ist", "saw", "ayt", "dlm", "bjv"].includes(k.slice(4))).map((k) => `loc-${k.slice(4)}`);
}
function pickService(rng, services) {
  return services.length > 0 ? rng.pick(services) : void 0;
}
const HOPS = Object.keys(FLIGHTS).map((k) => k.split(">").map((c) => `loc-${c}`));
function flightPaths(from, targets) {
  const hops = HOPS;
  const direct = hops.filter(([a, c]) => a === from && targets.includes(c)).map(([a, c]) => [a, c]);
  if (direct.length > 0) return direct;
  const out = [];
  for (const [a, c] of hops) {
    if (a !== from) continue;
    for (const [a2, d] of hops) if (a2 === c && targets.includes(d)) out.push([a, c, d]);
  }
  return out;
}
export {
  COACHES,
  FLIGHTS,
  entryAirports,
  flightPaths,
  flightsBetween,
  pickService
};
