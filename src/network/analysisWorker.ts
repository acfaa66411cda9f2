// Worker thread entry of the analysis pool (analysisPool.ts): the metrics of one network, plain data
// in and out, so a 2,000-node betweenness never holds the API's event loop.
import { computeMetrics, type MetricsInput } from './analysis.js';
import type { AnalysisReply } from './analysisPool.js';

/**
 * An error of the analysis itself comes back as `failed`, not thrown: a thrown task and a thread that
 * died both reach the pool as a rejected run, and only the second is the thread's fault (analysisPool.ts).
 */
export default function run(input: MetricsInput): AnalysisReply {
  try {
    return { metrics: computeMetrics(input) };
  } catch (err) {
    return { failed: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}
