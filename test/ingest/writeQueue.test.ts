// The import's write queue: node batches overlap up to `parallel`, relationship batches run alone
// and only after every node batch submitted before them has finished.
import { describe, expect, it } from 'vitest';
import { WriteQueue, type WriteKind } from '../../src/ingest/import/writeQueue.js';

function recorder(parallel: number, exclusiveParallel = 1, conflicts?: (a: string, b: string) => boolean) {
  const log: string[] = [];
  let running = 0;
  let peak = 0;
  const queue = new WriteQueue<string>(async (name) => {
    running += 1;
    peak = Math.max(peak, running);
    log.push(`start ${name} (${running} running)`);
    await new Promise((r) => setTimeout(r, name.startsWith('n') ? 20 : 5));
    if (name === 'boom') throw new Error('write failed');
    log.push(`end ${name}`);
    running -= 1;
  }, parallel, exclusiveParallel, conflicts);
  return { queue, log, peak: () => peak };
}

describe('WriteQueue', () => {
  it('overlaps shared writes up to the limit; an exclusive write waits for them and runs alone', async () => {
    const { queue, log, peak } = recorder(2);
    const submit = (name: string, kind: WriteKind) => queue.submit(name, kind);
    for (const n of ['n1', 'n2', 'n3']) await submit(n, 'shared');
    await submit('r1', 'exclusive');
    await submit('r2', 'exclusive');
    await submit('n4', 'shared');
    await queue.drain();
    expect(peak()).toBe(2);
    const at = (entry: string) => log.indexOf(entry);
    expect(at('start r1 (1 running)')).toBeGreaterThan(Math.max(at('end n1'), at('end n2'), at('end n3')));
    expect(at('start r2 (1 running)')).toBeGreaterThan(at('end r1'));
    expect(at('start n4 (1 running)')).toBeGreaterThan(at('end r2'));
  });

  it('with exclusiveParallel 2 overlaps two exclusive writes, still never beside a shared one', async () => {
    const { queue, log, peak } = recorder(1, 2);
    await queue.submit('n1', 'shared');
    for (const r of ['r1', 'r2', 'r3']) await queue.submit(r, 'exclusive');
    await queue.submit('n2', 'shared');
    await queue.drain();
    expect(peak()).toBe(2);
    const at = (entry: string) => log.indexOf(entry);
    expect(at('start r1 (1 running)')).toBeGreaterThan(at('end n1'));
    expect(at('start r2 (2 running)')).toBeGreaterThan(at('start r1 (1 running)'));
    expect(at('start r2 (2 running)')).toBeLessThan(at('end r1'));
    expect(log.findIndex((e) => e.startsWith('start r3'))).toBeGreaterThan(Math.min(at('end r1'), at('end r2')));
    expect(at('start n2 (1 running)')).toBeGreaterThan(Math.max(at('end r1'), at('end r2'), at('end r3')));
  });

  it('two conflicting exclusive writes never overlap: the later waits for the earlier to end', async () => {
    // Batches named r<k>:<id>: two sharing an id conflict.
    const { queue, log } = recorder(1, 2, (a, b) => a.split(':')[1] === b.split(':')[1]);
    for (const r of ['r1:x', 'r2:x', 'r3:y']) await queue.submit(r, 'exclusive');
    await queue.drain();
    const at = (prefix: string, what: 'start' | 'end') => log.findIndex((e) => e.startsWith(`${what} ${prefix}`));
    expect(at('r2:x', 'start')).toBeGreaterThan(at('r1:x', 'end'));
    // A batch with no id in common still overlaps the one in flight.
    expect(log).toContain('start r3:y (2 running)');
  });

  it('with parallel 1 writes strictly one after another', async () => {
    const { queue, peak } = recorder(1);
    for (const n of ['n1', 'n2', 'n3']) await queue.submit(n, 'shared');
    await queue.drain();
    expect(peak()).toBe(1);
  });

  it('rethrows the first failure on the next submit or drain', async () => {
    const { queue } = recorder(2);
    await queue.submit('boom', 'shared');
    await expect(queue.drain()).rejects.toThrow('write failed');
    await expect(queue.submit('n9', 'shared')).rejects.toThrow('write failed');
  });
});
