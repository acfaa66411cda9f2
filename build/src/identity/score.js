import { jaroWinkler } from "@skyra/jaro-winkler";
import { KNOWN_NAMES, words } from "./normalise.js";
import { nameVariants } from "./nameKeys.js";
const DEFAULT_THRESHOLD = 0.8;
const NAME_WEIGHT = 0.6;
const DOB_WEIGHT = 0.4;
const NAME_ONLY_CAP = 0.82;
const DOCUMENT_FLOOR = 0.85;
const IDENTIFIER_BONUS = 0.2;
const FLIGHT_BONUS = 0.1;
const NATIONALITY_BONUS = 0.03;
const PHONETIC_FLOOR = 0.92;
const PHONETIC_MIN_SPELLING = 0.7;
const NAME_GATE = 0.75;
const GENDER_PENALTY = 0.3;
function tokenSimilarity(a, b) {
  if (a.skeleton === b.skeleton) return 1;
  const jw = jaroWinkler(a.skeleton, b.skeleton);
  const distinctNames = KNOWN_NAMES.has(a.skeleton) && KNOWN_NAMES.has(b.skeleton);
  const sounds = a.code !== "" && a.code === b.code && !distinctNames && jw >= PHONETIC_MIN_SPELLING;
  return sounds ? Math.max(PHONETIC_FLOOR, jw) : jw;
}
const SAME_WORD = 0.85;
const ONE_WORD_CAP = 0.6;
const NAMESAKE_CAP = 0.7;
function variantSimilarity(a, b) {
  const [short, long] = [a, b].map((v) => v.filter((t) => !t.particle)).sort((x, y) => x.length - y.length);
  if (short.length === 0) return 0;
  const pairs = [];
  short.forEach((s, i) => long.forEach((l, j) => pairs.push([tokenSimilarity(s, l), i, j])));
  pairs.sort((x, y) => y[0] - x[0]);
  const [usedS, usedL] = [/* @__PURE__ */ new Set(), /* @__PURE__ */ new Set()];
  let sum = 0;
  let differs = false;
  for (const [sim, i, j] of pairs) {
    if (usedS.has(i) || usedL.has(j)) continue;
    usedS.add(i);
    usedL.add(j);
    differs ||= sim < SAME_WORD;
    sum += sim >= SAME_WORD ? sim : sim / 2;
  }
  const extra = long.length - short.length;
  const mean = sum / short.length * 0.97 ** extra;
  if (short.length === 1) return Math.min(mean, ONE_WORD_CAP);
  return differs ? Math.min(mean, NAMESAKE_CAP) : mean;
}
function nameReason(s, c) {
  let best = 0;
  let how = "SIMILAR";
  for (const a of s.variants) {
    for (const b of c.variants) {
      const sim = variantSimilarity(a, b);
      if (sim > best) best = sim;
    }
  }
  const plain = (n) => words(n).sort().join(" ");
  if (plain(s.name) === plain(c.name)) how = "EXACT";
  else if (best >= 0.999) how = "VARIANT";
  else if (best >= PHONETIC_FLOOR) how = "PHONETIC";
  return { field: "NAME", how, score: round(best), detail: `${s.name} ~ ${c.name}` };
}
function birthReason(a, b) {
  if (!a || !b) return null;
  const [ya, ma, da] = a.split("-");
  const [yb, mb, db] = b.split("-");
  const r = (how, score) => ({ field: "BIRTH_DATE", how, score, detail: `${a} ~ ${b}` });
  if (a === b) return r("EXACT", 1);
  if (ya === yb && ma === db && da === mb) return r("SWAPPED_DAY_MONTH", 0.85);
  if (ya === yb) return r("SAME_YEAR", 0.35);
  if (Math.abs(Number(ya) - Number(yb)) === 1) return r("ADJACENT_YEAR", 0.15);
  return r("DIFFERENT", 0);
}
function scoreMatch(s, c) {
  const name = nameReason(s, c);
  const birth = birthReason(s.birthDate, c.birthDate);
  const reasons = [name];
  if (birth) reasons.push(birth);
  let score = birth ? NAME_WEIGHT * name.score + DOB_WEIGHT * birth.score : NAME_ONLY_CAP * name.score;
  if (name.score < NAME_GATE) score = Math.min(score, name.score + 0.05);
  if (c.sharedDocuments.length > 0) {
    score = Math.max(score, DOCUMENT_FLOOR + (1 - DOCUMENT_FLOOR) * name.score - (birth?.how === "DIFFERENT" ? 0.1 : 0));
    reasons.push({ field: "DOCUMENT", how: "SHARED", score: 1, detail: c.sharedDocuments.join(", ") });
  }
  const birthAgrees = !birth || birth.score >= 0.85;
  if (c.sharedIdentifiers.length > 0) {
    if (birthAgrees) score += IDENTIFIER_BONUS * Math.min(c.sharedIdentifiers.length, 2) * (name.score >= 0.8 ? 1 : 0.5);
    reasons.push({ field: "IDENTIFIER", how: "SHARED", score: 1, detail: c.sharedIdentifiers.join(", ") });
  }
  if (c.sharedFlights.length > 0 && name.score >= 0.8 && birthAgrees) {
    score += FLIGHT_BONUS;
    reasons.push({ field: "FLIGHT", how: "SAME_FLIGHT", score: 1, detail: c.sharedFlights.join(", ") });
  }
  const known = (g) => g === "male" || g === "female" ? g : null;
  if (known(s.gender) && known(c.gender) && s.gender !== c.gender) {
    score -= GENDER_PENALTY;
    reasons.push({ field: "GENDER", how: "DIFFERENT", score: 0, detail: `${s.gender} ~ ${c.gender}` });
  }
  const nationality = s.nationalities.filter((n) => c.nationalities.includes(n));
  if (nationality.length > 0) {
    score += NATIONALITY_BONUS;
    reasons.push({ field: "NATIONALITY", how: "SHARED", score: 1, detail: nationality.join(", ") });
  }
  return { score: round(Math.min(1, Math.max(0, score))), reasons };
}
const round = (x) => Math.round(x * 1e3) / 1e3;
function storedVariants(nameTokens, name, aliases) {
  if (Array.isArray(nameTokens) && nameTokens.length > 0) return nameTokens.map((v) => decodeVariant(String(v)));
  return nameVariants(name, aliases);
}
function decodeVariant(encoded) {
  return encoded.split(" ").filter(Boolean).map((part) => {
    const [skeleton = "", code = ""] = part.split("/");
    return code === "_" ? { skeleton, code: "", particle: true } : { skeleton, code, particle: false };
  });
}
export {
  DEFAULT_THRESHOLD,
  scoreMatch,
  storedVariants,
  variantSimilarity
};
