// Seeded pseudo-random numbers (mulberry32) so the same seed always yields the same world.

const DAY_MS = 86_400_000;

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1): mulberry32, chosen because it is tiny and well mixed. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max) rounded to `digits` decimals, so JSON stays short and stable. */
  float(min: number, max: number, digits = 2): number {
    const f = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Weighted choice; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Fisher–Yates on a copy; the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `n` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  letters(n: number, alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  /** Instant between two ISO dates, to the minute (seconds would only add noise). */
  dateBetween(from: string, to: string): string {
    const a = Date.parse(from);
    const b = Date.parse(to);
    const minutes = Math.floor((b - a) / 60_000);
    return new Date(a + this.int(0, Math.max(0, minutes)) * 60_000).toISOString();
  }

  /** Instant `minDays..maxDays` after `iso`, at a random minute of the day. */
  daysAfter(iso: string, minDays: number, maxDays: number): string {
    const base = Date.parse(iso) + this.int(minDays, maxDays) * DAY_MS;
    return new Date(base + this.int(0, 1439) * 60_000).toISOString();
  }
}

/** `YYYY-MM-DD` of an ISO instant. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** `YYYY-MM-DD` shifted by whole years; 29 February rolls over to 1 March instead of becoming invalid. */
export function plusYears(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** Instant from a date and a `HH:MM` clock time in UTC. */
export function at(date: string, clock: string): string {
  return new Date(`${day(date)}T${clock}:00.000Z`).toISOString();
}
