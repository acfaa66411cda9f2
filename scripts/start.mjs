// `npm start`: compiles when stale (scripts/build.mjs), then runs the compiled API with plain node.
import { setFlagsFromString } from 'node:v8';
import { ensureBuilt } from './build.mjs';

// The old generation may grow to 1.5× what survived the last full collection (V8 lets it grow 2–4×
// when collections are cheap): under bench:load's mix the API's peak RSS was 298–311 MB with V8's
// default and 190–191 MB with this, at the same throughput within the box's noise (docs/benchmarks.md).
// The collections it adds are mostly concurrent marking. SKEIN_HEAP_GROWING_PERCENT=0 restores V8's default.
const growing = Number(process.env.SKEIN_HEAP_GROWING_PERCENT ?? 50);
if (!Number.isInteger(growing) || growing < 0 || growing > 1000) {
  console.error(`SKEIN_HEAP_GROWING_PERCENT must be an integer from 0 to 1000, not ${process.env.SKEIN_HEAP_GROWING_PERCENT}`);
  process.exit(1);
}
if (growing > 0) setFlagsFromString(`--heap-growing-percent=${growing}`);

await ensureBuilt();
await import('../build/src/cli/start.js');
