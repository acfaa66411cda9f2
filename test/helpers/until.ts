// Waits for a condition a test cannot await directly (an alert arriving on a socket, a server letting go).

/** Resolves with the milliseconds it took once `check()` holds; fails after `ms`. */
export async function until(check: () => boolean, ms: number): Promise<number> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}
