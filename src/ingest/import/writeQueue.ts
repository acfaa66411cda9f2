// Runs batch writes while the reader keeps parsing, so Neo4j and the parser work at the same time.
// Shared writes (node batches) may run `parallel` at once: their MERGEs take no common locks, so a
// second transaction uses the second core. Exclusive writes (relationship batches) never run beside a
// shared one, and at most `exclusiveParallel` at once: each locks both endpoints of every row and hubs
// sit in every batch, so two would only queue on those locks. An exclusive write also waits for the
// shared ones before it, which is what lets a relationship batch find the nodes submitted ahead of it.
// With `exclusiveParallel` 2 the importer keeps two relationship batches in flight. They do not write
// side by side: each takes its namespace's id lock first (queries.ts, RELATIONSHIP_ID_LOCK), so the
// second waits on it; what overlaps is one batch's planning and transfer with the other's locked
// execution (40k-people import 109-120 s against 126 s, docs/import.md).
// Which of the two takes the lock first is up to the scheduler, so two batches whose outcome depends on
// their order (the importer: a relationship id in both) must not overlap: `conflicts` says so, and the
// later one then waits for the earlier to finish, exactly as with one in flight.

export type WriteKind = 'shared' | 'exclusive';

export class WriteQueue<T> {
  private readonly running = new Set<Promise<void>>();
  /** Exclusive writes in flight, by the batch they write. */
  private readonly exclusiveRunning = new Map<Promise<void>, T>();
  private failure: unknown;

  constructor(
    private readonly write: (batch: T) => Promise<void>,
    private readonly parallel = 1,
    private readonly exclusiveParallel = 1,
    /** True when two exclusive batches must not be in flight together (their order matters). */
    private readonly conflicts: (a: T, b: T) => boolean = () => false,
  ) {
    if (!Number.isInteger(parallel) || parallel < 1) throw new RangeError('parallel must be a positive integer');
    if (!Number.isInteger(exclusiveParallel) || exclusiveParallel < 1) throw new RangeError('exclusiveParallel must be a positive integer');
  }

  /** Starts a write as soon as the rules allow; waits until then; rethrows the first failed write. */
  async submit(batch: T, kind: WriteKind = 'exclusive'): Promise<void> {
    this.throwIfFailed();
    while (this.mustWait(batch, kind)) await Promise.race(this.running);
    this.throwIfFailed();
    const exclusive = kind === 'exclusive';
    const done: Promise<void> = this.write(batch)
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => {
        this.running.delete(done);
        this.exclusiveRunning.delete(done);
      });
    this.running.add(done);
    if (exclusive) this.exclusiveRunning.set(done, batch);
  }

  /** Waits for every started write. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all(this.running);
    this.throwIfFailed();
  }

  private mustWait(batch: T, kind: WriteKind): boolean {
    if (this.running.size === 0) return false;
    // An exclusive write waits for every shared one, for a free exclusive slot and for any it conflicts with.
    if (kind === 'exclusive') {
      if (this.exclusiveRunning.size < this.running.size || this.running.size >= this.exclusiveParallel) return true;
      for (const other of this.exclusiveRunning.values()) if (this.conflicts(other, batch)) return true;
      return false;
    }
    if (this.exclusiveRunning.size > 0) return true;
    return this.running.size >= this.parallel;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
