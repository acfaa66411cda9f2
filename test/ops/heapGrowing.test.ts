// `npm start` bounds how far the API's old generation grows past its live data (scripts/start.mjs,
// SKEIN_HEAP_GROWING_PERCENT): a value that is not a percentage is refused before anything starts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

it.each(['abc', '-5', '12.5', '100000'])('refuses SKEIN_HEAP_GROWING_PERCENT=%s in plain words', (value) => {
  const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, SKEIN_HEAP_GROWING_PERCENT: value }, encoding: 'utf8', timeout: 30_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`SKEIN_HEAP_GROWING_PERCENT must be an integer from 0 to 1000, not ${value}`);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
});
