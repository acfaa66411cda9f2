// A worker thread's first module when the API runs from sources (workerEntry.ts): registers tsx's loader
// in this thread, then runs the TypeScript module the caller named (the thread's last argv). Its default
// export is passed on, for piscina, which calls the default export of its `filename`.
import { register } from 'tsx/esm/api';

register();
const target = process.argv.at(-1);
if (!target?.endsWith('.ts')) throw new Error(`tsWorker.mjs: no TypeScript module in the thread's argv (${target})`);
const module = await import(target);
export default module.default;
