// Seeded randomness for the synthetic world. Every person draws from a generator seeded by
// (seed, person index), so any slice of the world can be produced without producing the rest.
import { Rng as SeededRng } from '../../seed/random.js';

/** splitmix-style 32-bit mixing of several integers into one seed. */
export function hashSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** The demo world's generator (mulberry32), seeded by several integers mixed into one. */
export class Rng extends SeededRng {
  constructor(...seedParts: number[]) {
    super(hashSeed(...seedParts));
  }

  /** How many of something, geometric with the given mean: most have few, some have many. */
  geometric(mean: number): number {
    return Math.floor(Math.log(1 - this.next()) / Math.log(mean / (mean + 1)));
  }

  /** Upper-case letters A to Z. */
  override letters(n: number): string {
    return super.letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  }
}

/**
 * A heavy-tailed choice among n people: a few are picked very often (hubs), most rarely. u^3 piles
 * the mass near 0; the multiplicative permutation scatters the hubs over the index range.
 */
export function hubIndex(rng: Rng, n: number, stride: number): number {
  const j = Math.floor(n * rng.next() ** 3);
  return (j * stride + 7) % n;
}

/** A stride coprime with n, so `hubIndex`'s permutation is a bijection. */
export function coprimeStride(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let s = 2_654_435_761 % Math.max(n, 1) || 1;
  while (gcd(s, n) !== 1) s += 1;
  return s;
}
