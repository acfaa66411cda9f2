// Runs batch writes one after another while the reader keeps parsing: at most `depth` batches wait,
// so memory stays bounded and Neo4j and the parser work at the same time on the two cores.

export class WriteQueue<T> {
  private readonly inflight: Array<Promise<void>> = [];
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly write: (batch: T) => Promise<void>,
    private readonly depth = 2,
  ) {}

  /** Queues a batch; waits while the queue is full; rethrows the first failed write. */
  async submit(batch: T): Promise<void> {
    this.throwIfFailed();
    while (this.inflight.length >= this.depth) await this.inflight.shift();
    this.throwIfFailed();
    const done = this.tail.then(async () => {
      if (this.failure === undefined) await this.write(batch);
    });
    this.tail = done.catch((err: unknown) => {
      this.failure ??= err;
    });
    this.inflight.push(this.tail);
  }

  /** Waits for every queued write. */
  async drain(): Promise<void> {
    await this.tail;
    this.inflight.length = 0;
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
