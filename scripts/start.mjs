// `npm start`: compiles when stale (scripts/build.mjs), then runs the compiled API with plain node.
import { setFlagsFromString } from 'node:v8';
import { ensureBuilt } from './build.mjs';

// The old generation may grow to 2× what survived the last full collection (V8 lets it grow up to
// 4× when collections are cheap). bench:load's mix, interleaved under the bench lock: V8's default
// peaked at 297–311 MB RSS (434.6 / 403.7 req/s, API 1.82 / 1.95 ms CPU per request), 100 at 213–217 MB
// (431.1 / 451.5 req/s, 1.86 / 1.76 ms), 50 at 187–191 MB but ~10 % more API CPU (docs/benchmarks.md).
// SKEIN_HEAP_GROWING_PERCENT=0 restores V8's default.
const growing = Number(process.env.SKEIN_HEAP_GROWING_PERCENT ?? 100);
if (!Number.isInteger(growing) || growing < 0 || growing > 1000) {
  console.error(`SKEIN_HEAP_GROWING_PERCENT must be an integer from 0 to 1000, not ${process.env.SKEIN_HEAP_GROWING_PERCENT}`);
  process.exit(1);
}
if (growing > 0) setFlagsFromString(`--heap-growing-percent=${growing}`);

await ensureBuilt();
await import('../build/src/cli/start.js');
