// A real driver and executor against the test Neo4j, shared by the tests of one file.
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver.js';
import { GraphExecutor } from '../../src/graph/executor.js';

let driver: Driver | undefined;

export function testExecutor(): GraphExecutor {
  const uri = inject('neo4jUri');
  driver ??= createDriver(uri, { uri, user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined, queryTimeoutMs: 30_000 });
  return new GraphExecutor(driver, { database: undefined, timeoutMs: 30_000 });
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}
