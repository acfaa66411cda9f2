// Seeded randomness for the synthetic world. Every person draws from a generator seeded by
// (seed, person index), so any slice of the world can be produced without producing the rest.

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

export class Rng {
  private state: number;

  constructor(...seedParts: number[]) {
    this.state = hashSeed(...seedParts);
  }

  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of entries) if ((r -= w) < 0) return v;
    return entries[entries.length - 1]![0];
  }

  /** How many of something, geometric with the given mean: most have few, some have many. */
  geometric(mean: number): number {
    return Math.floor(Math.log(1 - this.next()) / Math.log(mean / (mean + 1)));
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  letters(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25));
    return s;
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
