// Batch statements of all requests take turns (graph/gate.ts): at most `limit` at once, in arrival
// order, and one that waits past its request's deadline leaves the queue with QUERY_TIMEOUT, unrun.
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Gate } from '../../src/graph/gate.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('Gate', () => {
  it('runs at most `limit` pieces of work at once, the rest in arrival order', async () => {
    const gate = new Gate(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const release: Array<() => void> = [];
    const jobs = [0, 1, 2, 3, 4].map((n) =>
      gate.run(async () => {
        started.push(n);
        most = Math.max(most, ++running);
        await new Promise<void>((r) => release.push(r));
        running -= 1;
        return n;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);
    while (release.length > 0 || started.length < 5) {
      release.shift()?.();
      await tick();
    }
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('drops work whose deadline passes while it waits, with QUERY_TIMEOUT, and never runs it', async () => {
    const gate = new Gate(1);
    let release!: () => void;
    const first = gate.run(() => new Promise<string>((r) => (release = () => r('first'))));
    const deadline = new AbortController();
    let ran = false;
    const late = gate.run(async () => (ran = true), deadline.signal);
    const next = gate.run(async () => 'next');
    deadline.abort();
    const err = await late.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    expect(gate.queued).toBe(1);
    release();
    expect(await first).toBe('first');
    expect(await next).toBe('next');
    expect(ran).toBe(false);
  });

  it('a failing piece of work frees its place', async () => {
    const gate = new Gate(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'after')).toBe('after');
  });
});
