// Per-caller rate limit: an in-memory token bucket per subject and agency, one set per API instance.
import type { Viewer } from '../auth/viewer.js';
import { ErrorCode, skeinError } from '../errors.js';

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets idle long enough to be full again carry no information; they are swept past this many. */
const SWEEP_ABOVE = 10_000;

/**
 * Refills at perMinute/60 a second and holds up to perMinute/6 (ten seconds' worth), so a caller can
 * burst (a viewer page firing a dozen queries) but not sustain more than the limit. Each instance
 * counts on its own: behind N replicas a caller gets up to N times the limit (documented).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.capacity = Math.max(1, Math.ceil(perMinute / 6));
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token; returns 0 when allowed, else the seconds to wait before the next one. */
  take(key: string): number {
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
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Throws RATE_LIMITED (HTTP 429) when the viewer has used up their allowance. */
  check(viewer: Viewer): void {
    const wait = this.take(`${viewer.agency}\u0000${viewer.subject}`);
    if (wait > 0) throw rateLimited(wait);
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.capacity) this.buckets.delete(key);
    }
  }
}

export function rateLimited(retryAfterSeconds: number) {
  return skeinError(ErrorCode.RATE_LIMITED, `too many requests; retry in ${retryAfterSeconds} s`, { retryAfter: retryAfterSeconds });
}
