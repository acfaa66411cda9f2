// Relationships whose endpoints were not in the graph when their batch was written: spilled to a
// temporary file and written again once every node of every input is in (a relationship may name a
// node further down the file). Kept on disk, so memory stays flat however many there are.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import type { GraphRecord } from '../../model/graphModel.js';
import { readNdjson } from '../readers/ndjson.js';
import { LineWriter } from './lineWriter.js';

export interface Deferred {
  file: number;
  line: number;
  record: GraphRecord;
}

export class DeferredSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'skein-import-'));
  private readonly writer = new LineWriter(join(this.dir, 'deferred.ndjson'));

  get count(): number {
    return this.writer.lines;
  }

  async add(d: Deferred): Promise<void> {
    await this.writer.write(JSON.stringify(d));
  }

  /** Reads the spilled records back (already validated when they were spilled). */
  async *drain(): AsyncGenerator<Deferred> {
    await this.writer.close();
    for await (const item of readNdjson(createReadStream(this.writer.path))) yield item.raw as Deferred;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
