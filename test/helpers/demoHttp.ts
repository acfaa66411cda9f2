// The real HTTP app over the test Neo4j with the demo world, for tests that drive it with client libraries.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { createHttpApp } from '../../src/http.js';
import { createVerifier, signLocalToken } from '../../src/auth/tokens.js';
import { loadDemoWorld } from '../../src/ingest/demoWorld.js';
import { testServer } from './server.js';
import { closeTestDriver } from './graph.js';

export interface DemoHttp {
  /** http://127.0.0.1:<port>, set once beforeAll ran. */
  base: string;
  token(agency: string): Promise<string>;
}

/** Registers beforeAll/afterAll that load the demo world and listen on a free port. */
export function demoHttp(explorerAgency = 'NL-INTEL'): DemoHttp {
  const t = testServer({ SKEIN_JWT_SECRET: 'a-client-test-secret-that-is-long-enough-13579' });
  let server: Server | undefined;
  const out: DemoHttp = {
    base: '',
    token: (agency) => signLocalToken(t.config, { agency, role: 'ANALYST' }),
  };
  beforeAll(async () => {
    await loadDemoWorld(t.executor);
    const app = createHttpApp({
      apollo: await t.apollo(),
      executor: t.executor,
      verify: createVerifier(t.config),
      ready: async () => true,
      explorerHeaders: async (agency = explorerAgency) => ({ Authorization: `Bearer ${await out.token(agency)}` }),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    out.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 240_000);
  afterAll(async () => {
    server?.close();
    await t.stop();
    await closeTestDriver();
  });
  return out;
}
