// Runs batch writes while the reader keeps parsing, so Neo4j and the parser work at the same time.
// Shared writes (node batches) may run `parallel` at once: their MERGEs take no common locks, so a
// second transaction uses the second core. Exclusive writes (relationship batches) run alone: each
// locks both endpoints of every row, hubs sit in every batch, and two at once would only queue on
// those locks or deadlock. An exclusive write also waits for the shared ones before it, which is
// what lets a relationship batch find the nodes submitted ahead of it.

export type WriteKind = 'shared' | 'exclusive';

export class WriteQueue<T> {
  private readonly running = new Set<Promise<void>>();
  private exclusiveRunning = false;
  private failure: unknown;

  constructor(
    private readonly write: (batch: T) => Promise<void>,
    private readonly parallel = 1,
  ) {
    if (!Number.isInteger(parallel) || parallel < 1) throw new RangeError('parallel must be a positive integer');
  }

  /** Starts a write as soon as the rules allow; waits until then; rethrows the first failed write. */
  async submit(batch: T, kind: WriteKind = 'exclusive'): Promise<void> {
    this.throwIfFailed();
    while (this.mustWait(kind)) await Promise.race(this.running);
    this.throwIfFailed();
    const exclusive = kind === 'exclusive';
    this.exclusiveRunning = exclusive;
    const done: Promise<void> = this.write(batch)
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => {
        this.running.delete(done);
        if (exclusive) this.exclusiveRunning = false;
      });
    this.running.add(done);
  }

  /** Waits for every started write. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all(this.running);
    this.throwIfFailed();
  }

  private mustWait(kind: WriteKind): boolean {
    if (this.running.size === 0) return false;
    if (kind === 'exclusive' || this.exclusiveRunning) return true;
    return this.running.size >= this.parallel;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
