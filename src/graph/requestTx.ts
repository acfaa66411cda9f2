// One read transaction per request: every read statement of a request shares it, so a lookup with
// nested connections costs one transaction (one BEGIN/COMMIT, one session, one pooled connection)
// instead of one per statement. Opened lazily on the first read, committed at the end of the request.
//
// A request whose one statement is known in advance (a lookup compiled whole: records/prefetch.ts
// soleStatement) runs it as an auto-commit transaction instead: the server commits it with the
// statement, sparing the BEGIN and COMMIT messages and their work on both sides. Still one transaction.
//
// Writes stay separate managed transactions (executor.run). After a write the shared transaction is
// retired, and the next read opens a new one with the write's bookmarks, so a request reads its own
// writes on any cluster member.
import { type Record as DriverRecord, type Session, type Transaction } from 'neo4j-driver';
import { toPlain } from './convert.js';
import { withoutTrace } from './driver.js';
import { mapDriverError } from './errors.js';
import { ACL_VERSION_GUARD, isStaleViewFailure } from './acl.js';
import type { GraphExecutor, Params, Row, QueryStats, StatementScope } from './executor.js';

// A context nobody ends (a CLI, a subscription's check, a test calling services directly) must not pin a
// connection: the transaction commits itself once no statement has run for this long.
const IDLE_CLOSE_MS = 250;
// A request the server ends when its answer is sent (ownedByRequest) keeps its transaction across pauses
// between statements (a statement waiting for its turn, scoring between two reads on a busy box: the
// full suite on a slow CI machine once found two transactions in a screening request). Only a safety
// net, for a path that never reaches the end: it then pins the connection this long, no longer.
const OWNED_IDLE_CLOSE_MS = 10_000;

interface Open {
  session: Session;
  tx: Transaction;
  pending: Set<Promise<unknown>>;
  /** Epoch ms when the server will stop the transaction. */
  expiresAt: number;
  /** Its full timeout, ms. */
  timeoutMs: number;
}

/** Rows converted between two turns of the event loop. */
const ROWS_PER_TURN = 500;

/**
 * Large results are converted a slice at a time, letting other requests run in between: converting a
 * 10,000-node network's rows in one go held the event loop for every request of the process.
 */
async function plainRows(records: DriverRecord[]): Promise<Row[]> {
  const rows = new Array<Row>(records.length);
  for (let i = 0; i < records.length; i += ROWS_PER_TURN) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const end = Math.min(i + ROWS_PER_TURN, records.length);
    for (let j = i; j < end; j++) rows[j] = toPlain(records[j]!.toObject()) as Row;
  }
  return rows;
}

export class RequestReader {
  private open: Open | undefined;
  private idle: NodeJS.Timeout | undefined;
  /** The scope's write count when the open transaction began. */
  private openedAt = 0;
  /** Whether any statement has run: only a request's first statement can be its sole one. */
  private used = false;
  private idleCloseMs = IDLE_CLOSE_MS;

  constructor(
    private readonly executor: GraphExecutor,
    private readonly stats: QueryStats,
  ) {}

  /**
   * Runs one read statement in the request's transaction (opened on first use); `counted`: in
   * stats.queries. `sole`: the caller knows no other statement follows; as the request's first, it then
   * runs in an auto-commit transaction (a wrong claim costs a second transaction, never a wrong answer).
   */
  async read(cypher: string, params: Params, counted = true, sole = false): Promise<Row[]> {
    if (counted) this.stats.queries += 1;
    const first = !this.used;
    this.used = true;
    if (sole && first && !this.open) return this.executor.hooked('READ', () => this.autoCommit(cypher, params));
    return this.executor.hooked('READ', () => this.inShared(cypher, params));
  }

  /**
   * The caller will call end() once the request is answered (the server's plugin, server.ts): the
   * transaction is then not committed early for want of statements, only by end() or the safety net.
   */
  ownedByRequest(): void {
    this.idleCloseMs = OWNED_IDLE_CLOSE_MS;
  }

  /** Commits and closes the transaction; the next read (if any) opens a new one. */
  async end(): Promise<void> {
    const open = this.open;
    this.open = undefined;
    if (this.idle) clearTimeout(this.idle);
    if (open) await retire(open);
  }

  private async inShared(cypher: string, params: Params, again = true): Promise<Row[]> {
    const scope = this.executor.scope();
    const open = this.begin(scope);
    const work = withoutTrace(() => open.tx.run(cypher, params)).then((r) => r.records);
    open.pending.add(work);
    try {
      const records = await this.executor.untilDeadline(work, scope);
      return await plainRows(records);
    } catch (err) {
      // A failed statement rolls the whole transaction back: later reads start a fresh one.
      if (this.open === open) this.open = undefined;
      void retire(open);
      // A statement with a cached ACL view failed its version check (graph/acl.ts) and took this
      // transaction down with it: a statement without that check is not at fault and runs again, once.
      if (again && isStaleViewFailure(err) && !cypher.startsWith(ACL_VERSION_GUARD)) return this.inShared(cypher, params, false);
      throw mapDriverError(err);
    } finally {
      open.pending.delete(work);
      this.armIdleClose(open);
    }
  }

  private async autoCommit(cypher: string, params: Params): Promise<Row[]> {
    const scope = this.executor.scope();
    const timeout = this.executor.timeoutWithin(scope);
    const session = this.executor.session('READ');
    this.stats.transactions = (this.stats.transactions ?? 0) + 1;
    this.stats.autoCommits = (this.stats.autoCommits ?? 0) + 1;
    try {
      const work = withoutTrace(() => session.run(cypher, params, { timeout })).then((r) => r.records);
      // The session is closed once the statement is done, also when the request stops waiting for it.
      void work.catch(() => undefined).finally(() => session.close().catch(() => undefined));
      return await plainRows(await this.executor.untilDeadline(work, scope));
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  private begin(scope: StatementScope | undefined): Open {
    // A write committed since this transaction began: its bookmarks are not in it, so start anew. And
    // the server's timeout is per transaction: a statement starting when less than half of it is left
    // (a long request) gets a fresh one, so no statement has less than half the per-query budget.
    const open = this.open;
    // Also when it failed (a statement's error rolls it back before that statement's caller hears of it).
    if (open && (!open.tx.isOpen() || (scope?.writes ?? 0) > this.openedAt || open.expiresAt - Date.now() < open.timeoutMs / 2)) {
      void retire(open);
      this.open = undefined;
    }
    if (this.open) return this.open;
    const session = this.executor.session('READ');
    const timeoutMs = this.executor.timeoutWithin(scope);
    const tx = session.beginTransaction({ timeout: timeoutMs });
    this.stats.transactions = (this.stats.transactions ?? 0) + 1;
    this.openedAt = scope?.writes ?? 0;
    this.open = { session, tx, pending: new Set(), expiresAt: Date.now() + timeoutMs, timeoutMs };
    return this.open;
  }

  private armIdleClose(open: Open): void {
    if (this.idle) clearTimeout(this.idle);
    if (open.pending.size > 0 || this.open !== open) return;
    this.idle = setTimeout(() => {
      if (this.open === open && open.pending.size === 0) void this.end();
    }, this.idleCloseMs);
    this.idle.unref();
  }
}

// Commits once every statement still streaming has finished; a read-only commit cannot lose data,
// so a failure here is only logged away (the answers were already delivered).
async function retire(open: Open): Promise<void> {
  await Promise.allSettled([...open.pending]);
  try {
    // The commit's result is made like a statement's, stack trace included (2.3 % of the API's CPU under
    // `neighbourhood` requests, CPU profile 2026-12-05): without it, as in inShared.
    if (open.tx.isOpen()) await withoutTrace(() => open.tx.commit());
  } catch {
    // the transaction was already rolled back by a failed statement or the server's timeout
  } finally {
    await open.session.close().catch(() => undefined);
  }
}
