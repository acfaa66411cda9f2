// Command line for the local Neo4j: `db.ts build` compiles the launcher, `db.ts start` runs it in the foreground.
import { ConfigError, loadConfig } from '../config.js';
import { ensureLauncherBuilt } from '../localdb/build.js';
import { startLocalNeo4j } from '../localdb/launch.js';

// Progress and Neo4j's own output go to stderr so stdout carries only the URI, for scripts.
const log = (m: string) => process.stderr.write(`${m}\n`);

async function start(): Promise<void> {
  const { localDb } = loadConfig();
  const db = await startLocalNeo4j({ ...localDb, log });
  process.stdout.write(`${db.uri}\n`);
  log(`local Neo4j ready (pid ${db.pid}, data ${localDb.dataDir}); Ctrl-C to stop`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping local Neo4j...`);
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
  // Without this a crashed JVM would leave the command looking alive but serving nothing.
  const { code, signal } = await db.exited;
  if (!stopping) {
    log(`local Neo4j exited unexpectedly (${signal ?? `code ${code}`})`);
    process.exit(1);
  }
}

async function main(command: string | undefined): Promise<void> {
  if (command === 'build') return ensureLauncherBuilt({ log });
  if (command === 'start') return start();
  log('usage: tsx src/cli/db.ts build|start');
  process.exitCode = 2;
}

main(process.argv[2]).catch((err: unknown) => {
  log(err instanceof ConfigError || err instanceof Error ? err.message : String(err));
  process.exit(1);
});
