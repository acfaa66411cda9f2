// The request's one read transaction (graph/requestTx.ts) across pauses between its statements: kept open
// for a request the server ends when it answers, committed after 250 ms idle for a context nobody ends.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { createContext, type Context } from '../../src/context.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { testServer } from '../helpers/server.js';
import { uid } from '../helpers/ids.js';

const server = testServer();
const executor = testExecutor();
const viewer = { subject: 'tx-tester', agency: 'TXA', role: 'ANALYST' as const };

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

/** Two statements of one context, `pauseMs` apart. */
async function twoReads(ctx: Context, pauseMs: number): Promise<number[]> {
  const a = await ctx.trustedRead('RETURN 1 AS n', {});
  await sleep(pauseMs);
  const b = await ctx.trustedRead('RETURN 2 AS n', {});
  return [a[0]!.n, b[0]!.n].map(Number);
}

it('a request the server ends keeps one transaction across a pause between statements', async () => {
  const ctx = createContext(executor, viewer, uid('req'));
  ctx.endsWithResponse();
  expect(await twoReads(ctx, 600)).toEqual([1, 2]);
  expect(ctx.stats.transactions).toBe(1);
  await ctx.end();
  // After the end, a read opens a new one.
  await ctx.trustedRead('RETURN 3 AS n', {});
  expect(ctx.stats.transactions).toBe(2);
  await ctx.end();
});

it('a context nobody ends commits its transaction once idle, so it pins no connection', async () => {
  const ctx = createContext(executor, viewer, uid('req'));
  expect(await twoReads(ctx, 600)).toEqual([1, 2]);
  expect(ctx.stats.transactions).toBe(2);
  // Statements close together still share one.
  const close = createContext(executor, viewer, uid('req'));
  expect(await twoReads(close, 0)).toEqual([1, 2]);
  expect(close.stats.transactions).toBe(1);
});

it('every operation through the server is a request the server ends', async () => {
  const apollo = await server.apollo();
  const ctx = createContext(executor, viewer, uid('req'));
  const calls: string[] = [];
  const endsWithResponse = ctx.endsWithResponse;
  const end = ctx.end;
  const watched: Context = {
    ...ctx,
    endsWithResponse: () => {
      calls.push('endsWithResponse');
      endsWithResponse();
    },
    end: () => {
      calls.push('end');
      return end();
    },
  };
  // An unregistered agency is refused at admission, after the agreements read: a request that read.
  const res = await apollo.executeOperation({ query: '{ __typename }' }, { contextValue: watched });
  expect(res.body.kind).toBe('single');
  expect(calls).toEqual(['endsWithResponse', 'end']);
});
