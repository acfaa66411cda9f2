import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { openDatabase } from "../database.js";
import { loadDemoWorld } from "../ingest/demoWorld.js";
import { progressReporter } from "./progress.js";
const config = loadConfig();
const db = await openDatabase(config, createLogger("warn"), { seed: false });
try {
  const { records, summary } = await loadDemoWorld(db.executor, progressReporter("demo world"));
  console.log(`loaded ${records} records (idempotent: re-running updates in place)`);
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await db.close();
}
