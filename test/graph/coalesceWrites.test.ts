// The Bolt messages of one event-loop turn leave in one socket write (graph/coalesceWrites.ts): counted
// at the socket, on a real driver against the test Neo4j. Without the coalescing, the driver writes after
// every BEGIN, RUN + PULL and COMMIT and every 1,400 bytes.
import { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { coalesceBoltWrites } from '../../src/graph/coalesceWrites.js';

const boltPort = Number(new URL(inject('neo4jUri')).port);
const proto = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
const original = { _write: proto._write, _writev: proto._writev };
let writes = 0;

beforeAll(() => {
  // Every write the kernel is asked for on a socket to Neo4j: one per _write, one per _writev (a corked batch).
  for (const name of ['_write', '_writev'] as const) {
    proto[name] = function (this: Socket, ...args: unknown[]) {
      if (this.remotePort === boltPort) writes += 1;
      return original[name].apply(this, args);
    };
  }
});

afterEach(() => {
  writes = 0;
});

afterAll(async () => {
  Object.assign(proto, original);
  await closeTestDriver();
});

it('is active in this driver build', () => {
  testExecutor();
  expect(coalesceBoltWrites()).toBe(true);
});

it('sends a long auto-commit statement (RUN + PULL) in one write', async () => {
  const driver = testExecutor().driver;
  // A text of ~5 KB: four flushes of the driver's 1,400-byte buffer.
  const text = `RETURN size('${'x'.repeat(5_000)}') AS n`;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1'); // the connection is open and authenticated before counting
    writes = 0;
    const result = await session.run(text);
    expect(result.records[0]!.get('n').toNumber()).toBe(5_000);
    expect(writes).toBe(1);
  } finally {
    await session.close();
  }
});

it('sends BEGIN with the first RUN + PULL, and COMMIT on its own: two writes for a one-statement transaction', async () => {
  const driver = testExecutor().driver;
  const warm = driver.session();
  await warm.run('RETURN 1');
  await warm.close();
  writes = 0;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const tx = session.beginTransaction();
    const result = await tx.run(`RETURN '${'y'.repeat(3_000)}' AS s`);
    expect(result.records[0]!.get('s')).toHaveLength(3_000);
    await tx.commit();
    expect(writes).toBe(2);
  } finally {
    await session.close();
  }
});
