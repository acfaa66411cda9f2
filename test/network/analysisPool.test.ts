// Issue 15: network metrics run in a worker thread, so the API's event loop keeps serving while a large
// network is analysed; the answer is the same as computed in place.
import { afterAll, expect, it } from 'vitest';
import { computeMetrics, packMetricsInput, type MetricsInput } from '../../src/network/analysis.js';
import { AnalysisPool, AnalysisUnavailable, closeAnalysisPool, INLINE_BELOW, metricsOffThread } from '../../src/network/analysisPool.js';
import { workerEntry } from '../../src/workerEntry.js';

afterAll(closeAnalysisPool);

/** A deterministic random network: people in loose cells, a few recruiters. */
function network(n: number, links: number, seed: number): MetricsInput {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = Array.from({ length: n }, (_, i) => `per-${String(i).padStart(5, '0')}`);
  const edges = Array.from({ length: links }, (_, i) => {
    const s = Math.floor(rnd() * n);
    const near = (s + 1 + Math.floor(rnd() * 40)) % n;
    const t = rnd() < 0.9 ? near : Math.floor(rnd() * n);
    return { id: `rel-${i}`, source: nodes[s]!, target: nodes[t]!, type: rnd() < 0.1 ? 'RECRUITED' : 'ASSOCIATE_OF' };
  });
  return packMetricsInput(nodes, edges, 0.3);
}

it('computes in a worker exactly what it computes in place', async () => {
  const input = network(600, 1500, 7);
  expect(input.nodes.length).toBeGreaterThanOrEqual(INLINE_BELOW);
  expect(await metricsOffThread(input)).toEqual(computeMetrics(input));
}, 120_000);

it('keeps the event loop turning while a large network is analysed (in place it stands still)', async () => {
  const input = network(1500, 4000, 11);
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 5);
  try {
    // In place: one synchronous block, no timer can fire until it ends.
    await new Promise((r) => setTimeout(r, 20));
    ticks = 0;
    computeMetrics(input);
    const inPlace = ticks;
    await metricsOffThread(network(300, 600, 3)); // the thread is started, so the next run is only the work
    ticks = 0;
    const started = Date.now();
    await metricsOffThread(input);
    const offThread = ticks;
    console.log(`timer ticks during the analysis: in place ${inPlace}, in a worker ${offThread} (${Date.now() - started} ms)`);
    expect(inPlace).toBe(0);
    expect(offThread).toBeGreaterThan(3);
  } finally {
    clearInterval(timer);
  }
}, 120_000);

// A thread that cannot load its code used to be an 'error' event of the pool with no listener: it ended the
// whole API process (found by breaking the compiled worker's path under npm start).
it('a thread that cannot start or dies in its task fails that analysis, not the process, and the next one tries afresh', async () => {
  const input = network(300, 600, 3);
  for (const fixture of ['cannotStart.mjs', 'diesInTask.mjs']) {
    const failures: unknown[] = [];
    const pool = new AnalysisPool({ url: new URL(`../fixtures/workers/${fixture}`, import.meta.url), argv: [] }, (err) => failures.push(err));
    try {
      await expect(pool.run(input)).rejects.toBeInstanceOf(AnalysisUnavailable);
      expect(failures.length).toBeGreaterThan(0);
      // Not a pool left without threads, waiting forever: the next analysis fails the same way, promptly.
      await expect(pool.run(input)).rejects.toBeInstanceOf(AnalysisUnavailable);
    } finally {
      await pool.close();
    }
  }
  // The API's own pool still works.
  expect(await metricsOffThread(input)).toEqual(computeMetrics(input));
}, 60_000);

// A fault of the analysis itself is not a failed thread: "unavailable, try again" would send the analyst back
// to the same error, and the log would blame a thread that is fine. It fails as it would in place.
it('an error of the analysis itself rejects as that error, not as an unavailable thread, and the thread serves on', async () => {
  const input = network(300, 600, 3);
  const broken = { ...input, nodes: [...input.nodes.slice(0, -1), input.nodes[0]!] }; // one node twice: graphology throws
  expect(() => computeMetrics(broken)).toThrow();
  const failures: unknown[] = [];
  const pool = new AnalysisPool(workerEntry(new URL('../../src/network/analysisPool.ts', import.meta.url).href, 'analysisWorker'), (err) => failures.push(err));
  try {
    const err = await pool.run(broken).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(AnalysisUnavailable);
    expect((err as Error).message).toMatch(/^the network analysis failed in its thread: .*Error/s);
    expect(failures).toEqual([]);
    expect(await pool.run(input)).toEqual(computeMetrics(input));
  } finally {
    await pool.close();
  }
}, 60_000);
