// Shared timing for benchmarks: time-based warm-up, then a fixed number of measured rounds.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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

/** CPU time (user + system) a process has used so far, ms, from /proc (Linux); 0 if unknown. */
export function cpuMs(pid: number): number {
  try {
    // After "pid (comm) ": field 3 is the state, so utime (field 14) and stime (15) are at 11 and 12.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = 100; // USER_HZ, 100 on Linux

/**
 * How fast this box runs one thread right now: milliseconds a fixed 10^8-step integer loop takes, best of
 * three (lower is faster). The shared 2-core machines these benchmarks run on change speed by ~1.5–2×
 * within minutes at the same load average (2026-12-05: 3.3 s and 5.0 s for a 10^9-step loop a minute
 * apart, load ~2), so every benchmark prints it at its start and end: figures from runs whose yardsticks
 * differ do not compare.
 */
export function boxSpeedMs(): number {
  let best = Infinity;
  // The best of three: the first may still run before the loop is compiled.
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 100_000_000; i++) x = (x + (i % 7)) | 0;
    best = Math.min(best, performance.now() - t0);
    if (x === -1) console.log(x); // keeps the loop from being optimised away
  }
  return best;
}

/** One line for a benchmark's output: the yardstick and the load average. */
export function boxLine(when: string): string {
  return `box speed ${when}: a 10^8-step loop took ${boxSpeedMs().toFixed(0)} ms (lower is faster), load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}
