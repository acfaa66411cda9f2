// The line writer of rejects, deferred records, CSV tables and generated worlds (ingest/import/lineWriter.ts):
// a file that cannot be written fails its writer's calls in plain words, naming the file — it does not end
// the process with an unheard 'error' event and a stack trace.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LineWriter } from '../../src/ingest/import/lineWriter.js';

const dir = mkdtempSync(join(tmpdir(), 'skein-line-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes lines, and a file in a folder that does not exist fails close, naming the file', async () => {
  const ok = new LineWriter(join(dir, 'ok.ndjson'));
  await ok.write('{"a":1}');
  await ok.write('{"a":2}');
  await ok.close();
  expect(readFileSync(join(dir, 'ok.ndjson'), 'utf8')).toBe('{"a":1}\n{"a":2}\n');

  const path = join(dir, 'no-such-folder', 'rejects.ndjson');
  const bad = new LineWriter(path);
  await bad.write('{"a":1}'); // buffered: the open fails meanwhile
  await expect(bad.close()).rejects.toThrow(`cannot write ${path}: ENOENT`);
  await expect(bad.write('{"a":2}')).rejects.toThrow(/cannot write .*ENOENT/);
});
