// The audit index is kept in its own thread: building or catching it up never holds the request thread,
// queries see every line written before them, and a closed log's index answers no more.
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openAuditLog, type AuditEntry } from '../../src/audit/auditLog.js';
import { AuditIndexUnavailable } from '../../src/audit/indexThread.js';
import { projectRoot } from '../../src/projectRoot.js';

const dir = mkdtempSync(join(tmpdir(), 'skein-audit-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = 10_000;
const entry = (i: number): AuditEntry => ({
  requestId: `r${i}`,
  subject: 'analyst',
  agency: 'AT-ONE',
  role: 'ANALYST',
  operation: 'query Many',
  // 20 records a line, of two owners; record AT-ONE:p0 is read by every 250th line
  recordIds: Array.from({ length: 20 }, (_, k) => `${k % 2 ? 'AT-TWO' : 'AT-ONE'}:p${(i * 20 + k) % 5000}`),
  errors: [],
});
const all = { owner: 'AT-ONE', from: 0, to: Number.MAX_SAFE_INTEGER, first: 500, after: null };

it('builds a whole index from the log while the request thread keeps running', async () => {
  const path = join(dir, 'big.log');
  const plain = openAuditLog(path, null); // the log alone, no index yet
  for (let i = 0; i < LINES; i++) plain.write(entry(i));
  await plain.close();

  // Opening the log with its index starts the build; a timer on this thread keeps firing meanwhile.
  let maxGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  const log = openAuditLog(path);
  const opened = performance.now() - start;
  const indexed = await log.store!.indexedLines();
  const took = performance.now() - start;
  clearInterval(ticker);
  expect(indexed).toBe(LINES);
  // Built on this thread, the whole build would be one stall (maxGap ≈ took).
  expect(opened).toBeLessThan(took / 4);
  expect(maxGap).toBeLessThan(took / 4);
  const reads = await log.store!.reads({ ...all, recordId: 'AT-ONE:p0' });
  expect(reads.items.map((r) => r.line)).toEqual(Array.from({ length: LINES / 250 }, (_, k) => k * 250 + 1));
  await log.close();
});

it('answers every line written before the query, and nothing after close', async () => {
  const log = openAuditLog(join(dir, 'small.log'));
  for (let i = 0; i < 3; i++) log.write(entry(i));
  // No flush: a query catches the index up with the log first.
  expect((await log.store!.reads({ ...all, recordId: null })).items.map((r) => r.requestId)).toEqual(['r0', 'r1', 'r2']);
  log.write(entry(3));
  expect((await log.store!.reads({ ...all, recordId: null })).items).toHaveLength(4);
  log.write(entry(4));
  await log.close(); // the last line is indexed before the index closes
  await expect(log.store!.indexedLines()).rejects.toThrow(/audit index thread/);
  const reopened = openAuditLog(join(dir, 'small.log'));
  expect(await reopened.store!.indexedLines()).toBe(5);
  await reopened.close();
});

it('a thread that dies is started again: refused meanwhile, then every line, those written while it was down too', async () => {
  const failures: unknown[] = [];
  const log = openAuditLog(join(dir, 'restart.log'), undefined, (err) => failures.push(err));
  log.write(entry(0));
  expect(await log.store!.indexedLines()).toBe(1);
  // As a crash would end it (the thread is private: reached here only to kill it).
  await (log.store as unknown as { worker: Worker }).worker.terminate();
  await expect(log.store!.indexedLines()).rejects.toBeInstanceOf(AuditIndexUnavailable);
  expect(failures.some((f) => f instanceof AuditIndexUnavailable)).toBe(true);
  log.write(entry(1));
  log.write(entry(2));
  let lines: number | undefined;
  for (const until = Date.now() + 15_000; lines === undefined && Date.now() < until; ) {
    lines = await log.store!.indexedLines().catch((err: unknown) => {
      if (!(err instanceof AuditIndexUnavailable)) throw err;
      return undefined;
    });
    if (lines === undefined) await sleep(100);
  }
  expect(lines).toBe(3);
  expect((await log.store!.reads({ ...all, recordId: null })).items.map((r) => r.requestId)).toEqual(['r0', 'r1', 'r2']);
  await log.close();
  await expect(log.store!.indexedLines()).rejects.toThrow(/audit index thread/);
});

it('never holds a process open: a script that writes a line and ends without closing the log exits', () => {
  const script = join(dir, 'forgets.ts');
  const auditLog = new URL('../../src/audit/auditLog.ts', import.meta.url).href;
  writeFileSync(script, `import { openAuditLog } from '${auditLog}';
const log = openAuditLog(${JSON.stringify(join(dir, 'forgotten.log'))});
log.write(${JSON.stringify(entry(0))});
console.log('written');
`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: projectRoot, encoding: 'utf8', timeout: 30_000 });
  expect(run.stdout.trim()).toBe('written');
  expect(run.signal).toBeNull(); // not killed by the timeout
  expect(run.status).toBe(0);
  expect(Date.now() - started).toBeLessThan(30_000);
});
