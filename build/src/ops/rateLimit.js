import { ErrorCode, skeinError } from "../errors.js";
const SWEEP_ABOVE = 1e4;
class RateLimiter {
  constructor(perMinute, now = Date.now) {
    this.perMinute = perMinute;
    this.now = now;
    this.capacity = Math.max(1, Math.ceil(perMinute / 6));
    this.perMs = perMinute / 6e4;
  }
  perMinute;
  now;
  buckets = /* @__PURE__ */ new Map();
  capacity;
  perMs;
  /** Takes one token; returns 0 when allowed, else the seconds to wait before the next one. */
  take(key) {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1e3));
  }
  /** Throws RATE_LIMITED (HTTP 429) when the viewer has used up their allowance. */
  check(viewer) {
    const wait = this.take(`${viewer.agency}\0${viewer.subject}`);
    if (wait > 0) throw rateLimited(wait);
  }
  get size() {
    return this.buckets.size;
  }
  sweep(now) {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.capacity) this.buckets.delete(key);
    }
  }
}
function rateLimited(retryAfterSeconds) {
  return skeinError(ErrorCode.RATE_LIMITED, `too many requests; retry in ${retryAfterSeconds} s`, { retryAfter: retryAfterSeconds });
}
export {
  RateLimiter,
  rateLimited
};
