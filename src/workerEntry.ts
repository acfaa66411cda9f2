// Where a worker thread's code is, one rule for every thread the API starts (network analytics, the
// audit index, the initial load's validators). Compiled (`npm start`, build/) it is the `.js` file beside
// the caller, run by plain node. From sources (tests, `npm run dev`) the thread starts in tsWorker.mjs,
// which registers tsx in the thread (loader hooks are per thread, and a thread's first module is
// resolved before any `--import` could register them) and then runs the `.ts` file named in its argv.
export interface WorkerEntry {
  /** The thread's first module: for `new Worker(url, { argv })` or piscina's `filename` (as href). */
  url: URL;
  /** The `.ts` module for tsWorker.mjs to run; empty when compiled. */
  argv: string[];
}

/** `callerUrl`: the caller's `import.meta.url`; `name`: the worker module's file name without extension. */
export function workerEntry(callerUrl: string, name: string): WorkerEntry {
  if (callerUrl.endsWith('.js')) return { url: new URL(`./${name}.js`, callerUrl), argv: [] };
  return { url: new URL('./tsWorker.mjs', import.meta.url), argv: [new URL(`./${name}.ts`, callerUrl).href] };
}
