import anyAscii from "any-ascii";
import { doubleMetaphone } from "double-metaphone";
import { ABD_FORMS, GIVEN_NAME_CANON, GLUED_MIN_REST, GLUED_PARTICLES, PARTICLES } from "./variants.js";
const MAX_NAME_LENGTH = 300;
const MAX_TOKENS = 12;
function words(text) {
  const ascii = anyAscii(text.slice(0, MAX_NAME_LENGTH)).toLowerCase();
  return ascii.replace(/['`]/g, "").split(/[^a-z]+/).filter(Boolean).slice(0, MAX_TOKENS);
}
function splitGlued(word) {
  if (PARTICLES.has(word)) return [word];
  for (const [prefix, canonical] of GLUED_PARTICLES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= GLUED_MIN_REST) return [canonical, word.slice(prefix.length)];
  }
  return [word];
}
function joinAbd(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    let w = /^abd/.test(list[i]) ? list[i].replace(/(.)\1+/g, "$1") : list[i];
    if (ABD_FORMS.includes(w)) {
      let j = i + 1;
      if (PARTICLES.get(list[j] ?? "") === "al") j += 1;
      if (j < list.length && !PARTICLES.has(list[j])) {
        w += list[j];
        i = j;
      }
    }
    const form = ABD_FORMS.find((f) => w.startsWith(f) && w.length - f.length >= 2);
    out.push(form ? `abd${w.slice(form.length)}` : w);
  }
  return out;
}
const FOLDS = [
  [/sch|ch/g, "sh"],
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/dj/g, "j"],
  [/ck|q/g, "k"],
  [/c(?=[eiy])/g, "s"],
  [/c/g, "k"],
  [/ou|oo/g, "u"],
  [/ee/g, "i"],
  [/ae/g, "a"],
  [/(?<=.)y/g, "i"],
  [/(.)\1+/g, "$1"],
  [/(?<=.{3})e$/, ""],
  [/(?<=.{2}[aeiou])h$/, ""]
];
function fold(word) {
  return FOLDS.reduce((w, [pattern, to]) => w.replace(pattern, to), word);
}
const FOLDED_CANON = new Map([...GIVEN_NAME_CANON].map(([form, canon]) => [fold(form), canon]));
const KNOWN_NAMES = new Set([...GIVEN_NAME_CANON.values()].map(fold));
function nameTokens(name) {
  const list = joinAbd(words(name).flatMap(splitGlued));
  return list.map((w) => {
    const particle = PARTICLES.get(w);
    if (particle) return { skeleton: particle, code: "", particle: true };
    const skeleton = fold(GIVEN_NAME_CANON.get(w) ?? FOLDED_CANON.get(fold(w)) ?? w);
    return { skeleton, code: doubleMetaphone(skeleton)[0], particle: false };
  });
}
export {
  KNOWN_NAMES,
  MAX_NAME_LENGTH,
  MAX_TOKENS,
  fold,
  nameTokens,
  words
};
