// Answers released on a schedule rather than the moment they are ready, so the time an answer takes does
// not tell whether hidden records were there. A statement reads every record on its way and drops what the
// viewer may not see (the access rule is a filter): a person with 2,000 hidden links took 6.3 ms to look up
// against 2.3 ms for one with none, a difference one request shows (docs/access-control.md, "Timing").
// Each answer waits until the first point of a schedule it has not passed: the floor, then twice the floor,
// four times, … (the doubling schedule of Askarov, Zhang and Myers, "Predictive black-box mitigation of
// timing channels", CCS 2010). An answer ready before the floor tells nothing by its timing; a slower one
// tells only which step of the schedule it reached, and costs it less than twice its time.
import type { Response } from 'express';

/** When an answer ready after `elapsedMs` goes out: the first of floor·2^k at or after it, at most `capMs`. */
export function releaseAtMs(elapsedMs: number, floorMs: number, capMs: number): number {
  let at = floorMs;
  while (at < elapsedMs) at *= 2;
  return Math.min(at, capMs);
}

/**
 * Holds `res`'s answer (its end: headers and body leave together) until releaseAtMs after `startedAt`
 * (performance.now() when the request came in). `onHold` runs when an answer starts waiting: its work is
 * done, so it can give back its place among the requests being served.
 */
export function holdAnswer(res: Response, startedAt: number, floorMs: number, capMs: number, onHold: () => void): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    const elapsed = performance.now() - startedAt;
    const wait = releaseAtMs(elapsed, floorMs, capMs) - elapsed;
    if (wait <= 0) return end(...args);
    onHold();
    const timer = setTimeout(() => end(...args), wait);
    res.once('close', () => clearTimeout(timer));
    return res;
  }) as Response['end'];
}
