import neo4j, {} from "neo4j-driver";
import { toPlain } from "./convert.js";
import { mapDriverError } from "./errors.js";
const IDLE_CLOSE_MS = 250;
class RequestReader {
  constructor(executor, stats) {
    this.executor = executor;
    this.stats = stats;
  }
  executor;
  stats;
  open;
  idle;
  /** The scope's write count when the open transaction began. */
  openedAt = 0;
  /** Runs one read statement in the request's transaction (opened on first use); `counted`: in stats.queries. */
  async read(cypher, params, counted = true) {
    if (counted) this.stats.queries += 1;
    return this.executor.hooked("READ", () => this.inShared(cypher, params));
  }
  /** Commits and closes the transaction; the next read (if any) opens a new one. */
  async end() {
    const open = this.open;
    this.open = void 0;
    if (this.idle) clearTimeout(this.idle);
    if (open) await retire(open);
  }
  async inShared(cypher, params) {
    const scope = this.executor.scope();
    const open = this.begin(scope);
    const work = open.tx.run(cypher, params).then((r) => r.records);
    open.pending.add(work);
    try {
      const records = await this.executor.untilDeadline(work, scope);
      return records.map((r) => toPlain(r.toObject()));
    } catch (err) {
      if (this.open === open) this.open = void 0;
      void retire(open);
      throw mapDriverError(err);
    } finally {
      open.pending.delete(work);
      this.armIdleClose(open);
    }
  }
  begin(scope) {
    const open = this.open;
    if (open && ((scope?.writes ?? 0) > this.openedAt || open.expiresAt - Date.now() < open.timeoutMs / 2)) {
      void retire(open);
      this.open = void 0;
    }
    if (this.open) return this.open;
    const session = this.executor.driver.session({
      database: this.executor.database,
      defaultAccessMode: neo4j.session.READ,
      ...scope?.bookmarks ? { bookmarkManager: scope.bookmarks } : {}
    });
    const timeoutMs = this.executor.timeoutWithin(scope);
    const tx = session.beginTransaction({ timeout: timeoutMs });
    this.stats.transactions = (this.stats.transactions ?? 0) + 1;
    this.openedAt = scope?.writes ?? 0;
    this.open = { session, tx, pending: /* @__PURE__ */ new Set(), expiresAt: Date.now() + timeoutMs, timeoutMs };
    return this.open;
  }
  armIdleClose(open) {
    if (this.idle) clearTimeout(this.idle);
    if (open.pending.size > 0 || this.open !== open) return;
    this.idle = setTimeout(() => {
      if (this.open === open && open.pending.size === 0) void this.end();
    }, IDLE_CLOSE_MS);
    this.idle.unref();
  }
}
async function retire(open) {
  await Promise.allSettled([...open.pending]);
  try {
    if (open.tx.isOpen()) await open.tx.commit();
  } catch {
  } finally {
    await open.session.close().catch(() => void 0);
  }
}
export {
  RequestReader
};
