class WriteQueue {
  constructor(write, parallel = 1) {
    this.write = write;
    this.parallel = parallel;
    if (!Number.isInteger(parallel) || parallel < 1) throw new RangeError("parallel must be a positive integer");
  }
  write;
  parallel;
  running = /* @__PURE__ */ new Set();
  exclusiveRunning = false;
  failure;
  /** Starts a write as soon as the rules allow; waits until then; rethrows the first failed write. */
  async submit(batch, kind = "exclusive") {
    this.throwIfFailed();
    while (this.mustWait(kind)) await Promise.race(this.running);
    this.throwIfFailed();
    const exclusive = kind === "exclusive";
    this.exclusiveRunning = exclusive;
    const done = this.write(batch).catch((err) => {
      this.failure ??= err;
    }).finally(() => {
      this.running.delete(done);
      if (exclusive) this.exclusiveRunning = false;
    });
    this.running.add(done);
  }
  /** Waits for every started write. */
  async drain() {
    while (this.running.size) await Promise.all(this.running);
    this.throwIfFailed();
  }
  mustWait(kind) {
    if (this.running.size === 0) return false;
    if (kind === "exclusive" || this.exclusiveRunning) return true;
    return this.running.size >= this.parallel;
  }
  throwIfFailed() {
    if (this.failure !== void 0) throw this.failure;
  }
}
export {
  WriteQueue
};
