// Network metrics off the request thread: a small piscina pool of worker threads runs computeMetrics,
// so other requests keep being served while a large network is analysed. Small networks are cheaper
// to compute in place than to copy to a thread. Threads start on demand and stop when idle.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { computeMetrics, type MetricsInput, type MetricsOutput } from './analysis.js';

/** Below this many nodes the metrics take a few milliseconds: computed in place. */
export const INLINE_BELOW = 200;

// Compiled (npm start) the worker is build/…/analysisWorker.js; from sources (tests, `npm run dev`)
// it is the .ts file, which a worker thread loads through tsx.
const compiled = import.meta.url.endsWith('.js');
const WORKER = new URL(compiled ? './analysisWorker.js' : './analysisWorker.ts', import.meta.url).href;

let pool: Piscina<MetricsInput, MetricsOutput> | undefined;

function poolOf(): Piscina<MetricsInput, MetricsOutput> {
  pool ??= new Piscina<MetricsInput, MetricsOutput>({
    filename: WORKER,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 30_000,
    execArgv: compiled ? [] : ['--import', 'tsx'],
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
