// The initial load's validation threads (ingest/initial/validatorPool.ts): one thread gone fails every chunk
// still out and every chunk after, promptly and in plain words — never a load waiting forever on a chunk
// left with a dead thread.
import { expect, it } from 'vitest';
import { ValidatorFailed, ValidatorPool } from '../../src/ingest/initial/validatorPool.js';

const rule = { agency: 'NL-INTEL', trustSources: true } as const;
const fixture = (name: string) => ({ url: new URL(`../fixtures/workers/${name}`, import.meta.url), argv: [] });
const job = (n: number) => ({ lines: ['{"kind":"node"}'], firstLine: n });

it('a thread that exits during a chunk fails every chunk out, on every thread, and every chunk after', async () => {
  const pool = new ValidatorPool(rule, 2, fixture('exitsOnMessage.mjs'));
  try {
    const out = [1, 2, 3, 4].map((n) => pool.run(job(n)));
    for (const chunk of out) await expect(chunk).rejects.toThrow(ValidatorFailed);
    await expect(pool.run(job(5))).rejects.toThrow(/a validation thread exited \(code 3\)/);
  } finally {
    await pool.close();
  }
}, 30_000);

it('threads that cannot start fail the chunks sent to them, in plain words', async () => {
  const pool = new ValidatorPool(rule, 2, fixture('cannotStart.mjs'));
  try {
    await expect(pool.run(job(1))).rejects.toThrow(/a validation thread failed: this worker cannot start/);
  } finally {
    await pool.close();
  }
}, 30_000);
