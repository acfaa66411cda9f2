// Worker entry: registers tsx's loader in this thread (loader hooks are per thread), then runs the
// TypeScript worker. Keeps the project's run-from-source model without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./validateWorker.ts');
