// Compiles the API (src/ and the seed/ it imports) to plain JavaScript under build/, so `npm start`
// runs without a TypeScript loader or run-time source-map formatting on the request path.
// Rebuilds only when a source is newer than the last build; `node scripts/build.mjs --force` always.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'build');
const stamp = path.join(outdir, '.stamp');
// Browser code is bundled at run time from src/viewer/client by esbuild; it is not server code.
const skip = (file) => file.includes(`${path.sep}viewer${path.sep}client${path.sep}`);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') && !skip(full) ? [full] : [];
  });
}

function newestInput(files) {
  const extra = ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs'].map((f) => path.join(root, f));
  return Math.max(...[...files, ...extra].filter(existsSync).map((f) => statSync(f).mtimeMs));
}

/**
 * Two `npm start` at once (two API processes, or tests that spawn them side by side) must not both
 * write build/ while the other imports from it: one builds under an exclusive lock file, the other
 * waits for it and then finds the build fresh. A lock older than two minutes is a crashed builder's.
 */
async function withBuildLock(work) {
  mkdirSync(outdir, { recursive: true });
  const lock = path.join(outdir, '.lock');
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
      } catch { /* released meanwhile */ }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

export async function ensureBuilt({ force = false } = {}) {
  const files = [...sources(path.join(root, 'src')), ...sources(path.join(root, 'seed'))].filter((f) => f.endsWith('.ts'));
  const fresh = () => existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput(files);
  if (!force && fresh()) return false;
  return withBuildLock(async () => (!force && fresh() ? false : compile(files)));
}

async function compile(files) {
  const started = Date.now();
  // One file in, one file out (no bundling): relative imports ('./x.js') already name the outputs.
  await build({ entryPoints: files, outdir, outbase: root, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  writeFileSync(stamp, new Date().toISOString());
  console.error(`skein: compiled ${files.length} files to build/ in ${Date.now() - started} ms`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureBuilt({ force: process.argv.includes('--force') });
