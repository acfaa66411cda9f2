// Shared timing for benchmarks: time-based warm-up, then a fixed number of measured rounds.
import { readFileSync } from 'node:fs';
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
