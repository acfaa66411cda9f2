// Worker threads for pass 1 of the offline initial load: chunks of NDJSON lines go round-robin to
// one worker per core, and results come back in the order the chunks were sent.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { SourceRule } from '../validate.js';
import type { Rejection } from '../outcomes.js';
import type { RelationshipType } from '../../model/graphModel.js';
import { workerEntry, type WorkerEntry } from '../../workerEntry.js';

export interface ChunkJob {
  lines: string[];
  firstLine: number;
}

export interface ChunkResult {
  /** [table key, CSV line] of each valid record, in input order. */
  rows: Array<[string, string]>;
  rejects: Array<{ line: number; id?: string | undefined; rejection: Rejection; text?: string }>;
  relationshipKeys: Array<[RelationshipType, string]>;
  /** Non-blank lines seen. */
  records: number;
}

export const CHUNK_LINES = 2000;

type Waiting = { resolve: (r: ChunkResult) => void; reject: (e: unknown) => void };

/** A validation thread failed (its code could not load, it ran out of memory, it exited): the load stops. */
export class ValidatorFailed extends Error {
  override name = 'ValidatorFailed';
}

export class ValidatorPool {
  private readonly workers: Array<{ worker: Worker; waiting: Waiting[] }>;
  private next = 0;
  private failure: ValidatorFailed | null = null;
  private closing = false;

  /** `code`: where the threads' code is (tests pass another). */
  constructor(rule: SourceRule, size = Math.max(1, availableParallelism()), code: WorkerEntry = workerEntry(import.meta.url, 'validateWorker')) {
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: new Worker(code.url, { argv: code.argv, workerData: { rule } }), waiting: [] as Waiting[] };
      entry.worker.on('message', (r: ChunkResult) => entry.waiting.shift()?.resolve(r));
      entry.worker.on('error', (e) => this.fail(`a validation thread failed: ${e.message}`));
      entry.worker.on('exit', (exitCode) => {
        if (!this.closing) this.fail(`a validation thread exited (code ${exitCode})`);
      });
      return entry;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  run(job: ChunkJob): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    const entry = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  // One thread gone fails every chunk still out, on every thread, and every chunk after: the chunks are
  // taken in order, so a chunk left on a dead thread would otherwise be waited for forever.
  private fail(message: string): void {
    this.failure ??= new ValidatorFailed(message);
    for (const w of this.workers) for (const waiting of w.waiting.splice(0)) waiting.reject(this.failure);
  }
}
