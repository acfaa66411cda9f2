// Worker threads for pass 1 of the offline initial load: chunks of NDJSON lines go round-robin to
// one worker per core, and results come back in the order the chunks were sent.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { SourceRule } from '../validate.js';
import type { Rejection } from '../outcomes.js';
import type { RelationshipType } from '../../model/graphModel.js';
import { workerEntry } from '../../workerEntry.js';

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

export class ValidatorPool {
  private readonly workers: Array<{ worker: Worker; waiting: Array<{ resolve: (r: ChunkResult) => void; reject: (e: unknown) => void }> }>;
  private next = 0;

  constructor(rule: SourceRule, size = Math.max(1, availableParallelism())) {
    const code = workerEntry(import.meta.url, 'validateWorker');
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: new Worker(code.url, { argv: code.argv, workerData: { rule } }), waiting: [] as Array<{ resolve: (r: ChunkResult) => void; reject: (e: unknown) => void }> };
      entry.worker.on('message', (r: ChunkResult) => entry.waiting.shift()?.resolve(r));
      entry.worker.on('error', (e) => {
        for (const w of entry.waiting.splice(0)) w.reject(e);
      });
      return entry;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  run(job: ChunkJob): Promise<ChunkResult> {
    const entry = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
