// Starts a throw-away local Neo4j for the whole run (or uses TEST_NEO4J_URI) and applies the schema once.
// Every temporary folder of the run (the test files' data dirs, spawned APIs' Neo4j stores) goes under
// one run folder, TMPDIR for the workers and their children, removed at teardown: a full run used to
// leave ~1.5 GB behind in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;
let runDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  runDir = mkdtempSync(join(tmpdir(), 'skein-test-run-'));
  process.env.TMPDIR = runDir; // forks inherit it; os.tmpdir() reads it on every call
  let uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'skein-test-neo4j-'));
    const port = Number(process.env.TEST_NEO4J_PORT ?? 7697);
    const t0 = Date.now();
    local = await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '128m', txTimeout: '60s', log: () => {} });
    uri = local.uri;
    console.log(`test Neo4j ready at ${uri} in ${Date.now() - t0} ms`);
  }
  const driver = createDriver(uri, { user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined, uri, queryTimeoutMs: 60_000 });
  try {
    await applyMigrations(new GraphExecutor(driver, { database: undefined, timeoutMs: 120_000 }));
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
