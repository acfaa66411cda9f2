const P = [];
const add = (key, name, kind, cc, lat, lon, parent, iata) => void P.push({ key, name, kind, cc, lat, lon, ...parent ? { parent } : {}, ...iata ? { iata } : {} });
for (const [cc, name, lat, lon] of [
  ["TR", "Turkey", 39, 35],
  ["SY", "Syria", 35, 38.5],
  ["BE", "Belgium", 50.6, 4.5],
  ["NL", "Netherlands", 52.1, 5.3],
  ["FR", "France", 46.6, 2.4],
  ["DE", "Germany", 51.2, 10.4],
  ["GB", "United Kingdom", 54, -2],
  ["ID", "Indonesia", -2.5, 118],
  ["AU", "Australia", -25.3, 133.8],
  ["IL", "Israel", 31.4, 35],
  ["MA", "Morocco", 31.8, -7.1],
  ["TN", "Tunisia", 34, 9.5]
]) add(cc.toLowerCase(), name, "COUNTRY", cc, lat, lon);
const cities = [
  ["istanbul", "Istanbul", "TR", 41.0082, 28.9784],
  ["gaziantep", "Gaziantep", "TR", 37.0662, 37.3833],
  ["kilis", "Kilis", "TR", 36.7184, 37.1212],
  ["antakya", "Antakya (Hatay)", "TR", 36.2025, 36.1606],
  ["reyhanli", "Reyhanli", "TR", 36.269, 36.5672],
  ["sanliurfa", "Sanliurfa", "TR", 37.1591, 38.7969],
  ["brussels", "Brussels", "BE", 50.8503, 4.3517],
  ["charleroi", "Charleroi", "BE", 50.4108, 4.4446],
  ["amsterdam", "Amsterdam", "NL", 52.3676, 4.9041],
  ["eindhoven", "Eindhoven", "NL", 51.4416, 5.4697],
  ["paris", "Paris", "FR", 48.8566, 2.3522],
  ["frankfurt", "Frankfurt am Main", "DE", 50.1109, 8.6821],
  ["berlin", "Berlin", "DE", 52.52, 13.405],
  ["london", "London", "GB", 51.5074, -0.1278],
  ["jakarta", "Jakarta", "ID", -6.2088, 106.8456],
  ["surabaya", "Surabaya", "ID", -7.2575, 112.7521],
  ["sydney", "Sydney", "AU", -33.8688, 151.2093],
  ["melbourne", "Melbourne", "AU", -37.8136, 144.9631],
  ["tel-aviv", "Tel Aviv", "IL", 32.0853, 34.7818],
  ["casablanca", "Casablanca", "MA", 33.5731, -7.5898],
  ["tunis", "Tunis", "TN", 36.8065, 10.1815]
];
for (const [key, name, cc, lat, lon] of cities) add(key, name, "CITY", cc, lat, lon, cc.toLowerCase());
const airports = [
  ["IST", "Istanbul Ataturk Airport", "istanbul", "TR", 40.9769, 28.8146],
  ["SAW", "Istanbul Sabiha Gokcen Airport", "istanbul", "TR", 40.8986, 29.3092],
  ["GZT", "Gaziantep Oguzeli Airport", "gaziantep", "TR", 36.9472, 37.4787],
  ["HTY", "Hatay Airport", "antakya", "TR", 36.3628, 36.2822],
  ["GNY", "Sanliurfa GAP Airport", "sanliurfa", "TR", 37.4457, 38.8956],
  ["BRU", "Brussels Airport", "brussels", "BE", 50.9014, 4.4844],
  ["CRL", "Brussels South Charleroi Airport", "charleroi", "BE", 50.4592, 4.4538],
  ["AMS", "Amsterdam Airport Schiphol", "amsterdam", "NL", 52.3105, 4.7683],
  ["EIN", "Eindhoven Airport", "eindhoven", "NL", 51.4501, 5.3745],
  ["CDG", "Paris Charles de Gaulle Airport", "paris", "FR", 49.0097, 2.5479],
  ["ORY", "Paris Orly Airport", "paris", "FR", 48.7262, 2.3652],
  ["FRA", "Frankfurt Airport", "frankfurt", "DE", 50.0379, 8.5622],
  ["TXL", "Berlin Tegel Airport", "berlin", "DE", 52.5597, 13.2877],
  ["LHR", "London Heathrow Airport", "london", "GB", 51.47, -0.4543],
  ["CGK", "Soekarno-Hatta International Airport", "jakarta", "ID", -6.1256, 106.6559],
  ["SUB", "Juanda International Airport", "surabaya", "ID", -7.3798, 112.7868],
  ["SYD", "Sydney Kingsford Smith Airport", "sydney", "AU", -33.9399, 151.1753],
  ["MEL", "Melbourne Airport", "melbourne", "AU", -37.669, 144.841],
  ["TLV", "Ben Gurion Airport", "tel-aviv", "IL", 32.0055, 34.8854],
  ["CMN", "Casablanca Mohammed V Airport", "casablanca", "MA", 33.3675, -7.5899],
  ["TUN", "Tunis-Carthage Airport", "tunis", "TN", 36.851, 10.2272]
];
for (const [iata, name, city, cc, lat, lon] of airports) add(iata.toLowerCase(), name, "AIRPORT", cc, lat, lon, city, iata);
add("oncupinar", "Oncupinar border crossing (Kilis)", "BORDER_CROSSING", "TR", 36.6497, 37.0831, "kilis");
add("akcakale-gate", "Akcakale border crossing", "BORDER_CROSSING", "TR", 36.7108, 38.9478, "sanliurfa");
add("cilvegozu", "Cilvegozu border crossing (Reyhanli)", "BORDER_CROSSING", "TR", 36.224, 36.656, "reyhanli");
add("karkamis", "Karkamis border crossing", "BORDER_CROSSING", "TR", 36.8344, 37.9978, "gaziantep");
const PLACES = P;
const STAGING = [
  { airport: "gzt", town: "gaziantep", gates: ["oncupinar", "karkamis"] },
  { airport: "gzt", town: "kilis", gates: ["oncupinar"] },
  { airport: "hty", town: "reyhanli", gates: ["cilvegozu"] },
  { airport: "gny", town: "sanliurfa", gates: ["akcakale-gate"] }
];
const HUBS = ["ist", "saw"];
export {
  HUBS,
  PLACES,
  STAGING
};
