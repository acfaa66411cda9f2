// Connects to Neo4j: NEO4J_URI, else the local instance already running on the data folder, else a
// local one started here. Applies migrations, seeds an empty graph.
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createDriver, isReachable } from './graph/driver.js';
import { coalesceBoltWrites } from './graph/coalesceWrites.js';
import { GraphExecutor } from './graph/executor.js';
import { applyMigrations, migrationsApplied } from './graph/migrations.js';
import { startLocalNeo4j, type LocalNeo4j } from './localdb/launch.js';
import { findRunning } from './localdb/registry.js';
import { countEntities } from './ingest/writeRecords.js';
import { loadDemoWorld } from './ingest/demoWorld.js';

/** Which Neo4j a process uses, so every command can say so in one line. */
export type DatabaseOrigin =
  | { kind: 'configured'; uri: string }
  | { kind: 'running'; uri: string; pid: number; ownerPid: number; dataDir: string }
  | { kind: 'started'; uri: string; pid: number; dataDir: string };

export interface Database {
  executor: GraphExecutor;
  driver: Driver;
  origin: DatabaseOrigin;
  ready(): Promise<boolean>;
  /** Closes the driver; stops the local Neo4j only if this process started it (within graceMs). */
  close(opts?: { graceMs?: number }): Promise<void>;
  /** Kills a local Neo4j this process started, at once (a second signal: the user will not wait). */
  kill(): void;
}

export async function openDatabase(config: Config, logger: Logger, opts: { seed?: boolean } = {}): Promise<Database> {
  const { origin, local } = await locate(config, logger);
  const driver = createDriver(origin.uri, config.neo4j);
  if (!coalesceBoltWrites()) logger.warn('this neo4j-driver build has no Node channel where expected: Bolt messages are written one flush at a time (graph/coalesceWrites.ts)');
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    const executor = new GraphExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs, batchStatements: config.neo4j.batchStatements });
    const { statements } = await applyMigrations(executor);
    logger.info({ uri: origin.uri, statements }, 'schema migrations applied');
    if ((opts.seed ?? config.seedOnEmpty) && (await countEntities(executor)) === 0) {
      const { records } = await loadDemoWorld(executor);
      logger.info({ records }, 'demo world loaded into the empty graph');
    }
    return {
      executor,
      driver,
      origin,
      ready: async () => (await isReachable(driver)) && (await migrationsApplied(executor)),
      close: async ({ graceMs } = {}) => {
        await driver.close();
        await local?.stop(graceMs);
      },
      kill: () => local?.kill(),
    };
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw err;
  }
}

async function locate(config: Config, logger: Logger): Promise<{ origin: DatabaseOrigin; local?: LocalNeo4j }> {
  if (config.neo4j.uri) return { origin: { kind: 'configured', uri: config.neo4j.uri } };
  const running = await runningLocal(config);
  if (running) return { origin: { kind: 'running', ...running } };
  const local = await startLocalNeo4j({ ...config.localDb, log: (m) => logger.info({ component: 'neo4j' }, m) });
  return { origin: { kind: 'started', uri: local.uri, pid: local.pid, dataDir: config.localDb.dataDir }, local };
}

/** The recorded local instance on this data folder, if its processes live and its Bolt port answers. */
async function runningLocal(config: Config) {
  const entry = findRunning(config.localDb.dataDir);
  if (!entry) return undefined;
  const probe = createDriver(entry.uri, { ...config.neo4j, connectTimeoutMs: 2_000 });
  try {
    return (await isReachable(probe)) ? entry : undefined;
  } finally {
    await probe.close();
  }
}

/** One line saying which Neo4j a command used, for CLIs (stderr) and the server's log. */
export function describeOrigin(origin: DatabaseOrigin): string {
  switch (origin.kind) {
    case 'configured':
      return `using Neo4j at ${origin.uri} (NEO4J_URI)`;
    case 'running':
      return `using the local Neo4j already running at ${origin.uri} (pid ${origin.pid}, started by pid ${origin.ownerPid}, data ${origin.dataDir})`;
    case 'started':
      return `no local Neo4j was running on ${origin.dataDir}: started one at ${origin.uri} (pid ${origin.pid}); it stops when this command ends`;
  }
}
