function spelled(spec, gender) {
  const [base = "", ...rest] = spec.split("|");
  const variants = {};
  for (const part of rest) {
    const [style, value] = part.split(":");
    variants[style] = value;
  }
  return gender ? { gender, base, variants } : { base, variants };
}
const ARABIC_MALE = [
  "Mohammed|be:Mohamed|fr:Mohamed|tr:Muhammed|id:Muhammad|au:Mohammad|eu:Muhammad",
  "Youssef|tr:Yusuf|id:Yusuf|au:Yousef|eu:Yusuf|il:Yosef",
  "Abdelkader|nl:Abdelkader|tr:Abd\xFClkadir|id:Abdul Kadir|au:Abdul Qadir|eu:Abd al-Qadir",
  "Abdelaziz|tr:Abd\xFClaziz|id:Abdul Aziz|au:Abdulaziz|eu:Abd al-Aziz",
  "Abdellah|be:Abdellah|fr:Abdallah|tr:Abdullah|id:Abdullah|au:Abdullah|eu:Abdullah",
  "Khalid|be:Khalid|fr:Khaled|tr:Halit|id:Khalid|au:Khaled",
  "Hamza|id:Hamzah|tr:Hamza",
  "Bilal|tr:Bilal",
  "Ayoub|nl:Ayoub|tr:Ey\xFCp|id:Ayub|au:Ayub|eu:Ayyub",
  "Ismail|fr:Isma\xEBl|tr:\u0130smail",
  "Ibrahim|fr:Brahim|tr:\u0130brahim",
  "Omar|tr:\xD6mer|id:Umar|eu:Umar",
  "Mustapha|nl:Mustafa|tr:Mustafa|id:Mustofa|au:Mustafa|eu:Mustafa",
  "Karim|fr:Karim|tr:Kerim",
  "Rachid|nl:Rachid|tr:Re\u015Fit|id:Rasyid|au:Rashid|eu:Rashid",
  "Said|fr:Sa\xEFd|tr:Sait|id:Said",
  "Anouar|nl:Anouar|tr:Enver|id:Anwar|au:Anwar|eu:Anwar",
  "Hicham|tr:Hi\u015Fam|id:Hisyam|au:Hisham|eu:Hisham",
  "Mehdi|id:Mahdi|tr:Mehdi|eu:Mahdi",
  "Soufiane|nl:Sofian|tr:S\xFCfyan|id:Sufyan|au:Sufyan|eu:Sufyan",
  "Zakaria|tr:Zekeriya|id:Zakariya|eu:Zakariya",
  "Othmane|nl:Osman|tr:Osman|id:Utsman|au:Othman|eu:Uthman",
  "Walid|tr:Velid|au:Waleed",
  "Nabil|au:Nabeel",
  "Tarik|tr:Tar\u0131k|id:Thariq|au:Tariq|eu:Tariq",
  "Ilias|nl:Ilyas|tr:\u0130lyas|id:Ilyas|eu:Ilyas",
  "Younes|tr:Yunus|id:Yunus|eu:Yunus",
  "Adil|fr:Adel|tr:Adil",
  "Redouane|nl:Ridouan|tr:R\u0131dvan|id:Ridwan|au:Ridwan|eu:Ridwan",
  "Jamal|tr:Cemal|id:Jamal"
];
const ARABIC_FEMALE = [
  "Fatima|tr:Fatma|id:Fatimah|eu:Fatimah",
  "Khadija|tr:Hatice|id:Khadijah|au:Khadijah",
  "Aicha|nl:Aisha|tr:Ay\u015Fe|id:Aisyah|au:Aisha|eu:Aisha",
  "Meryem|fr:Myriam|id:Maryam|au:Maryam|eu:Maryam",
  "Nour|tr:Nur|id:Nur|au:Noor",
  "Salma|tr:Selma",
  "Samira|tr:Semira",
  "Asmae|nl:Asma|tr:Esma|id:Asma|au:Asma|eu:Asma",
  "Zineb|tr:Zeynep|id:Zainab|au:Zainab|eu:Zaynab",
  "Hafsa|tr:Hafsa|id:Hafshah",
  "Imane|tr:\u0130man|id:Iman|au:Iman"
];
const ARABIC_FAMILY = [
  ["Amrani", true],
  ["Tahiri", true],
  ["Haddouchi", true],
  ["Ouali", false],
  ["Zerouali", false],
  ["Bensaid|be:Ben Said|fr:Bensa\xEFd|tr:Bensayit", false],
  ["Azzaoui", true],
  ["Lahlou", false],
  ["Chaoui", true],
  ["Mansouri", true],
  ["Ait Lahcen|fr:A\xEFt Lahcen|tr:Aitlahcen|eu:Ait-Lahcen", false],
  ["Idrissi", true],
  ["Filali", true],
  ["Sabri", false],
  ["Harrak", false],
  ["Jebari", true],
  ["Kaddouri", false],
  ["Benali|be:Ben Ali|tr:Benali", false],
  ["Ouazzani", true],
  ["Rifi", true],
  ["Tazi", false],
  ["Zahraoui", false],
  ["Hamdaoui", true],
  ["Slimani", false],
  ["Bouazza", false],
  ["Kharbouch", false],
  ["Fassi", true],
  ["Souiri", true],
  ["Boutaleb", false],
  ["Ouardighi", true],
  ["Chergui", true],
  ["Hamouchi", false],
  ["Belkadi", false]
].map(([spec, article]) => ({ name: spelled(spec), article }));
const LEVANT_FAMILY = ["Halabi", "Hamwi", "Idlibi", "Khatib", "Darwish", "Rifai", "Haddad", "Nasser", "Saleh", "Hamad"];
const TURKISH_MALE = ["Mehmet", "Ahmet", "H\xFCseyin", "Ali", "Murat", "Emre", "Burak", "Serkan", "Hakan", "Kadir", "Furkan", "Enes", "\xD6mer", "Halil", "Yasin", "Ramazan", "O\u011Fuzhan", "Taha"];
const TURKISH_FEMALE = ["Elif", "B\xFC\u015Fra", "Merve", "Zeynep", "Fatma", "Ay\u015Fe", "Hatice", "Rabia", "K\xFCbra"];
const TURKISH_FAMILY = ["Y\u0131lmaz", "Kaya", "Demir", "\u015Eahin", "\xC7elik", "Y\u0131ld\u0131z", "\xD6zt\xFCrk", "Ayd\u0131n", "Arslan", "Do\u011Fan", "K\u0131l\u0131\xE7", "Aslan", "\xC7etin", "Karabulut", "Tekinalp", "G\xFCne\u015F", "Kocaba\u015F", "Sar\u0131kaya", "Ekinci", "Bozkurt"];
const INDONESIAN_MALE = ["Budi", "Agus", "Eko", "Joko", "Dedi", "Hendra", "Rizky", "Fajar", "Arif", "Wahyu", "Yudi", "Andi", "Rudi", "Taufik", "Irfan", "Fauzi", "Ahmad", "Syaiful"];
const INDONESIAN_FEMALE = ["Siti", "Dewi", "Rina", "Wulan", "Putri", "Ayu", "Nurul", "Lestari"];
const INDONESIAN_FAMILY = ["Wibowo", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Siregar", "Harahap", "Pratama", "Firmansyah", "Permana", "Gunawan", "Hakim", "Prasetyo", "Wijaya", "Ramadhan"];
const EUROPEAN = {
  nl: { male: ["Jeroen", "Dennis", "Kevin", "Sven", "Ruben", "Bram"], female: ["Lotte", "Sanne", "Anouk"], family: ["de Vries", "Jansen", "Bakker", "Visser", "van Dijk", "Smit", "Mulder", "Zwartveld"] },
  be: { male: ["Jonas", "Thomas", "Wout", "Jens", "Brecht"], female: ["Laura", "Elke", "Ine"], family: ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Mertens"] },
  fr: { male: ["Nicolas", "Maxime", "Julien", "S\xE9bastien", "Romain", "Anthony", "Jordan"], female: ["Chlo\xE9", "\xC9milie", "Manon"], family: ["Dubois", "Lefebvre", "Moreau", "Garnier", "Roux", "Fontaine", "Girard", "Lambert"] },
  au: { male: ["Jack", "Liam", "Ethan", "Joshua", "Ryan", "Daniel"], female: ["Chloe", "Jessica", "Tahlia"], family: ["Mitchell", "Walker", "Harris", "Thompson", "Kelly", "Brennan", "Lachlan"] },
  eu: { male: ["Lukas", "Jonas", "Oliver", "Samuel", "Marek"], female: ["Hannah", "Lea", "Sophie"], family: ["Weber", "Becker", "Hoffmann", "Clarke", "Novak", "Lindqvist"] }
};
const KUNYA_NAMES = ["Hafs", "Yusuf", "Hamza", "Ibrahim", "Muaz", "Suhaib", "Bara", "Salman", "Anas", "Idris", "Zakariya", "Harith"];
const NISBA = {
  BE: "Belgiki",
  NL: "Hollandi",
  FR: "Faransi",
  AU: "Australi",
  ID: "Indunisi",
  TR: "Turki",
  GB: "Britani",
  DE: "Almani",
  MA: "Maghribi",
  TN: "Tunisi",
  SY: "Shami",
  LB: "Lubnani",
  IL: "Maqdisi"
};
function asciiFold(s) {
  return s.replace(/ı/g, "i").replace(/İ/g, "I").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
function spell(name, style) {
  return name.variants[style] ?? name.base;
}
function withArticle(family, style) {
  switch (style) {
    case "nl":
      return `el-${family}`;
    case "be":
    case "fr":
      return `El ${family}`;
    case "tr":
      return `El${family.toLowerCase()}`;
    case "au":
      return `Al-${family}`;
    default:
      return `al-${family}`;
  }
}
function nameSkeleton(name) {
  return asciiFold(name).toLowerCase().replace(/\b(el|al|ben|bin)[\s-]+/g, "").replace(/\bel(?=[a-z]{4,})/g, "").replace(/[^a-z]/g, "").replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}
function arabicGiven(rng, gender, style) {
  const spec = rng.pick(gender === "male" ? ARABIC_MALE : ARABIC_FEMALE);
  return spell(spelled(spec), style);
}
function arabicFamily(rng, style) {
  const f = rng.pick(ARABIC_FAMILY);
  const plain = spell(f.name, style);
  return f.article && rng.chance(0.6) ? withArticle(plain, style) : plain;
}
function parts(rng, req) {
  const { origin, style, gender } = req;
  const male = gender === "male";
  switch (origin) {
    case "maghreb":
      return [arabicGiven(rng, gender, style), arabicFamily(rng, style)];
    case "levant":
      return [arabicGiven(rng, gender, "eu"), withArticle(rng.pick(LEVANT_FAMILY), style === "tr" ? "tr" : "eu")];
    case "turkish":
      return [rng.pick(male ? TURKISH_MALE : TURKISH_FEMALE), rng.pick(TURKISH_FAMILY)];
    case "indonesian":
      return indonesianParts(rng, gender);
    case "european": {
      const pool = EUROPEAN[style === "nl" || style === "be" || style === "fr" || style === "au" ? style : "eu"];
      return [rng.pick(male ? pool.male : pool.female), rng.pick(pool.family)];
    }
  }
}
function indonesianParts(rng, gender) {
  const male = gender === "male";
  const given = rng.chance(0.35) ? arabicGiven(rng, gender, "id") : rng.pick(male ? INDONESIAN_MALE : INDONESIAN_FEMALE);
  if (rng.chance(0.15)) return [given, ""];
  if (male && rng.chance(0.2)) return [given, `bin ${arabicGiven(rng, "male", "id")}`];
  return [given, rng.pick(INDONESIAN_FAMILY)];
}
function kunya(rng, gender, country) {
  const nisba = NISBA[country] ?? "Muhajir";
  const lead = gender === "male" ? "Abu" : "Umm";
  return `${lead} ${rng.pick(KUNYA_NAMES)} al-${nisba}`;
}
function personName(rng, req, aliasChance = 0.35) {
  const [given0, family0] = parts(rng, req);
  const family = req.family ?? family0;
  const given = req.style === "tr" ? given0 : asciiFold(given0);
  const fam = req.style === "tr" ? family : asciiFold(family);
  const name = fam ? `${given} ${fam}` : given;
  const aliases = [];
  if (req.origin !== "european" && rng.chance(aliasChance)) aliases.push(kunya(rng, req.gender, req.country));
  if (req.origin === "european" && rng.chance(0.6)) aliases.push(`${arabicGiven(rng, req.gender, "eu")} ${rng.pick(["al-Hollandi", "al-Faransi", "al-Belgiki", "al-Australi"])}`);
  return { name, given, family: fam, aliases };
}
const ORG_NAMES = {
  northernGate: { name: "Brotherhood of the Northern Gate", aliases: ["Northern Gate", "Jamaat Bab al-Shamal"] },
  levantDawn: { name: "Levant Dawn Battalion", aliases: ["Katibat Fajr al-Sham"] },
  shamRelief: { name: "Sham Relief Foundation", aliases: ["SRF", "Stichting Sham Hulp"] },
  crescentBridge: { name: "Crescent Bridge Aid", aliases: ["CBA Humanitarian"] },
  lanternMedia: { name: "Northern Lantern Media", aliases: ["Mu\u2019assasat al-Qandil"] },
  rueVerte: { name: "Rue Verte Youth Circle", aliases: ["Cercle de la Rue Verte"] },
  haagseDawah: { name: "Haagse Dawah Collective", aliases: ["HDC"] },
  banlieueSud: { name: "Banlieue Solidarit\xE9 Sud", aliases: ["BSS"] },
  cahayaTimur: { name: "Jamaah Cahaya Timur", aliases: ["Eastern Light Congregation", "JCT"] },
  southernCross: { name: "Southern Cross Dawah Network", aliases: ["SCDN"] },
  anatolianPassage: { name: "Anatolian Passage Travel Ltd", aliases: ["Anadolu Ge\xE7it Turizm"] },
  scheldtCircle: { name: "Scheldt Study Circle", aliases: ["Studiekring Schelde"] }
};
export {
  ORG_NAMES,
  asciiFold,
  kunya,
  nameSkeleton,
  personName
};
