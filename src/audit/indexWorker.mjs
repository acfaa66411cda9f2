// Worker entry from source: registers tsx's loader in this thread (loader hooks are per thread), then
// runs the TypeScript worker. Compiled (build/), indexThread.js starts indexWorker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./indexWorker.ts');
