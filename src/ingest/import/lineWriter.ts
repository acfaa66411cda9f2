// Buffered, back-pressured line output for large files (rejects, deferred records, generated worlds):
// lines are gathered into ~1 MB chunks, and a full OS buffer makes the caller wait instead of the heap grow.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const CHUNK = 1 << 20;

export class LineWriter {
  private readonly stream: WriteStream;
  private chunk: string[] = [];
  private chunkSize = 0;
  /** The stream's failure (no such folder, disk full): an 'error' event nobody heard would end the process. */
  private failure: Error | null = null;
  lines = 0;

  constructor(readonly path: string, flags: 'w' | 'a' = 'w') {
    this.stream = createWriteStream(path, { flags });
    this.stream.on('error', (err) => {
      this.failure ??= err;
    });
  }

  async write(line: string): Promise<void> {
    this.check();
    this.chunk.push(line, '\n');
    this.chunkSize += line.length + 1;
    this.lines += 1;
    if (this.chunkSize >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    this.check();
    if (this.chunkSize === 0) return;
    const data = this.chunk.join('');
    this.chunk = [];
    this.chunkSize = 0;
    if (!this.stream.write(data)) await once(this.stream, 'drain').catch(() => undefined);
    this.check();
  }

  async close(): Promise<void> {
    await this.flush();
    // A failure on the way is also the stream's 'error' event, recorded above: check() reports it.
    await new Promise<void>((resolve) => this.stream.end(() => resolve()));
    this.check();
  }

  /** A write, flush or close after the file failed fails in plain words, naming the file. */
  private check(): void {
    if (this.failure) throw new Error(`cannot write ${this.path}: ${this.failure.message}`);
  }
}
