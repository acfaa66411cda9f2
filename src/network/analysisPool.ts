// Network metrics off the request thread: a small piscina pool of worker threads runs computeMetrics,
// so other requests keep being served while a large network is analysed. Small networks are cheaper
// to compute in place than to copy to a thread. Threads start on demand and stop when idle.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { computeMetrics, type MetricsInput, type MetricsOutput } from './analysis.js';
import { workerEntry } from '../workerEntry.js';

/** Below this many nodes the metrics take a few milliseconds: computed in place. */
export const INLINE_BELOW = 200;

const WORKER = workerEntry(import.meta.url, 'analysisWorker');

let pool: Piscina<MetricsInput, MetricsOutput> | undefined;

function poolOf(): Piscina<MetricsInput, MetricsOutput> {
  pool ??= new Piscina<MetricsInput, MetricsOutput>({
    filename: WORKER.url.href,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 30_000,
    argv: WORKER.argv,
  });
  return pool;
}

export async function metricsOffThread(input: MetricsInput): Promise<MetricsOutput> {
  if (input.nodes.length < INLINE_BELOW) return computeMetrics(input);
  return poolOf().run(input);
}

/** Stops the threads (server shutdown, tests). */
export async function closeAnalysisPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
