import { AsyncLocalStorage } from "node:async_hooks";
import neo4j, {} from "neo4j-driver";
import { aclParams, expandAcl } from "./acl.js";
import { assertAclCoverage } from "./aclGuard.js";
import { toPlain } from "./convert.js";
import { mapDriverError, requestTimedOut } from "./errors.js";
import { RequestReader } from "./requestTx.js";
const scopes = new AsyncLocalStorage();
function withStatementScope(scope, fn) {
  return scopes.run(scope, fn);
}
function newBookmarks(initial = []) {
  return neo4j.bookmarkManager({ initialBookmarks: initial });
}
class GraphExecutor {
  constructor(driver, options) {
    this.driver = driver;
    this.options = options;
  }
  driver;
  options;
  hooks = [];
  get database() {
    return this.options.database;
  }
  /** The request ties of the statement being run, if any. */
  scope() {
    return scopes.getStore();
  }
  /** Adds a hook around every transaction; the first added is the outermost. */
  instrument(hook) {
    this.hooks.push(hook);
  }
  /** Runs a trusted statement (migrations, seeding, agreements): no ACL, never with user-built text. */
  async trustedRead(cypher, params = {}, stats) {
    return this.run("READ", cypher, params, stats);
  }
  async trustedWrite(cypher, params = {}, stats) {
    return this.run("WRITE", cypher, params, stats);
  }
  /** Several trusted writes in one transaction: all or nothing. */
  async trustedWriteAll(steps) {
    await this.transact("WRITE", async (tx) => {
      for (const step of steps) await tx.run(step.cypher, step.params);
    });
  }
  /** The request's shared read transaction (graph/requestTx.ts); the caller ends it with the request. */
  reader(stats) {
    return new RequestReader(this, stats);
  }
  /** A viewer-bound reader: every statement must apply ACL(...) and gets the viewer's `$acl`. */
  forViewer(acl, stats, reader) {
    return new ViewerGraph(this, acl, stats, reader);
  }
  async run(mode, cypher, params, stats) {
    if (stats) {
      stats.queries += 1;
      stats.transactions = (stats.transactions ?? 0) + 1;
    }
    const records = await this.transact(mode, async (tx) => (await tx.run(cypher, params)).records);
    return records.map((r) => toPlain(r.toObject()));
  }
  /** Runs `attempt` inside every instrumentation hook. */
  hooked(mode, attempt) {
    const chain = this.hooks.reduceRight((next, hook) => () => hook({ mode }, next), attempt);
    return chain();
  }
  untilDeadline(work, scope) {
    return untilDeadline(work, scope);
  }
  transact(mode, work) {
    const scope = scopes.getStore();
    return this.hooked(mode, () => untilDeadline(this.inSession(mode, work, scope), scope));
  }
  async inSession(mode, work, scope) {
    const config = { timeout: this.timeoutWithin(scope) };
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...scope?.bookmarks ? { bookmarkManager: scope.bookmarks } : {}
    });
    try {
      const result = mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      if (mode === "WRITE" && scope) {
        scope.wrote = true;
        scope.writes = (scope.writes ?? 0) + 1;
      }
      return result;
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }
  // The server stops a transaction at the earlier of the query timeout and the request's end.
  timeoutWithin(scope) {
    if (scope?.deadline === void 0) return this.options.timeoutMs;
    const left = scope.deadline - Date.now();
    if (left <= 0) throw requestTimedOut();
    return Math.min(this.options.timeoutMs, left);
  }
}
function untilDeadline(work, scope) {
  const signal = scope?.signal;
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => {
    });
    return Promise.reject(requestTimedOut());
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(requestTimedOut());
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
class ViewerGraph {
  constructor(executor, acl, stats, reader) {
    this.executor = executor;
    this.acl = acl;
    this.stats = stats;
    this.reader = reader;
  }
  executor;
  acl;
  stats;
  reader;
  /** `asOf` in params (a Neo4j DateTime, see graph/temporal.ts) narrows the view to what was reported by then. */
  async read(cypher, params = {}) {
    const text = await this.prepare(cypher);
    const all = { asOf: null, ...params, ...aclParams(await this.acl()) };
    return this.reader ? this.reader.read(text, all) : this.executor.run("READ", text, all, this.stats);
  }
  async write(cypher, params = {}) {
    const rows = await this.executor.run("WRITE", await this.prepare(cypher), { asOf: null, ...params, ...aclParams(await this.acl()) }, this.stats);
    await this.reader?.end();
    return rows;
  }
  // A statement that forgot the rule for any record it binds is a bug we refuse to run, not a leak we
  // discover later (aclGuard.ts: every node and relationship variable under ACL(...) or declared exempt).
  async prepare(cypher) {
    assertAclCoverage(cypher);
    return expandAcl(cypher);
  }
}
export {
  GraphExecutor,
  ViewerGraph,
  newBookmarks,
  withStatementScope
};
