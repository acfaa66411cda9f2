import { readPage, startPosition } from "./feed.js";
import { OUTBOX_HEAD } from "./outbox.js";
const PAGE = 100;
class OutboxWatcher {
  constructor(executor, intervalMs) {
    this.executor = executor;
    this.intervalMs = intervalMs;
  }
  executor;
  intervalMs;
  head = 0;
  waiters = /* @__PURE__ */ new Set();
  timer;
  polling = false;
  /** Resolves once the outbox holds a change after `after`, or when `signal` aborts. */
  async waitPast(after, signal) {
    if (this.head > after || signal.aborted) return;
    await new Promise((resolve) => {
      const waiter = { after, wake: () => {
        this.waiters.delete(waiter);
        signal.removeEventListener("abort", waiter.wake);
        resolve();
      } };
      this.waiters.add(waiter);
      signal.addEventListener("abort", waiter.wake, { once: true });
      this.start();
    });
  }
  stop() {
    clearInterval(this.timer);
    this.timer = void 0;
    for (const w of [...this.waiters]) w.wake();
  }
  start() {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
    void this.poll();
  }
  async poll() {
    if (this.polling) return;
    this.polling = true;
    try {
      const [row] = await this.executor.trustedRead(OUTBOX_HEAD);
      this.head = Math.max(this.head, Number(row?.head ?? 0));
      for (const w of [...this.waiters]) if (this.head > w.after) w.wake();
      if (this.waiters.size === 0) this.stop();
    } catch {
    } finally {
      this.polling = false;
    }
  }
}
class SharedReads {
  inFlight = /* @__PURE__ */ new Map();
  read(ctx, watchIds, pos) {
    const key = JSON.stringify([ctx.viewer.agency, watchIds ? [...watchIds].sort() : null, pos.seq, pos.watch]);
    let page = this.inFlight.get(key);
    if (!page) {
      page = readPage(ctx, watchIds, pos, PAGE);
      this.inFlight.set(key, page);
      const forget = () => this.inFlight.delete(key);
      page.then(forget, forget);
    }
    return page;
  }
}
async function* alertStream(deps, args, signal) {
  let pos = await startPosition(deps.freshContext(), args.after, true);
  while (!signal.aborted) {
    await deps.watcher.waitPast(pos.seq, signal);
    if (signal.aborted) return;
    const ctx = deps.freshContext();
    const { feed, next } = await deps.shared.read(ctx, args.watchIds, pos);
    if (feed.alerts.length) deps.delivered(ctx, feed.alerts.flatMap((a) => a.recordIds));
    for (const alert of feed.alerts) yield alert;
    pos = next;
  }
}
export {
  OutboxWatcher,
  SharedReads,
  alertStream
};
