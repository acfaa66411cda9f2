import { createDriver, isReachable } from "./graph/driver.js";
import { GraphExecutor } from "./graph/executor.js";
import { applyMigrations, migrationsApplied } from "./graph/migrations.js";
import { startLocalNeo4j } from "./localdb/launch.js";
import { countEntities } from "./ingest/writeRecords.js";
import { loadDemoWorld } from "./ingest/demoWorld.js";
async function openDatabase(config, logger, opts = {}) {
  const local = config.neo4j.uri ? void 0 : await startLocalNeo4j({ ...config.localDb, log: (m) => logger.info({ component: "neo4j" }, m) });
  const uri = config.neo4j.uri ?? local.uri;
  const driver = createDriver(uri, config.neo4j);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    const executor = new GraphExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
    const { statements } = await applyMigrations(executor);
    logger.info({ uri, statements }, "schema migrations applied");
    if ((opts.seed ?? config.seedOnEmpty) && await countEntities(executor) === 0) {
      const { records } = await loadDemoWorld(executor);
      logger.info({ records }, "demo world loaded into the empty graph");
    }
    return {
      executor,
      driver,
      ready: async () => await isReachable(driver) && await migrationsApplied(executor),
      close: async () => {
        await driver.close();
        await local?.stop();
      }
    };
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw err;
  }
}
export {
  openDatabase
};
