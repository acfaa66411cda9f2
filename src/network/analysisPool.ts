// Network metrics off the request thread: a small piscina pool of worker threads runs computeMetrics,
// so other requests keep being served while a large network is analysed. Small networks are cheaper
// to compute in place than to copy to a thread. Threads start on demand and stop when idle.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { computeMetrics, type MetricsInput, type MetricsOutput } from './analysis.js';
import { workerEntry, type WorkerEntry } from '../workerEntry.js';

/** Below this many nodes the metrics take a few milliseconds: computed in place. */
export const INLINE_BELOW = 200;

/** The analysis could not be run in a thread (it failed to start, died, or the pool was closed). */
export class AnalysisUnavailable extends Error {}

/** What a thread answers (analysisWorker.ts): the metrics, or the analysis's own error, with its stack. */
export type AnalysisReply = { metrics: MetricsOutput } | { failed: string };

export class AnalysisPool {
  private pool: Piscina<MetricsInput, AnalysisReply> | undefined;

  /** `onError`: a thread that failed, with or without a task (each is also the task's AnalysisUnavailable). */
  constructor(
    private readonly entry: WorkerEntry,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /**
   * The metrics of `input`. A thread that failed rejects with AnalysisUnavailable (reported to `onError`;
   * trying again may work); an error of the analysis itself, a fault of the code that another try would
   * meet again, rejects with a plain Error carrying the thread's stack, as it would computed in place.
   */
  async run(input: MetricsInput): Promise<MetricsOutput> {
    let reply: AnalysisReply;
    try {
      reply = await this.poolOf().run(input);
    } catch (err) {
      this.onError(err);
      throw new AnalysisUnavailable(`the network analysis thread failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if ('failed' in reply) throw new Error(`the network analysis failed in its thread: ${reply.failed}`);
    return reply.metrics;
  }

  /** Stops the threads (server shutdown, tests); a later run starts new ones. */
  async close(): Promise<void> {
    const p = this.pool;
    this.pool = undefined;
    await p?.destroy();
  }

  private poolOf(): Piscina<MetricsInput, AnalysisReply> {
    if (this.pool) return this.pool;
    const pool = new Piscina<MetricsInput, AnalysisReply>({
      filename: this.entry.url.href,
      minThreads: 0,
      maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
      idleTimeout: 30_000,
      argv: this.entry.argv,
    });
    // A thread that fails outside a task (it cannot load its code, or dies between tasks) is an 'error'
    // event of the pool, and an 'error' event nobody listens to ends the process: every request of the
    // API with it. The pool is dropped instead: its queued tasks are refused (destroy), and the next
    // analysis starts a fresh one. (A thread that dies during a task fails that task: run() above.)
    pool.on('error', (err: unknown) => {
      this.onError(err);
      if (this.pool === pool) this.pool = undefined;
      void pool.destroy().catch(() => undefined);
    });
    this.pool = pool;
    return pool;
  }
}

let errorListener: (err: unknown) => void = () => undefined;
const shared = new AnalysisPool(workerEntry(import.meta.url, 'analysisWorker'), (err) => errorListener(err));

/** Where the API's pool reports a failed thread (main.ts logs it). */
export function onAnalysisPoolError(listener: (err: unknown) => void): void {
  errorListener = listener;
}

export async function metricsOffThread(input: MetricsInput): Promise<MetricsOutput> {
  if (input.nodes.length < INLINE_BELOW) return computeMetrics(input);
  return shared.run(input);
}

/** Stops the threads (server shutdown, tests). */
export async function closeAnalysisPool(): Promise<void> {
  await shared.close();
}
