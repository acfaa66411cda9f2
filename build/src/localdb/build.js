import { spawn } from "node:child_process";
import { readdir, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../projectRoot.js";
const dbPaths = {
  pom: path.join(projectRoot, "db", "pom.xml"),
  sources: path.join(projectRoot, "db", "src"),
  classes: path.join(projectRoot, "db", "target", "classes"),
  launcherClass: path.join(projectRoot, "db", "target", "classes", "skein", "db", "Launcher.class"),
  lib: path.join(projectRoot, "db", "target", "lib")
};
const OUTPUT_TAIL_LINES = 20;
const ANSI_ESCAPE = /\x1b\[[0-9;]*[A-Za-z]/g;
const FIRST_DOWNLOAD_MB = 170;
async function ensureLauncherBuilt(opts = {}) {
  if (!await isStale()) return;
  const log = opts.log ?? (() => {
  });
  log(`building the local Neo4j launcher (first time downloads ~${FIRST_DOWNLOAD_MB} MB from Maven Central)...`);
  const started = Date.now();
  await requireTool("java", ["-version"], "Java (a JDK 17 or newer) is needed to build and run the local Neo4j");
  await runMaven();
  await markFresh();
  log(`local Neo4j launcher built in ${((Date.now() - started) / 1e3).toFixed(1)}s`);
}
async function isStale() {
  const outputs = await Promise.all([mtimeOf(dbPaths.launcherClass), mtimeOf(dbPaths.lib)]);
  if (outputs.some((t) => t === void 0)) return true;
  const oldestOutput = Math.min(...outputs);
  const newestInput = Math.max(await mtimeOf(dbPaths.pom) ?? Infinity, await newestMtime(dbPaths.sources));
  return newestInput > oldestOutput;
}
async function mtimeOf(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return void 0;
  }
}
async function newestMtime(dir) {
  let newest = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, await mtimeOf(path.join(entry.parentPath, entry.name)) ?? 0);
  }
  return newest;
}
async function markFresh() {
  const now = /* @__PURE__ */ new Date();
  await utimes(dbPaths.launcherClass, now, now);
  await utimes(dbPaths.lib, now, now);
}
async function runMaven() {
  const args = ["-q", "-B", "-f", dbPaths.pom, "package", "-DskipTests"];
  const result = await run("mvn", args);
  if (result.kind === "missing") {
    throw new Error("Maven (mvn) is not on PATH; install Maven 3.8+ to build the local Neo4j launcher");
  }
  if (result.code !== 0) {
    throw new Error(
      `building the local Neo4j launcher failed (mvn exited with ${result.code}). Last Maven output:
${result.tail}`
    );
  }
}
async function requireTool(cmd, args, why) {
  const result = await run(cmd, args);
  if (result.kind === "missing") throw new Error(`${cmd} is not on PATH. ${why}`);
  if (result.code !== 0) throw new Error(`\`${cmd} ${args.join(" ")}\` failed. ${why}
${result.tail}`);
}
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    const tail = new LineTail(OUTPUT_TAIL_LINES);
    child.stdout.on("data", (chunk) => tail.push(chunk));
    child.stderr.on("data", (chunk) => tail.push(chunk));
    child.on("error", (err) => {
      if (err.code === "ENOENT") resolve({ kind: "missing" });
      else reject(err);
    });
    child.on("close", (code, signal) => {
      resolve({ kind: "exited", code: code ?? (signal ? 128 : 1), tail: tail.text() });
    });
  });
}
class LineTail {
  constructor(max) {
    this.max = max;
  }
  max;
  lines = [];
  partial = "";
  push(chunk) {
    const parts = (this.partial + chunk.toString().replace(ANSI_ESCAPE, "")).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
    return parts;
  }
  text() {
    return [...this.lines, this.partial].filter((l) => l.length > 0).join("\n");
  }
}
export {
  LineTail,
  dbPaths,
  ensureLauncherBuilt,
  projectRoot
};
