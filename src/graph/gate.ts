// At most `limit` pieces of work at once, the rest queued in arrival order: long batch statements
// (screening a manifest) from many requests at once would otherwise all run together on the server
// and each take as long as all of them (measured: ~28 screening statements at once, 50 connections).
import { requestTimedOut } from './errors.js';

/** A place held in a Gate, handed to the work it was taken for. */
export interface Turn {
  /**
   * Gives the place to the next in line while this work waits on something else (another gate); the
   * function returned takes a place again at once, over the limit if need be, so the work never queues
   * twice. While lent, lending again returns the same function: the first wait to end takes the place
   * back for all. After the work ended it does nothing.
   */
  lend(): () => void;
}

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
   * from the queue with QUERY_TIMEOUT; once started, the work answers to its own timeout. `whileWaiting`
   * is called when the work has to wait, and what it returns once the wait is over (a place taken, or
   * the deadline passed): how a request lends its place in another gate for the wait (Turn.lend).
   */
  async run<T>(work: (turn: Turn) => Promise<T>, signal?: AbortSignal, whileWaiting?: () => () => void): Promise<T> {
    if (signal?.aborted) throw requestTimedOut();
    if (this.running >= this.limit) {
      const after = whileWaiting?.();
      try {
        await this.place(signal);
      } finally {
        after?.();
      }
    } else this.running += 1;
    let held = true;
    let ended = false;
    // Several waits of one piece of work at once share the loan: the first to end takes the place back.
    const takeBack = () => {
      if (held || ended) return;
      held = true;
      this.running += 1;
    };
    const turn: Turn = {
      lend: () => {
        if (held && !ended) {
          held = false;
          this.release();
        }
        return takeBack;
      },
    };
    try {
      return await work(turn);
    } finally {
      ended = true;
      if (held) this.release();
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

  // A place taken back over the limit (Turn.lend) is not handed on: the count drains to the limit first.
  private release(): void {
    const next = this.running > this.limit ? undefined : this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
