// The audit index seen from the request thread: a worker thread (indexWorker.ts) owns the SQLite index
// and keeps it caught up with the log; queries go to it as messages and come back as plain data.
import { Worker } from 'node:worker_threads';
import type { AuditPage, AuditQuery, AuditReadModel, AuditRefusalModel } from './store.js';
import type { IndexMessage, IndexRequest, IndexWorkerData } from './indexWorker.js';
import { workerEntry } from '../workerEntry.js';

/** What the API asks of the audit index (resolvers.ts). */
export interface AuditQueries {
  /** Reads of the owner's records (or of one of them), oldest first, one keyset page; up to the log's last line. */
  reads(q: AuditQuery): Promise<AuditPage<AuditReadModel>>;
  /** Refused operations of the owner's own users, oldest first, one keyset page. */
  refusals(q: Omit<AuditQuery, 'recordId'>): Promise<AuditPage<AuditRefusalModel>>;
  /** Lines of the log indexed so far. */
  indexedLines(): Promise<number>;
}

const WORKER = workerEntry(import.meta.url, 'indexWorker');

/** The index thread is gone (it failed, or the log was closed): no audit query can be answered. */
export class AuditIndexUnavailable extends Error {}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };
/** A request without its id (ask() numbers it): Omit applied to each member of the union. */
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type Ask = WithoutId<IndexRequest>;

export class AuditIndexThread implements AuditQueries {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;

  /** `onError`: a catch-up that failed in the background, or the thread itself (it is then gone). */
  constructor(indexPath: string, logPath: string, everyMs: number, private readonly onError: (err: unknown) => void) {
    this.worker = new Worker(WORKER.url, {
      argv: WORKER.argv,
      workerData: { indexPath, logPath, everyMs } satisfies IndexWorkerData,
    });
    this.worker.on('message', (m: IndexMessage) => {
      if (m.id === null) return this.onError(new Error(`audit index: ${m.catchUpFailed}`));
      const p = this.pending.get(m.id);
      if (!p) return;
      this.settle(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.message));
    });
    this.worker.on('error', (err) => this.fail(new AuditIndexUnavailable(`the audit index thread failed: ${err.message}`)));
    this.worker.on('exit', (code) => this.fail(new AuditIndexUnavailable(`the audit index thread exited (code ${code})`)));
    // The thread keeps the process alive only while an answer is awaited (see ask). After the listeners:
    // adding a 'message' listener refs the worker again.
    this.worker.unref();
  }

  reads(q: AuditQuery): Promise<AuditPage<AuditReadModel>> {
    return this.ask({ op: 'reads', q }) as Promise<AuditPage<AuditReadModel>>;
  }

  refusals(q: Omit<AuditQuery, 'recordId'>): Promise<AuditPage<AuditRefusalModel>> {
    return this.ask({ op: 'refusals', q }) as Promise<AuditPage<AuditRefusalModel>>;
  }

  indexedLines(): Promise<number> {
    return this.ask({ op: 'lines' }) as Promise<number>;
  }

  /** Brings the index up to the log as it is now. */
  async flush(): Promise<void> {
    await this.ask({ op: 'flush' });
  }

  /** A last catch-up, then the index closes and the thread ends. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        if (!this.failure) await this.ask({ op: 'close' });
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }

  private ask(request: Ask): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as IndexRequest);
    });
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.worker.unref();
    for (const p of waiting) p.reject(err);
    if (!this.closing) this.onError(err);
  }
}
