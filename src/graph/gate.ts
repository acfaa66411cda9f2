// At most `limit` pieces of work at once, the rest queued in arrival order: long batch statements
// (screening a manifest) from many requests at once would otherwise all run together on the server
// and each take as long as all of them (measured: ~28 screening statements at once, 50 connections).
import { requestTimedOut } from './errors.js';

export class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`Gate limit must be a positive integer, got ${limit}`);
  }

  /** Work queued behind the running ones. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `work` once a place is free. Aborting `signal` (the request's deadline) while it waits drops it
   * from the queue with QUERY_TIMEOUT; once started, the work answers to its own timeout.
   */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw requestTimedOut();
    if (this.running >= this.limit) await this.place(signal);
    else this.running += 1;
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  // The place is handed over directly from release() to the first waiter, so `running` never dips
  // below the limit while work waits, and nobody arriving later can overtake.
  private place(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(start);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(requestTimedOut());
      };
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiting.push(start);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
