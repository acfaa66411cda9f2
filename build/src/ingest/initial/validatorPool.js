import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
const CHUNK_LINES = 2e3;
class ValidatorPool {
  workers;
  next = 0;
  constructor(rule, size = Math.max(1, availableParallelism())) {
    const file = import.meta.url.endsWith(".js") ? "./validateWorker.js" : "./validateWorker.mjs";
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: new Worker(new URL(file, import.meta.url), { workerData: { rule } }), waiting: [] };
      entry.worker.on("message", (r) => entry.waiting.shift()?.resolve(r));
      entry.worker.on("error", (e) => {
        for (const w of entry.waiting.splice(0)) w.reject(e);
      });
      return entry;
    });
  }
  get size() {
    return this.workers.length;
  }
  run(job) {
    const entry = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(job);
    });
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
export {
  CHUNK_LINES,
  ValidatorPool
};
