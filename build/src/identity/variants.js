const PARTICLES = new Map([
  ...["al", "el", "ul", "il"].map((p) => [p, "al"]),
  ...["ben", "bin", "ibn", "bn"].map((p) => [p, "bin"]),
  ...["bint", "bent"].map((p) => [p, "bint"]),
  ...["abu", "abou", "abo"].map((p) => [p, "abu"]),
  ...["ait", "ath"].map((p) => [p, "ait"]),
  ...["van", "von", "der", "den", "de", "du", "da", "di", "dos", "das", "del", "la", "le", "ter"].map((p) => [p, p])
]);
const GLUED_PARTICLES = [
  ["abou", "abu"],
  ["abu", "abu"],
  ["ben", "bin"],
  ["bin", "bin"],
  ["el", "al"],
  ["al", "al"]
];
const GLUED_MIN_REST = 4;
const ABD_FORMS = ["abdoul", "abdul", "abdel", "abdal", "abdol", "abdu", "abd"];
const FAMILIES = {
  muhammad: ["mohammed", "mohamed", "mohammad", "muhammed", "muhamad", "mohamad", "mohamet", "mouhamed", "mehmet", "mehmed", "muhammet", "mohd", "mhammed"],
  ahmad: ["ahmed", "ahmet", "ahmat", "ahmid", "achmad"],
  yusuf: ["youssef", "yousef", "yousuf", "youcef", "yusup", "yussuf", "yousif", "yusef"],
  ibrahim: ["brahim", "ebrahim", "ibrahem", "ibrahima"],
  husayn: ["hussein", "huseyin", "husain", "hussain", "hosein", "houssein", "husein"],
  hasan: ["hassan", "hasen"],
  umar: ["omar", "omer", "oumar"],
  uthman: ["othman", "osman", "usman", "outhman"],
  mustafa: ["mostafa", "moustapha", "mustapha", "mostapha", "moustafa"],
  aisha: ["aicha", "aysha", "aisyah", "ayse", "ayesha", "aishah", "aiche"],
  fatima: ["fatma", "fatimah", "fatema", "fatouma"],
  maryam: ["meryem", "meriem", "mariam", "maryem"],
  zaynab: ["zineb", "zeynep", "zainab", "zeinab"],
  khadija: ["khadidja", "khadijah", "khadiga", "hatice", "hatidze"],
  yasin: ["yassin", "yassine", "yacine", "yasine"],
  sufyan: ["soufiane", "sofiane", "sufian", "soufian"],
  zakariya: ["zakaria", "zakariyya", "zakariya", "zacharia", "zakariyah"],
  anwar: ["anouar", "anuar"],
  tariq: ["tarik", "tarek", "tareq"],
  rashid: ["rachid", "rasheed", "rachide"],
  said: ["saeed", "saeid", "saied"],
  hisham: ["hicham", "hichem"],
  walid: ["waleed", "oualid", "ualid"],
  ayyub: ["ayoub", "eyup", "ayub"],
  mahdi: ["mehdi"],
  khalid: ["khaled", "halid"],
  hamza: ["hamzah", "hamzeh"],
  layla: ["leila", "leyla", "laila"],
  amina: ["emine", "aminah"],
  iman: ["imane"],
  huda: ["houda"],
  nur: ["noor", "nour"],
  rizki: ["rizky", "rizqi"],
  bilal: ["belal"],
  jamal: ["djamal", "cemal", "gamal"],
  jalal: ["djalal", "celal"],
  idris: ["driss", "idriss", "idrees"],
  ismail: ["smail", "ismael", "ismayil"],
  ramadan: ["ramazan", "ramdane"],
  rajab: ["recep", "rejep", "radjab"],
  bushra: ["busra", "bouchra", "boushra"],
  rahmat: ["rachmat", "rahmad"],
  salih: ["saleh", "soleh", "sholeh"],
  faisal: ["faycal", "faysal", "fayssal", "faical"]
};
const GIVEN_NAME_CANON = new Map(
  Object.entries(FAMILIES).flatMap(([canon, forms]) => [[canon, canon], ...forms.map((f) => [f, canon])])
);
export {
  ABD_FORMS,
  GIVEN_NAME_CANON,
  GLUED_MIN_REST,
  GLUED_PARTICLES,
  PARTICLES
};
