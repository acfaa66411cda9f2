const GIVEN = {
  maghreb: {
    male: [
      "Mohammed|Muhammad|Mohamed|Mohammad",
      "Ahmed|Ahmad",
      "Youssef|Yusuf|Youcef",
      "Omar|Umar",
      "Khalid|Khaled",
      "Hamza|Hamzah",
      "Ibrahim|Brahim|Ebrahim",
      "Mustafa|Mostafa|Moustapha",
      "Abdelkarim|Abd al-Karim|Abdulkarim",
      "Rachid|Rashid",
      "Said|Saeed",
      "Tarik|Tariq",
      "Yassin|Yasin|Yassine",
      "Mehdi|Mahdi",
      "Ayoub|Ayyub",
      "Hicham|Hisham",
      "Walid|Waleed",
      "Soufiane|Sufyan",
      "Zakaria|Zakariya",
      "Bilal|Belal",
      "Nabil|Nabeel",
      "Samir|Sameer",
      "Anouar|Anwar",
      "Karim|Kareem",
      "Abdelaziz|Abdulaziz|Abd al-Aziz",
      "Abdellah|Abdullah|Abdallah",
      "Abderrahmane|Abdurrahman|Abdul Rahman",
      "Hassan|Hasan",
      "Hussein|Husayn|Houssein",
      "Driss|Idriss|Idris",
      "Jamal|Djamal",
      "Jalal|Djalal",
      "Adil|Adel",
      "Aziz",
      "Badr|Bader",
      "Fouad|Fuad",
      "Hakim|Hakeem",
      "Ilias|Ilyas",
      "Ismail|Smail",
      "Jawad|Jaouad",
      "Kamal|Kamel",
      "Lahcen|Lahsen",
      "Marouane|Marwan",
      "Mounir|Munir",
      "Mourad|Murad",
      "Noureddine|Nordine|Nourdine",
      "Othmane|Uthman|Osman",
      "Redouane|Ridwan|Redwan",
      "Salah",
      "Sami",
      "Taoufik|Tawfiq|Toufik",
      "Wassim|Wasim",
      "Younes|Yunus|Younis",
      "Zouhair|Zuhair",
      "Amine|Amin",
      "Aymane|Ayman",
      "Faycal|Faisal",
      "Ghali",
      "Habib",
      "Imad|Imed",
      "Khalil",
      "Mahmoud|Mahmud",
      "Nasser|Nasir",
      "Rayan|Rayane",
      "Saad",
      "Tayeb|Tayyib",
      "Yahya|Yahia",
      "Zine|Zain"
    ],
    female: [
      "Fatima|Fatma|Fatimah",
      "Aicha|Aisha|Aysha",
      "Khadija|Khadijah",
      "Meryem|Maryam|Meriem",
      "Leila|Layla",
      "Zineb|Zaynab",
      "Imane|Iman",
      "Houda|Huda",
      "Nadia",
      "Samira|Sameera",
      "Salma",
      "Amina|Aminah",
      "Asmae|Asma",
      "Bouchra|Bushra",
      "Chaima|Shaima",
      "Dounia|Dunya",
      "Ghizlane|Ghizlan",
      "Hanane|Hanan",
      "Ikram",
      "Jamila|Djamila",
      "Karima|Kareema",
      "Latifa|Latifah",
      "Malika",
      "Nawal",
      "Ouafae|Wafae|Wafa",
      "Rachida|Rashida",
      "Sanae|Sana",
      "Souad|Suad",
      "Wiam",
      "Yasmina|Yasmine",
      "Zahra|Zohra",
      "Hafsa|Hafsah",
      "Loubna|Lubna",
      "Naima|Naeema",
      "Rim|Reem",
      "Siham|Seham"
    ]
  },
  turkish: {
    male: [
      "Mehmet|Mehmed|Muhammed",
      "Ahmet|Ahmed",
      "Mustafa",
      "Huseyin|Husayn|Hussein",
      "Yusuf|Youssef",
      "Ibrahim",
      "Emre",
      "Burak",
      "Hasan|Hassan",
      "Ali",
      "Murat|Murad",
      "Omer|Omar",
      "Osman|Othman",
      "Ramazan|Ramadan",
      "Halil|Khalil",
      "Suleyman|Sulaiman",
      "Abdullah|Abdulah",
      "Mahmut|Mahmud",
      "Recep|Rejep",
      "Kadir|Qadir",
      "Yasin|Yassin",
      "Ismail",
      "Salih|Saleh",
      "Serkan",
      "Fatih",
      "Kemal|Kamal",
      "Cemal|Jamal",
      "Orhan",
      "Erkan",
      "Volkan",
      "Tolga",
      "Onur",
      "Cengiz",
      "Selim",
      "Kaan",
      "Enes",
      "Furkan",
      "Hakan",
      "Ilyas|Ilias",
      "Bilal",
      "Harun|Haroun",
      "Yunus|Younes",
      "Zeki",
      "Tuncay",
      "Sinan",
      "Levent"
    ],
    female: [
      "Ayse|Aisha",
      "Fatma|Fatima",
      "Zeynep|Zaynab",
      "Elif",
      "Emine|Amina",
      "Hatice|Khadija",
      "Meryem|Maryam",
      "Sultan",
      "Esra",
      "Merve",
      "Busra|Bushra",
      "Zehra|Zahra",
      "Hulya",
      "Derya",
      "Ozlem",
      "Songul",
      "Yasemin|Yasmin",
      "Leyla|Layla",
      "Sevgi",
      "Tugba"
    ]
  },
  indonesian: {
    male: [
      "Muhammad|Muhamad|Mohammad",
      "Agus",
      "Budi",
      "Eko",
      "Fajar",
      "Hendra",
      "Irfan",
      "Rizky|Rizki",
      "Wahyu",
      "Yusuf|Yusup",
      "Abdullah|Abdulah",
      "Ahmad|Achmad",
      "Arif|Arief",
      "Bambang",
      "Dedi|Dedy",
      "Dimas",
      "Fauzi|Fauzy",
      "Hadi",
      "Ilham",
      "Joko|Djoko",
      "Kurniawan",
      "Lukman|Luqman",
      "Nur|Noor",
      "Rahmat|Rachmat",
      "Sigit",
      "Slamet",
      "Taufik|Taufiq",
      "Teguh",
      "Wawan",
      "Yoga",
      "Zulkifli|Zulkifly",
      "Andi|Andy",
      "Bayu",
      "Dwi",
      "Gilang",
      "Hasan|Hassan",
      "Imam",
      "Iwan",
      "Mulyadi",
      "Nanang",
      "Rudi|Rudy",
      "Sholeh|Soleh|Saleh",
      "Umar|Oemar",
      "Syaiful|Saiful|Syaifullah"
    ],
    female: [
      "Siti",
      "Dewi",
      "Nur|Noor",
      "Putri",
      "Aisyah|Aisha",
      "Ayu",
      "Fitri",
      "Indah",
      "Lestari",
      "Maya",
      "Nurul",
      "Ratna",
      "Rina",
      "Sri",
      "Wulan",
      "Yuni",
      "Kartika",
      "Mega",
      "Novi|Novia",
      "Umi|Oemi"
    ]
  },
  european: {
    male: [
      "Thomas|Tomas",
      "Lucas|Lukas",
      "Daniel",
      "Kevin",
      "Jeroen",
      "Maxime",
      "Jonathan|Jonatan",
      "Pieter|Peter",
      "Nicolas|Nikolas",
      "Julien",
      "Wouter",
      "Bram",
      "Sander",
      "Stefan|Stephan",
      "Mathieu|Matthieu",
      "Antoine",
      "Arnaud",
      "Dries",
      "Jens",
      "Koen",
      "Laurent",
      "Michael|Michel",
      "Olivier",
      "Romain",
      "Sebastien",
      "Tim",
      "Yannick|Yanick",
      "Joris",
      "Ruben"
    ],
    female: [
      "Sophie|Sofie",
      "Emma",
      "Julie",
      "Laura",
      "Sarah|Sara",
      "Charlotte",
      "Elise",
      "Eline",
      "Hanne",
      "Ines",
      "Lotte",
      "Marie",
      "Nathalie|Natalie",
      "Pauline",
      "Sanne",
      "Camille",
      "Anouk",
      "Lisa|Liza"
    ]
  }
};
const SURNAMES = {
  maghreb: {
    prefixes: ["Ben ", "El ", "Bou", "Ait ", "Al-", "", "", "", "", ""],
    stems: ["B", "D", "F", "H", "J", "K", "L", "M", "N", "R", "S", "T", "Z", "Ch", "Kh", "Gh", "Dr", "Sl", "Tl", "Ouz"],
    middles: ["a", "ou", "i", "e", "ah", "ar", "am", "en"],
    suffixes: ["ddani", "zzaoui", "kkouri", "ssouni", "rrafi", "llali", "mrani", "nnaciri", "tahiri", "bbadi", "jjari", "houchi", "chaoui", "ouali", "idrissi", "aroui", "mouni", "lfassi", "sbai", "rhouni", "kadiri", "hrani", "zougui", "yachi"]
  },
  turkish: {
    prefixes: [""],
    stems: ["Kar", "Dem", "Yil", "Sah", "Cel", "Ay", "Oz", "Ars", "Dog", "Kor", "Ak", "Gok", "Tas", "Yel", "Er", "Kurt", "Bal", "Top", "Den", "At", "Bul", "Yav", "Cet", "Kil", "Tek", "Uz", "Gul", "Sar", "Tun", "Ert", "Kes", "Ork", "Sev", "Bay", "Cak"],
    middles: ["a", "e", "i", "o", "u", "al", "er", "in", "un", "ir"],
    suffixes: ["oglu", "kaya", "demir", "ci", "han", "tas", "can", "bas", "dag", "soy", "gil", "men", "li", "kol", "cay", "tepe", "yurt", "tekin", "ay", "soylu"]
  },
  indonesian: {
    prefixes: [""],
    stems: ["Pra", "Sa", "Hida", "Nug", "Wibi", "Kur", "Seti", "Fir", "Rah", "Susi", "Wija", "Har", "Sur", "Gun", "Bud", "Dar", "Jay", "Kus", "Mul", "Pur", "Sub", "Tri", "Yud", "Ari", "Eka", "Ind", "Sugi", "Ward", "Yul", "Pam"],
    middles: ["a", "i", "o", "ya", "ma", "na", "ra", "wa", "ja", "ta"],
    suffixes: ["to", "no", "di", "ji", "wan", "man", "ana", "anto", "ono", "adi", "ati", "wati", "yanto", "ningsih", "putra", "sari"]
  },
  european: {
    prefixes: ["Van ", "De ", "Van der ", "Le ", "Du ", "", "", "", ""],
    stems: ["Brou", "Vel", "Mael", "Dub", "Jans", "Peet", "Lef", "Holl", "Ver", "Wout", "Goos", "Merc", "Step", "Baud", "Claes", "Delc", "Hoeb", "Kerk", "Lamb", "Moer", "Rooy", "Smed", "Thys", "Wyng"],
    middles: ["", "e", "er", "el", "en", "a", "ij", "o"],
    suffixes: ["mans", "ckere", "den", "reuil", "sens", "vrier", "lander", "beke", "hout", "vliet", "aert", "ier", "ot", "ard", "ens", "inck", "berg", "ey"]
  }
};
const MIDDLE_NAME = { maghreb: 0.3, turkish: 0.15, indonesian: 0.35, european: 0 };
const cap = (s) => s.replace(/(^|[ -])([a-z])/g, (_m, a, b) => a + b.toUpperCase());
function commonFirst(rng, pool) {
  return pool[Math.floor(pool.length * rng.next() ** 1.5)].split("|");
}
function surname(rng, origin) {
  const p = SURNAMES[origin];
  const stem = rng.pick(p.stems);
  const middle = rng.pick(p.middles);
  const suffix = rng.pick(p.suffixes);
  const body = (stem + middle + suffix).toLowerCase().replace(/([aeiou])\1+/g, "$1");
  return cap(rng.pick(p.prefixes) + body);
}
function drawName(rng, origin) {
  const gender = rng.chance(0.82) ? "male" : "female";
  const given = commonFirst(rng, GIVEN[origin][gender]);
  const middle = rng.chance(MIDDLE_NAME[origin]) ? commonFirst(rng, GIVEN[origin].male) : null;
  return { given, middle: middle && middle[0] !== given[0] ? middle : null, surname: surname(rng, origin), gender };
}
const givenNames = (origin) => [...GIVEN[origin].male, ...GIVEN[origin].female].map((p) => p.split("|"));
const fullName = (n) => [n.given[0], n.middle?.[0], n.surname].filter(Boolean).join(" ");
const RULES = [
  [/ou/g, "u"],
  [/ch/g, "sh"],
  [/^El /, "Al-"],
  [/^Ben /, "Bin "],
  [/i$/, "y"],
  [/dd/g, "d"],
  [/k(?!h)/, "q"],
  [/zz/g, "z"],
  [/ss/g, "s"],
  [/ae/g, "a"]
];
const otherSpelling = (rng, forms) => forms.length > 1 ? rng.pick(forms.slice(1)) : forms[0];
function transliterate(rng, n) {
  const given = otherSpelling(rng, n.given);
  const middle = n.middle && rng.chance(0.7) ? otherSpelling(rng, n.middle) : null;
  let surname2 = n.surname;
  let changed = given !== n.given[0] || (middle ?? null) !== (n.middle?.[0] ?? null);
  for (const [from, to] of RULES) {
    if (surname2.search(from) === -1 || !rng.chance(0.6)) continue;
    surname2 = surname2.replace(from, to);
    changed = true;
  }
  if (!changed) surname2 = `${surname2}e`;
  const first = middle ? `${given} ${middle}` : given;
  return rng.chance(0.25) ? `${surname2.toUpperCase()} ${first}` : `${first} ${surname2}`;
}
export {
  drawName,
  fullName,
  givenNames,
  transliterate
};
