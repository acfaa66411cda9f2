const DAY_MS = 864e5;
class Rng {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  /** Uniform float in [0, 1): mulberry32, chosen because it is tiny and well mixed. */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], both inclusive. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Float in [min, max) rounded to `digits` decimals, so JSON stays short and stable. */
  float(min, max, digits = 2) {
    const f = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }
  chance(p) {
    return this.next() < p;
  }
  pick(items) {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }
  /** Weighted choice; weights need not sum to 1. */
  weighted(entries) {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("weighted pick from an empty list");
    return last[0];
  }
  /** Fisher–Yates on a copy; the input is left untouched. */
  shuffle(items) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** `n` distinct items (or all of them when there are fewer). */
  sample(items, n) {
    return this.shuffle(items).slice(0, n);
  }
  digits(n) {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  letters(n, alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ") {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }
  /** Instant between two ISO dates, to the minute (seconds would only add noise). */
  dateBetween(from, to) {
    const a = Date.parse(from);
    const b = Date.parse(to);
    const minutes = Math.floor((b - a) / 6e4);
    return new Date(a + this.int(0, Math.max(0, minutes)) * 6e4).toISOString();
  }
  /** Instant `minDays..maxDays` after `iso`, at a random minute of the day. */
  daysAfter(iso, minDays, maxDays) {
    const base = Date.parse(iso) + this.int(minDays, maxDays) * DAY_MS;
    return new Date(base + this.int(0, 1439) * 6e4).toISOString();
  }
}
function day(iso) {
  return iso.slice(0, 10);
}
function addDays(iso, days) {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}
function addMinutes(iso, minutes) {
  return new Date(Date.parse(iso) + minutes * 6e4).toISOString();
}
function plusYears(date, years) {
  const [y = 0, m = 1, d = 1] = date.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}
function at(date, clock) {
  return (/* @__PURE__ */ new Date(`${day(date)}T${clock}:00.000Z`)).toISOString();
}
export {
  Rng,
  addDays,
  addMinutes,
  at,
  day,
  plusYears
};
