import { ConfigError, loadConfig } from "../config.js";
import { ensureLauncherBuilt } from "../localdb/build.js";
import { startLocalNeo4j } from "../localdb/launch.js";
const log = (m) => process.stderr.write(`${m}
`);
process.stdout.on("error", () => {
});
process.stderr.on("error", () => {
});
async function start() {
  const { localDb } = loadConfig();
  const db = await startLocalNeo4j({ ...localDb, log });
  process.stdout.write(`${db.uri}
`);
  log(`local Neo4j ready (pid ${db.pid}, data ${localDb.dataDir}); Ctrl-C to stop`);
  let stopping = false;
  const stop = async (reason) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping local Neo4j...`);
    await db.stop();
    process.exit(0);
  };
  process.on("SIGINT", (s) => void stop(s));
  process.on("SIGTERM", (s) => void stop(s));
  watchForOrphaning(() => void stop("parent process gone"));
  const { code, signal } = await db.exited;
  if (!stopping) {
    log(`local Neo4j exited unexpectedly (${signal ?? `code ${code}`})`);
    process.exit(1);
  }
}
function watchForOrphaning(onOrphaned) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) onOrphaned();
  }, 1e3);
  timer.unref();
}
async function main(command) {
  if (command === "build") return ensureLauncherBuilt({ log });
  if (command === "start") return start();
  log("usage: tsx src/cli/db.ts build|start");
  process.exitCode = 2;
}
main(process.argv[2]).catch((err) => {
  log(err instanceof ConfigError || err instanceof Error ? err.message : String(err));
  process.exit(1);
});
