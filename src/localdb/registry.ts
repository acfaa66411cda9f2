// Where a running local Neo4j listens, recorded in its data folder, so every command on that folder
// (`npm start`, `npm run import`, `npm run seed`, `npm run token`) uses it instead of starting a second one.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface RunningNeo4j {
  uri: string;
  port: number;
  /** The JVM's pid. */
  pid: number;
  /** The process that started it and stops it (`npm start`, `npm run db:start`, a CLI). */
  ownerPid: number;
  dataDir: string;
  startedAt: string;
}

const FILE = 'skein-db.json';

export function registryFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), FILE);
}

/** Written once Bolt answers; the temp-and-rename keeps a reader from ever seeing half a file. */
export function recordRunning(entry: RunningNeo4j): void {
  const file = registryFile(entry.dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(entry)}\n`);
  renameSync(tmp, file);
}

/** Removes the record only if it still describes this JVM (a newer instance may have replaced it). */
export function forgetRunning(dataDir: string, pid: number): void {
  const current = readRecord(dataDir);
  if (current?.pid === pid) rmSync(registryFile(dataDir), { force: true });
}

/**
 * The recorded instance if its JVM and its owner are still alive; a stale record (crash, SIGKILL)
 * is removed so the caller starts a fresh one. Whether Bolt answers is the caller's check.
 */
export function findRunning(dataDir: string): RunningNeo4j | undefined {
  const entry = readRecord(dataDir);
  if (!entry) return undefined;
  if (isAlive(entry.pid) && isAlive(entry.ownerPid)) return entry;
  rmSync(registryFile(dataDir), { force: true });
  return undefined;
}

function readRecord(dataDir: string): RunningNeo4j | undefined {
  let text: string;
  try {
    text = readFileSync(registryFile(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as Partial<RunningNeo4j>;
    const ok = typeof entry.uri === 'string' && Number.isInteger(entry.pid) && Number.isInteger(entry.ownerPid) && Number.isInteger(entry.port);
    return ok ? (entry as RunningNeo4j) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive, but another user's; the Bolt check decides whether we can use it.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
