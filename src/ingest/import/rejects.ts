// The rejects file of each input (`FILE.rejects.ndjson`): one JSON line per refused record with its
// line number, id, code and reason. Created on the first reject; a stale one from an earlier run is removed.
import { rmSync } from 'node:fs';
import { LineWriter } from './lineWriter.js';
import type { Rejection } from '../outcomes.js';

export interface RejectLine {
  line: number;
  id?: string;
  code: Rejection['code'];
  field?: string;
  reason: string;
  text?: string;
}

export class RejectsFile {
  private writer: LineWriter | undefined;
  count = 0;

  constructor(readonly path: string) {
    rmSync(path, { force: true });
  }

  async add(line: number, id: string | undefined, r: Rejection, text?: string): Promise<void> {
    this.count += 1;
    this.writer ??= new LineWriter(this.path);
    const entry: RejectLine = { line, ...(id ? { id } : {}), code: r.code, ...(r.field ? { field: r.field } : {}), reason: r.message, ...(text ? { text } : {}) };
    await this.writer.write(JSON.stringify(entry));
  }

  /** The path when something was rejected, null otherwise. */
  async close(): Promise<string | null> {
    await this.writer?.close();
    return this.writer ? this.path : null;
  }
}

export const rejectsPathOf = (file: string) => `${file}.rejects.ndjson`;
