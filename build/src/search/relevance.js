import anyAscii from "any-ascii";
import { jaroWinkler } from "@skyra/jaro-winkler";
const EXACT = 1;
const PREFIX = 0.9;
const FUZZY = 0.8;
function searchWords(text) {
  const ascii = anyAscii(text.normalize("NFKC")).toLowerCase();
  const parts = ascii.match(/[a-z0-9]+/g) ?? [];
  const joined = parts.length > 1 && /\d/.test(ascii) ? [parts.join("")] : [];
  return [...parts, ...joined];
}
function recordWords(r) {
  const texts = [r.name, ...Array.isArray(r.aliases) ? r.aliases : [r.aliases], r.number, r.value];
  return texts.flatMap((t) => typeof t === "string" ? searchWords(t) : []);
}
function termScore(term, words) {
  let best = 0;
  for (const w of words) {
    if (w === term) return EXACT;
    const s = w.startsWith(term) ? PREFIX : FUZZY * jaroWinkler(term, w);
    if (s > best) best = s;
  }
  return best;
}
function relevance(queryWords, record) {
  if (queryWords.length === 0) return 0;
  const words = recordWords(record);
  const sum = queryWords.reduce((acc, q) => acc + termScore(q, words), 0);
  return Math.round(sum / queryWords.length * 1e4) / 1e4;
}
export {
  relevance,
  searchWords
};
