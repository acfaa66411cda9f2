import { Rng as SeededRng } from "../../seed/random.js";
function hashSeed(...parts) {
  let h = 2654435769;
  for (const p of parts) {
    h = Math.imul(h ^ p >>> 0, 2246822507);
    h ^= h >>> 13;
    h = Math.imul(h, 3266489909);
    h ^= h >>> 16;
  }
  return h >>> 0;
}
class Rng extends SeededRng {
  constructor(...seedParts) {
    super(hashSeed(...seedParts));
  }
  /** How many of something, geometric with the given mean: most have few, some have many. */
  geometric(mean) {
    return Math.floor(Math.log(1 - this.next()) / Math.log(mean / (mean + 1)));
  }
  /** Upper-case letters A to Z. */
  letters(n) {
    return super.letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  }
}
function hubIndex(rng, n, stride) {
  const j = Math.floor(n * rng.next() ** 3);
  return (j * stride + 7) % n;
}
function coprimeStride(n) {
  const gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
  let s = 2654435761 % Math.max(n, 1) || 1;
  while (gcd(s, n) !== 1) s += 1;
  return s;
}
export {
  Rng,
  coprimeStride,
  hashSeed,
  hubIndex
};
