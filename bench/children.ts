// Child processes of the benchmarks (the API, the peer server): stopped the same way everywhere.
import type { ChildProcess } from 'node:child_process';

/**
 * Sends `signal` (SIGTERM by default) and resolves once the process has exited; SIGKILL if it has not
 * after `graceMs`, so a process that ignores the signal cannot hang a run. A CPU profile asked for with
 * `--cpu-prof` is written as the process exits on the first signal.
 */
export function stopChild(child: ChildProcess, { signal = 'SIGTERM', graceMs = 15_000 }: { signal?: NodeJS.Signals; graceMs?: number } = {}): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill(signal);
  });
}
