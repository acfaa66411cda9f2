// A test server over the test Neo4j with the demo world loaded (idempotent, so files may share it).
import { afterAll, beforeAll } from 'vitest';
import { loadDemoWorld } from '../../src/ingest/demoWorld.js';
import { testServer } from './server.js';
import { closeTestDriver } from './graph.js';

export function demoWorldServer(): ReturnType<typeof testServer> {
  const server = testServer();
  beforeAll(async () => {
    await loadDemoWorld(server.executor);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await closeTestDriver();
  });
  return server;
}
