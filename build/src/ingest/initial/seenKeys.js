const EMPTY = 0;
const MAX_LOAD = 0.6;
function fnv1a(s, seed) {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h === EMPTY ? 1 : h;
}
class SeenKeys {
  a;
  b;
  size = 0;
  constructor(capacity = 1 << 16) {
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
  }
  /** Adds the key; true when it (or a key with the same two hashes) was there already. */
  addSeen(key) {
    if ((this.size + 1) / this.a.length > MAX_LOAD) this.grow();
    const ha = fnv1a(key, 2166136261);
    const hb = fnv1a(key, 2538058380);
    return this.insert(ha, hb);
  }
  insert(ha, hb) {
    const mask = this.a.length - 1;
    for (let i = ha & mask; ; i = i + 1 & mask) {
      if (this.a[i] === EMPTY) {
        this.a[i] = ha;
        this.b[i] = hb;
        this.size += 1;
        return false;
      }
      if (this.a[i] === ha && this.b[i] === hb) return true;
    }
  }
  grow() {
    const { a, b } = this;
    this.a = new Uint32Array(a.length * 2);
    this.b = new Uint32Array(b.length * 2);
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== EMPTY) this.insert(a[i], b[i]);
  }
}
export {
  SeenKeys
};
