// Worker thread of the audit index (indexThread.ts): owns the SQLite index, catches it up with the log
// every interval and before each query, and answers the queries. Reading the log back, parsing it and
// inserting a row per record read cost the request thread ~10 µs a record (a ~100 ms stall every second
// under the load mix); here it runs beside the requests.
import { parentPort, workerData } from 'node:worker_threads';
import { AuditStore, type AuditQuery } from './store.js';

export interface IndexWorkerData {
  indexPath: string;
  logPath: string;
  everyMs: number;
}

export type IndexRequest =
  | { id: number; op: 'flush' | 'lines' | 'close' }
  | { id: number; op: 'reads'; q: AuditQuery }
  | { id: number; op: 'refusals'; q: Omit<AuditQuery, 'recordId'> };

export type IndexMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
  /** A timed catch-up failed (the log is the record; the next catch-up or a rebuild repairs the index). */
  | { id: null; catchUpFailed: string };

const port = parentPort!;
const { indexPath, logPath, everyMs } = workerData as IndexWorkerData;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const store = AuditStore.open(indexPath, logPath);

const timer = setInterval(() => {
  try {
    store.catchUp();
  } catch (err) {
    port.postMessage({ id: null, catchUpFailed: messageOf(err) } satisfies IndexMessage);
  }
}, everyMs);

port.on('message', (m: IndexRequest) => {
  let reply: IndexMessage;
  try {
    reply = { id: m.id, ok: true, value: answer(m) };
  } catch (err) {
    reply = { id: m.id, ok: false, message: messageOf(err) };
  }
  port.postMessage(reply);
  if (m.op === 'close') port.close();
});

function answer(m: IndexRequest): unknown {
  switch (m.op) {
    case 'flush':
      return store.catchUp();
    case 'lines':
      return store.indexedLines();
    case 'reads':
      return store.reads(m.q); // each catches up first
    case 'refusals':
      return store.refusals(m.q);
    case 'close':
      clearInterval(timer);
      try {
        store.catchUp();
      } finally {
        store.close();
      }
      return null;
  }
}
