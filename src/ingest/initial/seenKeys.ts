// Remembers which keys a stream has shown, in 8 bytes a key (two 32-bit hashes in an open-addressing
// table), so millions of relationship ids fit in tens of megabytes. A "seen" answer can be a hash
// collision, so it only nominates a key for an exact check; a "not seen" answer is always right.

const EMPTY = 0;
const MAX_LOAD = 0.6;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Never the empty marker.
  return h === EMPTY ? 1 : h;
}

export class SeenKeys {
  private a: Uint32Array;
  private b: Uint32Array;
  private size = 0;

  constructor(capacity = 1 << 16) {
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
  }

  /** Adds the key; true when it (or a key with the same two hashes) was there already. */
  addSeen(key: string): boolean {
    if ((this.size + 1) / this.a.length > MAX_LOAD) this.grow();
    const ha = fnv1a(key, 0x811c9dc5);
    const hb = fnv1a(key, 0x9747b28c);
    return this.insert(ha, hb);
  }

  private insert(ha: number, hb: number): boolean {
    const mask = this.a.length - 1;
    for (let i = ha & mask; ; i = (i + 1) & mask) {
      if (this.a[i] === EMPTY) {
        this.a[i] = ha;
        this.b[i] = hb;
        this.size += 1;
        return false;
      }
      if (this.a[i] === ha && this.b[i] === hb) return true;
    }
  }

  private grow(): void {
    const { a, b } = this;
    this.a = new Uint32Array(a.length * 2);
    this.b = new Uint32Array(b.length * 2);
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== EMPTY) this.insert(a[i]!, b[i]!);
  }
}
