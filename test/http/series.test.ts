// The /graphql handlers run as one router layer (http.ts series()): in order, stopping where a handler
// answers, and handing a thrown, rejected or passed error to the error handlers after it, as the router does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { series } from '../../src/http.js';

let server: Server;
let base = '';
const seen: string[] = [];

const mark = (name: string): RequestHandler => (_req, _res, next) => {
  seen.push(name);
  next();
};

beforeAll(async () => {
  const app = express();
  const onError: ErrorRequestHandler = (err: Error, _req, res, _next) => void res.status(500).send(`error: ${err.message}`);
  const answer: RequestHandler = (_req, res) => void res.send('answered');
  const after = mark('after');
  app.use('/ok', series([mark('a'), mark('b'), answer, mark('never')]), after, onError);
  app.use('/passed', series([mark('a'), (_req, _res, next) => next(new Error('passed')), mark('never')]), after, onError);
  app.use('/thrown', series([() => {
    throw new Error('thrown');
  }, mark('never')]), after, onError);
  app.use('/rejected', series([mark('a'), async () => {
    await Promise.resolve();
    throw new Error('rejected');
  }, mark('never')]), after, onError);
  app.use('/through', series([mark('a'), mark('b')]), after, answer);
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string): Promise<[number, string, string[]]> {
  seen.length = 0;
  const res = await fetch(`${base}${path}`);
  return [res.status, await res.text(), [...seen]];
}

describe('series()', () => {
  it('runs handlers in order and stops at the one that answers', async () => {
    expect(await get('/ok')).toEqual([200, 'answered', ['a', 'b']]);
  });

  it('passes on to the next layer when every handler called next()', async () => {
    expect(await get('/through')).toEqual([200, 'answered', ['a', 'b', 'after']]);
  });

  it('hands an error passed to next, thrown or rejected to the error handlers, skipping the rest', async () => {
    expect(await get('/passed')).toEqual([500, 'error: passed', ['a']]);
    expect(await get('/thrown')).toEqual([500, 'error: thrown', []]);
    expect(await get('/rejected')).toEqual([500, 'error: rejected', ['a']]);
  });
});
