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

/** The index thread is gone (it failed and is not started again yet, or the log was closed): no audit query can be answered. */
export class AuditIndexUnavailable extends Error {}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };
/** A request without its id (ask() numbers it): Omit applied to each member of the union. */
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type Ask = WithoutId<IndexRequest>;

/** A thread that failed is started again after this long, doubling up to RESTART_MAX_MS while it keeps failing. */
const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 60_000;

export class AuditIndexThread implements AuditQueries {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private restartMs = RESTART_FIRST_MS;
  private restart: NodeJS.Timeout | null = null;

  /**
   * `onError`: a catch-up that failed in the background, or the thread itself. A thread that failed is
   * started again (it catches up from the log like any start); meanwhile queries are refused.
   */
  constructor(
    private readonly indexPath: string,
    private readonly logPath: string,
    private readonly everyMs: number,
    private readonly onError: (err: unknown) => void,
  ) {
    this.worker = this.start();
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
      if (this.restart) clearTimeout(this.restart);
      try {
        if (!this.failure) await this.ask({ op: 'close' });
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }

  private start(): Worker {
    const worker = new Worker(WORKER.url, {
      argv: WORKER.argv,
      workerData: { indexPath: this.indexPath, logPath: this.logPath, everyMs: this.everyMs } satisfies IndexWorkerData,
    });
    worker.on('message', (m: IndexMessage) => {
      if (m.id === null) return this.onError(new Error(`audit index: ${m.catchUpFailed}`));
      const p = this.pending.get(m.id);
      if (!p) return;
      this.settle(m.id);
      if (m.ok) {
        this.restartMs = RESTART_FIRST_MS; // a thread that answers is a healthy one
        p.resolve(m.value);
      } else p.reject(new Error(m.message));
    });
    worker.on('error', (err) => this.fail(worker, new AuditIndexUnavailable(`the audit index thread failed: ${err.message}`)));
    worker.on('exit', (code) => this.fail(worker, new AuditIndexUnavailable(`the audit index thread exited (code ${code})`)));
    // The thread keeps the process alive only while an answer is awaited (see ask). After the listeners:
    // adding a 'message' listener refs the worker again.
    worker.unref();
    return worker;
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

  private fail(worker: Worker, err: Error): void {
    // An 'exit' after its 'error', or a late event of a thread already replaced: already handled.
    if (worker !== this.worker || this.failure) return;
    this.failure = err;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    worker.unref();
    for (const p of waiting) p.reject(err);
    if (this.closing) return;
    this.onError(err);
    this.restart = setTimeout(() => {
      this.restart = null;
      if (this.closing) return;
      this.failure = null;
      this.worker = this.start();
    }, this.restartMs);
    this.restart.unref();
    this.restartMs = Math.min(this.restartMs * 2, RESTART_MAX_MS);
  }
}
