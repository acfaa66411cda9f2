// Command line for the local Neo4j: `db.ts build` compiles the launcher, `db.ts start` runs it in the foreground.
import { ConfigError, loadConfig } from '../config.js';
import { ensureLauncherBuilt } from '../localdb/build.js';
import { startLocalNeo4j } from '../localdb/launch.js';

// Progress and Neo4j's own output go to stderr so stdout carries only the URI, for scripts.
const log = (m: string) => process.stderr.write(`${m}\n`);
// Once our terminal or pipe is gone, a failed write must not crash us before the JVM is stopped.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

async function start(): Promise<void> {
  const { localDb } = loadConfig();
  const db = await startLocalNeo4j({ ...localDb, log });
  process.stdout.write(`${db.uri}\n`);
  log(`local Neo4j ready (pid ${db.pid}, data ${localDb.dataDir}); Ctrl-C to stop`);

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping local Neo4j...`);
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
  watchForOrphaning(() => void stop('parent process gone'));
  // Without this a crashed JVM would leave the command looking alive but serving nothing.
  const { code, signal } = await db.exited;
  if (!stopping) {
    log(`local Neo4j exited unexpectedly (${signal ?? `code ${code}`})`);
    process.exit(1);
  }
}

/**
 * tsx runs this file in a child of its own process; if that wrapper is SIGKILLed we are re-parented and
 * keep the JVM alive through our open stdin pipe. Noticing the new parent lets us stop it ourselves.
 */
function watchForOrphaning(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) onOrphaned();
  }, 1000);
  timer.unref();
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
