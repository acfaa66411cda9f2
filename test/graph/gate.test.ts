// Batch statements of all requests take turns (graph/gate.ts): at most `limit` at once, in arrival
// order, and one that waits past its request's deadline leaves the queue with QUERY_TIMEOUT, unrun.
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Gate, type Turn } from '../../src/graph/gate.js';

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

  it('a lent place goes to the next in line; taken back, it is over the limit until the count drains', async () => {
    const gate = new Gate(1);
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const job = (name: string, body?: (turn: Turn) => Promise<void>) =>
      gate.run(async (turn) => {
        started.push(name);
        if (body) await body(turn);
        await new Promise<void>((r) => finish.set(name, r));
      });
    let takeBack!: () => void;
    let lent!: () => void;
    const lending = new Promise<void>((r) => (lent = r));
    const a = job('a', async (turn) => {
      takeBack = turn.lend();
      expect(turn.lend()).toBe(takeBack); // a second wait shares the loan
      lent();
    });
    const b = job('b');
    const c = job('c');
    await lending;
    await tick();
    expect(started).toEqual(['a', 'b']); // a's place went to b, c still waits
    takeBack();
    takeBack(); // twice: still one place
    finish.get('b')!();
    await tick();
    expect(started).toEqual(['a', 'b']); // a and b held two places of one: b's end only drains the count
    finish.get('a')!();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    finish.get('c')!();
    await Promise.all([a, b, c]);
    expect(gate.queued).toBe(0);
    expect(await gate.run(async () => 'free')).toBe('free');
  });

  it('taking a place back after the work ended does nothing', async () => {
    const gate = new Gate(1);
    let takeBack!: () => void;
    await gate.run(async (turn) => void (takeBack = turn.lend()));
    takeBack();
    const order: string[] = [];
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((r) => (release = () => (order.push('first'), r()))));
    const second = gate.run(async () => void order.push('second'));
    await tick();
    expect(order).toEqual([]); // one place: the second waits
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('calls whileWaiting only when the work has to wait, and what it returned once the wait is over', async () => {
    const gate = new Gate(1);
    const calls: string[] = [];
    const whileWaiting = () => (calls.push('lend'), () => void calls.push('back'));
    await gate.run(async () => void calls.push('ran free'), undefined, whileWaiting);
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((r) => (release = r)));
    const waiting = gate.run(async () => void calls.push('ran after waiting'), undefined, whileWaiting);
    await tick();
    expect(calls).toEqual(['ran free', 'lend']);
    release();
    await Promise.all([first, waiting]);
    expect(calls).toEqual(['ran free', 'lend', 'back', 'ran after waiting']);
    const deadline = new AbortController();
    const blocker = gate.run(() => new Promise<void>((r) => (release = r)));
    const late = gate.run(async () => undefined, deadline.signal, whileWaiting).catch((e: unknown) => e);
    deadline.abort();
    expect(await late).toBeInstanceOf(GraphQLError);
    expect(calls.slice(-2)).toEqual(['lend', 'back']); // given back when the deadline ends the wait too
    release();
    await blocker;
  });
});
