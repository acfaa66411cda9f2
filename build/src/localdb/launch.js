import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { dbPaths, ensureLauncherBuilt, LineTail, projectRoot } from "./build.js";
const READY = /^SKEIN-DB READY (bolt:\/\/\S+)$/;
const ERROR_LINE = /^SKEIN-DB ERROR /;
const STOP_GRACE_MS = 3e4;
const TAIL_LINES = 30;
function jvmArgs(heap) {
  return [
    `-Xmx${heap}`,
    // Start small and grow on demand: a dev box pays for a full-size heap only when the data needs it.
    `-Xms${initialHeap(heap)}`,
    // G1 pays for its concurrency with extra threads and remembered sets; with 2 cores and a ~1g heap
    // the serial collector's short pauses are cheaper in both memory and CPU.
    "-XX:+UseSerialGC",
    // A JVM that has run out of heap is in an unknown state; dying lets the caller see it and restart.
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    // Caps the per-thread temporary direct-buffer cache, which otherwise grows with the largest write.
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Djava.awt.headless=true"
  ];
}
const INITIAL_HEAP_MB = 256;
function initialHeap(heap) {
  const match = /^(\d+)([kmg])$/i.exec(heap);
  if (!match?.[1] || !match[2]) throw new Error(`heap must look like 512m or 1g, got '${heap}'`);
  const unitMb = { k: 1 / 1024, m: 1, g: 1024 }[match[2].toLowerCase()];
  return Number(match[1]) * unitMb <= INITIAL_HEAP_MB ? heap : `${INITIAL_HEAP_MB}m`;
}
async function startLocalNeo4j(opts) {
  const log = opts.log ?? (() => {
  });
  const args = [
    ...jvmArgs(opts.heap ?? "1g"),
    // first, so a bad heap fails before a possibly long build
    "-cp",
    `${dbPaths.classes}${path.delimiter}${path.join(dbPaths.lib, "*")}`,
    "skein.db.Launcher",
    "--exit-on-stdin-close"
  ];
  await ensureLauncherBuilt({ log });
  const child = spawn("java", args, {
    cwd: projectRoot,
    env: { ...process.env, ...launcherEnv(opts) },
    // stdin stays an open pipe that only this process holds: when we die, the JVM reads EOF and stops.
    stdio: ["pipe", "pipe", "pipe"]
  });
  child.stdin.on("error", () => {
  });
  return waitForReady(child, opts.startTimeoutMs ?? 12e4, log);
}
function launcherEnv(opts) {
  const env = {
    SKEIN_DB_PORT: String(opts.port),
    // Resolved here because the JVM runs with the project root as cwd, not the caller's.
    SKEIN_DB_DATA: path.resolve(opts.dataDir)
  };
  if (opts.pageCache) env.SKEIN_DB_PAGECACHE = opts.pageCache;
  if (opts.txTimeout) env.SKEIN_DB_TX_TIMEOUT = opts.txTimeout;
  return env;
}
function waitForReady(child, timeoutMs, log) {
  const tail = new LineTail(TAIL_LINES);
  const exited = new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  let ready = false;
  return new Promise((resolve, reject) => {
    const fail = (why) => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j ${why}${describeOutput(tail)}`));
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(`did not report ready within ${Math.round(timeoutMs / 1e3)}s`);
    }, timeoutMs);
    const onLine = (line) => {
      const match = ready ? null : READY.exec(line);
      if (match?.[1]) {
        ready = true;
        clearTimeout(timer);
        resolve({ uri: match[1], pid: child.pid ?? -1, stop: once(() => stopChild(child, exited)), exited });
        return;
      }
      if (!ready) tail.push(`${line}
`);
      if (line.length > 0) log(`neo4j: ${line}`);
    };
    createInterface({ input: child.stdout }).on("line", onLine);
    createInterface({ input: child.stderr }).on("line", onLine);
    child.on("error", (err) => {
      fail(err.code === "ENOENT" ? "cannot start: java is not on PATH (a JDK 17+ is needed)" : `cannot start: ${err.message}`);
    });
    void exited.then(({ code, signal }) => {
      if (!ready) fail(`exited before it was ready (${signal ?? `code ${code}`})`);
      else log(`neo4j: process exited (${signal ?? `code ${code}`})`);
    });
  });
}
function describeOutput(tail) {
  const text = tail.text();
  if (!text) return "";
  const errorLine = text.split("\n").find((l) => ERROR_LINE.test(l));
  return errorLine ? `: ${errorLine}
${text}` : `. Last output:
${text}`;
}
async function stopChild(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(killer);
  }
}
function once(fn) {
  let result;
  return () => result ??= fn();
}
export {
  startLocalNeo4j
};
