// Builds the Java launcher for the local Neo4j (db/) with Maven, only when its outputs are missing or stale.
import { spawn } from 'node:child_process';
import { readdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../projectRoot.js';

/** Project root (found upwards, so it holds from source and from build/), so the build works from any cwd. */
export { projectRoot };

export const dbPaths = {
  pom: path.join(projectRoot, 'db', 'pom.xml'),
  sources: path.join(projectRoot, 'db', 'src'),
  classes: path.join(projectRoot, 'db', 'target', 'classes'),
  launcherClass: path.join(projectRoot, 'db', 'target', 'classes', 'skein', 'db', 'Launcher.class'),
  lib: path.join(projectRoot, 'db', 'target', 'lib'),
} as const;

const OUTPUT_TAIL_LINES = 20;
const ANSI_ESCAPE = /\x1b\[[0-9;]*[A-Za-z]/g;
// Measured ~/.m2 growth for Neo4j 5.26 community plus the Maven plugins (db/target/lib alone is ~125 MB).
const FIRST_DOWNLOAD_MB = 170;

export interface BuildOptions {
  log?: (msg: string) => void;
}

export async function ensureLauncherBuilt(opts: BuildOptions = {}): Promise<void> {
  if (!(await isStale())) return;
  const log = opts.log ?? (() => {});
  log(`building the local Neo4j launcher (first time downloads ~${FIRST_DOWNLOAD_MB} MB from Maven Central)...`);
  const started = Date.now();
  await requireTool('java', ['-version'], 'Java (a JDK 17 or newer) is needed to build and run the local Neo4j');
  await runMaven();
  await markFresh();
  log(`local Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/** Stale when an output is missing or older than the newest input. */
async function isStale(): Promise<boolean> {
  const outputs = await Promise.all([mtimeOf(dbPaths.launcherClass), mtimeOf(dbPaths.lib)]);
  if (outputs.some((t) => t === undefined)) return true;
  const oldestOutput = Math.min(...(outputs as number[]));
  const newestInput = Math.max((await mtimeOf(dbPaths.pom)) ?? Infinity, await newestMtime(dbPaths.sources));
  return newestInput > oldestOutput;
}

async function mtimeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await mtimeOf(path.join(entry.parentPath, entry.name))) ?? 0);
  }
  return newest;
}

/**
 * Maven leaves unchanged outputs untouched (copy-dependencies skips existing jars), so after a pom edit
 * the outputs would stay "older" forever; stamping them records that this build covered the inputs.
 */
async function markFresh(): Promise<void> {
  const now = new Date();
  await utimes(dbPaths.launcherClass, now, now);
  await utimes(dbPaths.lib, now, now);
}

async function runMaven(): Promise<void> {
  const args = ['-q', '-B', '-f', dbPaths.pom, 'package', '-DskipTests'];
  const result = await run('mvn', args);
  if (result.kind === 'missing') {
    throw new Error('Maven (mvn) is not on PATH; install Maven 3.8+ to build the local Neo4j launcher');
  }
  if (result.code !== 0) {
    throw new Error(
      `building the local Neo4j launcher failed (mvn exited with ${result.code}). Last Maven output:\n${result.tail}`,
    );
  }
}

async function requireTool(cmd: string, args: string[], why: string): Promise<void> {
  const result = await run(cmd, args);
  if (result.kind === 'missing') throw new Error(`${cmd} is not on PATH. ${why}`);
  if (result.code !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed. ${why}\n${result.tail}`);
}

type RunResult = { kind: 'missing' } | { kind: 'exited'; code: number; tail: string };

/** Runs a command to completion, keeping only the tail of its combined output for error messages. */
function run(cmd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = new LineTail(OUTPUT_TAIL_LINES);
    child.stdout.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => tail.push(chunk));
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') resolve({ kind: 'missing' });
      else reject(err);
    });
    child.on('close', (code, signal) => {
      resolve({ kind: 'exited', code: code ?? (signal ? 128 : 1), tail: tail.text() });
    });
  });
}

/** Keeps the last N lines of a byte stream without holding all of it. */
export class LineTail {
  private lines: string[] = [];
  private partial = '';

  constructor(private readonly max: number) {}

  push(chunk: Buffer | string): string[] {
    // Maven 3.8 emits colour resets even in batch mode; they would only garble error messages.
    const parts = (this.partial + chunk.toString().replace(ANSI_ESCAPE, '')).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
    return parts;
  }

  text(): string {
    return [...this.lines, this.partial].filter((l) => l.length > 0).join('\n');
  }
}
