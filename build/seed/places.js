const PLACES = [];
function add(id, name, kind, cc, lat, lon, parent, iata) {
  const props = { name, kind, countryCode: cc, latitude: lat, longitude: lon };
  if (iata) props.iata = iata;
  const source = cc === "TR" && kind === "BORDER_CROSSING" ? "TR-INTEL" : "EU-POLICE";
  PLACES.push(parent ? { id, props, parent, source } : { id, props, source });
}
const country = (cc, name, lat, lon) => add(`loc-${cc.toLowerCase()}`, name, "COUNTRY", cc, lat, lon);
const city = (slug, name, cc, lat, lon, parent = `loc-${cc.toLowerCase()}`) => add(`loc-${slug}`, name, "CITY", cc, lat, lon, parent);
const airport = (iata, name, citySlug, cc, lat, lon) => add(`loc-${iata.toLowerCase()}`, name, "AIRPORT", cc, lat, lon, `loc-${citySlug}`, iata);
const crossing = (slug, name, citySlug, cc, lat, lon) => add(`loc-${slug}`, name, "BORDER_CROSSING", cc, lat, lon, `loc-${citySlug}`);
country("TR", "Turkey", 39, 35);
country("SY", "Syria", 35, 38.5);
country("NL", "Netherlands", 52.1, 5.3);
country("BE", "Belgium", 50.6, 4.5);
country("FR", "France", 46.6, 2.4);
country("ID", "Indonesia", -2.5, 118);
country("AU", "Australia", -25.3, 133.8);
country("IL", "Israel", 31.4, 35);
country("DE", "Germany", 51.2, 10.4);
country("GB", "United Kingdom", 54, -2);
country("MA", "Morocco", 31.8, -7.1);
country("TN", "Tunisia", 34, 9.5);
country("AE", "United Arab Emirates", 24, 54);
country("LB", "Lebanon", 33.9, 35.9);
city("istanbul", "Istanbul", "TR", 41.0082, 28.9784);
city("gaziantep", "Gaziantep", "TR", 37.0662, 37.3833);
city("kilis", "Kilis", "TR", 36.7184, 37.1212);
city("antakya", "Antakya (Hatay)", "TR", 36.2025, 36.1606);
city("reyhanli", "Reyhanli", "TR", 36.269, 36.5672);
city("sanliurfa", "Sanliurfa", "TR", 37.1591, 38.7969);
city("akcakale", "Akcakale", "TR", 36.7111, 38.9475);
city("antalya", "Antalya", "TR", 36.8969, 30.7133);
city("dalaman", "Dalaman", "TR", 36.765, 28.8028);
city("bodrum", "Bodrum", "TR", 37.0344, 27.4305);
city("brussels", "Brussels", "BE", 50.8503, 4.3517);
city("molenbeek", "Molenbeek-Saint-Jean", "BE", 50.855, 4.3226, "loc-brussels");
city("antwerp", "Antwerp", "BE", 51.2194, 4.4025);
city("charleroi", "Charleroi", "BE", 50.4108, 4.4446);
city("amsterdam", "Amsterdam", "NL", 52.3676, 4.9041);
city("the-hague", "The Hague", "NL", 52.0705, 4.3007);
city("eindhoven", "Eindhoven", "NL", 51.4416, 5.4697);
city("paris", "Paris", "FR", 48.8566, 2.3522);
city("saint-denis", "Saint-Denis", "FR", 48.9362, 2.3574, "loc-paris");
city("trappes", "Trappes", "FR", 48.7775, 2.0025);
city("jakarta", "Jakarta", "ID", -6.2088, 106.8456);
city("surabaya", "Surabaya", "ID", -7.2575, 112.7521);
city("sydney", "Sydney", "AU", -33.8688, 151.2093);
city("melbourne", "Melbourne", "AU", -37.8136, 144.9631);
city("raqqa", "Raqqa", "SY", 35.9594, 39.0078);
city("azaz", "Azaz", "SY", 36.5866, 37.0463);
city("jarabulus", "Jarabulus", "SY", 36.8175, 38.0114);
city("tal-abyad", "Tal Abyad", "SY", 36.6975, 38.9566);
city("aleppo", "Aleppo", "SY", 36.2021, 37.1343);
city("dubai", "Dubai", "AE", 25.2048, 55.2708);
city("tel-aviv", "Tel Aviv", "IL", 32.0853, 34.7818);
city("casablanca", "Casablanca", "MA", 33.5731, -7.5898);
city("tunis", "Tunis", "TN", 36.8065, 10.1815);
city("frankfurt", "Frankfurt am Main", "DE", 50.1109, 8.6821);
city("berlin", "Berlin", "DE", 52.52, 13.405);
city("london", "London", "GB", 51.5074, -0.1278);
airport("IST", "Istanbul Ataturk Airport", "istanbul", "TR", 40.9769, 28.8146);
airport("SAW", "Istanbul Sabiha Gokcen Airport", "istanbul", "TR", 40.8986, 29.3092);
airport("AYT", "Antalya Airport", "antalya", "TR", 36.8987, 30.8005);
airport("DLM", "Dalaman Airport", "dalaman", "TR", 36.7131, 28.7925);
airport("BJV", "Milas-Bodrum Airport", "bodrum", "TR", 37.2506, 27.6643);
airport("GZT", "Gaziantep Oguzeli Airport", "gaziantep", "TR", 36.9472, 37.4787);
airport("HTY", "Hatay Airport", "antakya", "TR", 36.3628, 36.2822);
airport("GNY", "Sanliurfa GAP Airport", "sanliurfa", "TR", 37.4457, 38.8956);
airport("BRU", "Brussels Airport", "brussels", "BE", 50.9014, 4.4844);
airport("CRL", "Brussels South Charleroi Airport", "charleroi", "BE", 50.4592, 4.4538);
airport("AMS", "Amsterdam Airport Schiphol", "amsterdam", "NL", 52.3105, 4.7683);
airport("EIN", "Eindhoven Airport", "eindhoven", "NL", 51.4501, 5.3745);
airport("CDG", "Paris Charles de Gaulle Airport", "paris", "FR", 49.0097, 2.5479);
airport("ORY", "Paris Orly Airport", "paris", "FR", 48.7262, 2.3652);
airport("CGK", "Soekarno-Hatta International Airport", "jakarta", "ID", -6.1256, 106.6559);
airport("SUB", "Juanda International Airport", "surabaya", "ID", -7.3798, 112.7868);
airport("SYD", "Sydney Kingsford Smith Airport", "sydney", "AU", -33.9399, 151.1753);
airport("MEL", "Melbourne Airport", "melbourne", "AU", -37.669, 144.841);
airport("DXB", "Dubai International Airport", "dubai", "AE", 25.2532, 55.3657);
airport("TLV", "Ben Gurion Airport", "tel-aviv", "IL", 32.0055, 34.8854);
airport("CMN", "Casablanca Mohammed V Airport", "casablanca", "MA", 33.3675, -7.5899);
airport("TUN", "Tunis-Carthage Airport", "tunis", "TN", 36.851, 10.2272);
airport("FRA", "Frankfurt Airport", "frankfurt", "DE", 50.0379, 8.5622);
airport("TXL", "Berlin Tegel Airport", "berlin", "DE", 52.5597, 13.2877);
airport("LHR", "London Heathrow Airport", "london", "GB", 51.47, -0.4543);
crossing("oncupinar", "Oncupinar border crossing (Kilis)", "kilis", "TR", 36.6497, 37.0831);
crossing("akcakale-gate", "Akcakale border crossing", "akcakale", "TR", 36.7108, 38.9478);
crossing("cilvegozu", "Cilvegozu border crossing (Reyhanli)", "reyhanli", "TR", 36.224, 36.656);
crossing("karkamis", "Karkamis border crossing", "gaziantep", "TR", 36.8344, 37.9978);
crossing("yayladagi", "Yayladagi border crossing", "antakya", "TR", 35.9027, 36.0616);
const ACROSS_BORDER = {
  "loc-oncupinar": "loc-azaz",
  "loc-akcakale-gate": "loc-tal-abyad",
  "loc-cilvegozu": "loc-aleppo",
  "loc-karkamis": "loc-jarabulus",
  "loc-yayladagi": "loc-aleppo"
};
const GATES_FROM = {
  "loc-gaziantep": ["loc-oncupinar", "loc-karkamis"],
  "loc-kilis": ["loc-oncupinar"],
  "loc-antakya": ["loc-cilvegozu", "loc-yayladagi"],
  "loc-sanliurfa": ["loc-akcakale-gate"]
};
function countryOf(id) {
  const place = byId().get(id);
  if (!place) throw new Error(`unknown location ${id}`);
  return place.props.countryCode;
}
function parentOf(id) {
  return byId().get(id)?.parent;
}
let index;
function byId() {
  index ??= new Map(PLACES.map((p) => [p.id, p]));
  return index;
}
function addPlaces(b) {
  const at = "2013-01-01T00:00:00.000Z";
  for (const p of PLACES) {
    b.node("Location", p.id, p.props, { source: p.source, marking: "CLEAR", at, lag: [0, 30], confidence: 1, noRef: true });
  }
  for (const p of PLACES) {
    if (p.parent) b.rel("LOCATED_IN", p.id, p.parent, {}, { source: p.source, marking: "CLEAR", at, lag: [0, 30], confidence: 1, noRef: true });
  }
}
export {
  ACROSS_BORDER,
  GATES_FROM,
  addPlaces,
  countryOf,
  parentOf
};
