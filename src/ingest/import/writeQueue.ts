// Runs batch writes while the reader keeps parsing, so Neo4j and the parser work at the same time.
// Shared writes (node batches) may run `parallel` at once: their MERGEs take no common locks, so a
// second transaction uses the second core. Exclusive writes (relationship batches) run alone: each
// locks both endpoints of every row, hubs sit in every batch, and two at once would only queue on
// those locks or deadlock. An exclusive write also waits for the shared ones before it, which is
// what lets a relationship batch find the nodes submitted ahead of it.
// `exclusiveParallel` 2 lets two relationship batches be in flight at once (still never beside a node
// batch). They do not write side by side: each takes its namespace's id lock first (queries.ts,
// RELATIONSHIP_ID_LOCK), so the second waits on it; what overlaps is one batch's planning and transfer
// with the other's locked execution (40k-people import 71.4 / 72.8 s against 80.6 s, docs/import.md).

export type WriteKind = 'shared' | 'exclusive';

export class WriteQueue<T> {
  private readonly running = new Set<Promise<void>>();
  private exclusiveRunning = 0;
  private failure: unknown;

  constructor(
    private readonly write: (batch: T) => Promise<void>,
    private readonly parallel = 1,
    private readonly exclusiveParallel = 1,
  ) {
    if (!Number.isInteger(parallel) || parallel < 1) throw new RangeError('parallel must be a positive integer');
    if (!Number.isInteger(exclusiveParallel) || exclusiveParallel < 1) throw new RangeError('exclusiveParallel must be a positive integer');
  }

  /** Starts a write as soon as the rules allow; waits until then; rethrows the first failed write. */
  async submit(batch: T, kind: WriteKind = 'exclusive'): Promise<void> {
    this.throwIfFailed();
    while (this.mustWait(kind)) await Promise.race(this.running);
    this.throwIfFailed();
    const exclusive = kind === 'exclusive';
    if (exclusive) this.exclusiveRunning += 1;
    const done: Promise<void> = this.write(batch)
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => {
        this.running.delete(done);
        if (exclusive) this.exclusiveRunning -= 1;
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
    // An exclusive write waits for every shared one, and for a free exclusive slot.
    if (kind === 'exclusive') return this.exclusiveRunning < this.running.size || this.running.size >= this.exclusiveParallel;
    if (this.exclusiveRunning > 0) return true;
    return this.running.size >= this.parallel;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
