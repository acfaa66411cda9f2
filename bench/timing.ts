// Shared timing for benchmarks: time-based warm-up, then a fixed number of measured rounds.
import { performance } from 'node:perf_hooks';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  opsPerSec: number;
}

/** Warm-up by time: a fresh Neo4j JVM needs seconds of load before its JIT settles on 2 cores. */
export async function sample(fn: () => Promise<unknown>, rounds: number, warmupMs: number): Promise<number[]> {
  for (const until = performance.now() + warmupMs; performance.now() < until; ) await fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const total = s.reduce((a, b) => a + b, 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), opsPerSec: (s.length / total) * 1000 };
}
