// `npm start`: compiles when stale (scripts/build.mjs), then runs the compiled API with plain node.
import { ensureBuilt } from './build.mjs';

await ensureBuilt();
await import('../build/src/cli/start.js');
