// Starts the local Neo4j (db/ launcher) as a child JVM and hands back its Bolt URI once it is ready.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { dbPaths, ensureLauncherBuilt, LineTail, projectRoot } from './build.js';
import { forgetRunning, recordRunning } from './registry.js';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap?: string;
  pageCache?: string;
  txTimeout?: string;
  log?: (m: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** SIGTERM (Neo4j flushes and closes its store), SIGKILL after graceMs (default 30 s). */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once: for a second signal, when the user no longer wants to wait. */
  kill(): void;
  /** Settles when the JVM exits for any reason, so callers can notice a crash after start. */
  exited: Promise<ExitInfo>;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const READY = /^SKEIN-DB READY (bolt:\/\/\S+)$/;
const ERROR_LINE = /^SKEIN-DB ERROR /;
const STOP_GRACE_MS = 30_000;
const TAIL_LINES = 30;

/** Tuned for a 2-core, memory-bounded dev box; the remainder mirrors Neo4j's own neo4j.conf defaults. */
function jvmArgs(heap: string): string[] {
  return [
    `-Xmx${heap}`,
    // Start small and grow on demand: a dev box pays for a full-size heap only when the data needs it.
    `-Xms${initialHeap(heap)}`,
    // G1 pays for its concurrency with extra threads and remembered sets; with 2 cores and a ~1g heap
    // the serial collector's short pauses are cheaper in both memory and CPU.
    '-XX:+UseSerialGC',
    // A JVM that has run out of heap is in an unknown state; dying lets the caller see it and restart.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // Caps the per-thread temporary direct-buffer cache, which otherwise grows with the largest write.
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Djava.awt.headless=true',
  ];
}

const INITIAL_HEAP_MB = 256;

function initialHeap(heap: string): string {
  const match = /^(\d+)([kmg])$/i.exec(heap);
  if (!match?.[1] || !match[2]) throw new Error(`heap must look like 512m or 1g, got '${heap}'`);
  const unitMb = { k: 1 / 1024, m: 1, g: 1024 }[match[2].toLowerCase() as 'k' | 'm' | 'g'];
  return Number(match[1]) * unitMb <= INITIAL_HEAP_MB ? heap : `${INITIAL_HEAP_MB}m`;
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  const args = [
    ...jvmArgs(opts.heap ?? '1g'), // first, so a bad heap fails before a possibly long build
    '-cp',
    `${dbPaths.classes}${path.delimiter}${path.join(dbPaths.lib, '*')}`,
    'skein.db.Launcher',
    '--exit-on-stdin-close',
  ];
  await ensureLauncherBuilt({ log });
  const child = spawn('java', args, {
    cwd: projectRoot,
    env: { ...process.env, ...launcherEnv(opts) },
    // stdin stays an open pipe that only this process holds: when we die, the JVM reads EOF and stops.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => {}); // EPIPE once the JVM is gone is expected, not a crash
  const db = await waitForReady(child, opts.startTimeoutMs ?? 120_000, log);
  const dataDir = path.resolve(opts.dataDir);
  recordRunning({ uri: db.uri, port: opts.port, pid: db.pid, ownerPid: process.pid, dataDir, startedAt: new Date().toISOString() });
  void db.exited.then(() => forgetRunning(dataDir, db.pid));
  return db;
}

function launcherEnv(opts: LocalNeo4jOptions): Record<string, string> {
  const env: Record<string, string> = {
    SKEIN_DB_PORT: String(opts.port),
    // Resolved here because the JVM runs with the project root as cwd, not the caller's.
    SKEIN_DB_DATA: path.resolve(opts.dataDir),
  };
  if (opts.pageCache) env.SKEIN_DB_PAGECACHE = opts.pageCache;
  if (opts.txTimeout) env.SKEIN_DB_TX_TIMEOUT = opts.txTimeout;
  return env;
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  timeoutMs: number,
  log: (m: string) => void,
): Promise<LocalNeo4j> {
  const tail = new LineTail(TAIL_LINES);
  // 'close', not 'exit': it waits for stdout/stderr to drain, so the launcher's last ERROR line is in the tail.
  const exited = new Promise<ExitInfo>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  let ready = false;

  return new Promise<LocalNeo4j>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j ${why}${describeOutput(tail)}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`did not report ready within ${Math.round(timeoutMs / 1000)}s`);
    }, timeoutMs);

    const onLine = (line: string) => {
      const match = ready ? null : READY.exec(line);
      if (match?.[1]) {
        ready = true;
        clearTimeout(timer);
        const stop = once((graceMs?: number) => stopChild(child, exited, graceMs ?? STOP_GRACE_MS));
        resolve({ uri: match[1], pid: child.pid ?? -1, stop, kill: () => void child.kill('SIGKILL'), exited });
        return;
      }
      if (!ready) tail.push(`${line}\n`);
      if (line.length > 0) log(`neo4j: ${line}`);
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);

    child.on('error', (err: NodeJS.ErrnoException) => {
      fail(err.code === 'ENOENT' ? 'cannot start: java is not on PATH (a JDK 17+ is needed)' : `cannot start: ${err.message}`);
    });
    void exited.then(({ code, signal }) => {
      if (!ready) fail(`exited before it was ready (${signal ?? `code ${code}`})`);
      else log(`neo4j: process exited (${signal ?? `code ${code}`})`);
    });
  });
}

/** The launcher's own ERROR line says what went wrong; the rest of the tail is context. */
function describeOutput(tail: LineTail): string {
  const text = tail.text();
  if (!text) return '';
  const errorLine = text.split('\n').find((l) => ERROR_LINE.test(l));
  return errorLine ? `: ${errorLine}\n${text}` : `. Last output:\n${text}`;
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<ExitInfo>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // A clean Neo4j shutdown flushes the page cache; only a hung JVM gets killed outright.
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(killer);
  }
}

function once<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let result: Promise<T> | undefined;
  return (...args) => (result ??= fn(...args));
}
