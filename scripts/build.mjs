// Compiles the API (src/ and the seed/ it imports) to plain JavaScript under build/, so `npm start`
// runs without a TypeScript loader or run-time source-map formatting on the request path.
// Rebuilds only when a source is newer than the last build; `node scripts/build.mjs --force` always.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

export async function ensureBuilt({ force = false } = {}) {
  const files = [...sources(path.join(root, 'src')), ...sources(path.join(root, 'seed'))].filter((f) => f.endsWith('.ts'));
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput(files)) return false;
  const started = Date.now();
  // One file in, one file out (no bundling): relative imports ('./x.js') already name the outputs.
  await build({ entryPoints: files, outdir, outbase: root, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  writeFileSync(stamp, new Date().toISOString());
  console.error(`skein: compiled ${files.length} files to build/ in ${Date.now() - started} ms`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureBuilt({ force: process.argv.includes('--force') });
