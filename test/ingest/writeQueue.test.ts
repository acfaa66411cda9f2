// The import's write queue: node batches overlap up to `parallel`, relationship batches run alone
// and only after every node batch submitted before them has finished.
import { describe, expect, it } from 'vitest';
import { WriteQueue, type WriteKind } from '../../src/ingest/import/writeQueue.js';

function recorder(parallel: number) {
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
  }, parallel);
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
