// Worker thread entry of the analysis pool (analysisPool.ts): the metrics of one network, plain data
// in and out, so a 2,000-node betweenness never holds the API's event loop.
import { computeMetrics, type MetricsInput, type MetricsOutput } from './analysis.js';

export default function run(input: MetricsInput): MetricsOutput {
  return computeMetrics(input);
}
