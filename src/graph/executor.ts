// The one door to Neo4j: managed transactions, timeouts, routing, bookmarks, the ACL rule and value conversion.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ACL_VERSION_GUARD, aclParams, expandAcl, UNCHECKED_ACL_VERSION, type AclView } from './acl.js';
import { int } from './params.js';
import { assertAclCoverage } from './aclGuard.js';
import { toPlain, type Plain } from './convert.js';
import { mapDriverError, requestTimedOut } from './errors.js';
import { RequestReader } from './requestTx.js';
import { Gate } from './gate.js';
import { withoutTrace } from './driver.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;
export type Mode = 'READ' | 'WRITE';

export interface ExecutorOptions {
  database: string | undefined;
  timeoutMs: number;
  /** Batch statements (ViewerGraph.readAlone) running at once in this process; more wait their turn. Default 4. */
  batchStatements?: number;
}

/** Two per core of a small database server: more at once only share the same CPUs and all finish late. */
export const DEFAULT_BATCH_STATEMENTS = 4;

/** Per-request statistics; tests read them to prove round-trip bounds. */
export interface QueryStats {
  /** Statements run. */
  queries: number;
  /** Transactions opened (managed writes plus the request's shared read transaction). */
  transactions?: number;
  /** Of those, a request's sole statement committed by the server with it (no BEGIN/COMMIT: requestTx.ts). */
  autoCommits?: number;
}

/** Source agency -> highest visible marking rank, for one viewer. */
export type AclMap = Record<string, number>;

/** What ties one request's statements together; set by the HTTP layer, absent for CLIs and scripts. */
export interface StatementScope {
  /** Read-after-write: each transaction waits until the server has applied the request's earlier writes. */
  bookmarks?: BookmarkManager;
  /** Epoch ms: the request's end. A transaction never gets a longer server-side timeout than what is left. */
  deadline?: number;
  /** Aborted at the deadline: a statement still waiting (retries, pool) is abandoned with QUERY_TIMEOUT. */
  signal?: AbortSignal;
  /** Set once a write transaction committed, so the caller knows to hand bookmarks back. */
  wrote?: boolean;
  /** Write transactions committed so far: a shared read transaction older than the last one is retired. */
  writes?: number;
  /**
   * Lends the request's place among those served at once (ops SKEIN_MAX_IN_FLIGHT) while one of its
   * statements waits for a batch place; the function returned takes it back (graph/gate.ts Turn.lend).
   */
  lendTurn?: () => () => void;
}

/**
 * Where a viewer's ACL view comes from when it may be cached (context.ts, auth/aclCache.ts): `guard` is
 * the sharing-state version a cached view was read at, checked inside each statement
 * (ACL_VERSION_GUARD); null for a view read in this request.
 */
export interface ViewSource {
  current(): Promise<{ view: AclView; guard: number | null }>;
  /** A statement run with the view cached at version `stale` failed: re-reads the view; true when it had moved. */
  refresh(stale: number): Promise<boolean>;
}

/** Wraps every transaction (GraphExecutor.instrument): metrics and tracing attach here. */
export type QueryHook = <T>(info: { mode: Mode }, run: () => Promise<T>) => Promise<T>;


/** A bookmark manager for one request, optionally continuing a client's chain of earlier requests. */
export function newBookmarks(initial: string[] = []): BookmarkManager {
  return neo4j.bookmarkManager({ initialBookmarks: initial });
}

export class GraphExecutor {
  private readonly hooks: QueryHook[] = [];
  /** Where batch statements of all requests queue (runBatch). */
  readonly batches: Gate;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {
    this.batches = new Gate(options.batchStatements ?? DEFAULT_BATCH_STATEMENTS);
  }

  get database(): string | undefined {
    return this.options.database;
  }

  /**
   * The process's executor (itself when not bound to a request): what per-process caches are kept by.
   * Set once on the executor `new` makes; a bound one (within) inherits it.
   */
  readonly root: GraphExecutor = this;
  /** The request ties of a bound executor (within); undefined on the process's own. */
  private bound: StatementScope | undefined;

  /**
   * This executor bound to one request's ties (bookmarks, deadline, abort signal): every statement
   * run through it, and through the readers made from it, carries them. Passed explicitly rather than
   * found in an AsyncLocalStorage: under Node 20 that storage hooks every promise of the process
   * (+12-30 % req/s on lookups without it, docs/benchmarks.md).
   */
  within(scope: StatementScope): GraphExecutor {
    return Object.create(this.root, { bound: { value: scope } }) as GraphExecutor;
  }

  /** The request ties of this executor (within), if any. */
  scope(): StatementScope | undefined {
    return this.bound;
  }

  /** A session on the configured database, carrying this executor's request bookmarks (read-after-write). */
  session(mode: Mode): Session {
    const bookmarks = this.bound?.bookmarks;
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(bookmarks ? { bookmarkManager: bookmarks } : {}),
    });
  }

  /** Adds a hook around every transaction; the first added is the outermost. */
  instrument(hook: QueryHook): void {
    this.hooks.push(hook);
  }

  /** Runs a trusted statement (migrations, seeding, agreements): no ACL, never with user-built text. */
  async trustedRead(cypher: string, params: Params = {}, stats?: QueryStats): Promise<Row[]> {
    return this.run('READ', cypher, params, stats);
  }

  async trustedWrite(cypher: string, params: Params = {}, stats?: QueryStats): Promise<Row[]> {
    return this.run('WRITE', cypher, params, stats);
  }

  /**
   * A trusted write of one statement as an auto-commit transaction: the server commits it with the
   * statement, one round trip (RUN and PULL) where a managed transaction takes two (BEGIN, RUN and
   * PULL; then COMMIT). For small writes that requests wait on, one after the other (the outbox's group
   * commit, graph/groupWrite.ts): under load every round trip waits its turn in the event loop, and the
   * second one was most of a screening request's tail (docs/benchmarks.md, session 15). A failure the
   * driver would retry is retried as a managed transaction, with the driver's own retry policy.
   */
  async writeAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    const scope = this.scope();
    try {
      await this.hooked('WRITE', async () => {
        const session = this.session('WRITE');
        try {
          await withoutTrace(() => session.run(cypher, params, { timeout: this.timeoutWithin(scope) }));
        } finally {
          await session.close();
        }
      });
    } catch (err) {
      if (!neo4j.isRetryableError(err)) throw mapDriverError(err);
      await this.trustedWrite(cypher, params);
      return;
    }
    if (scope) {
      scope.wrote = true;
      scope.writes = (scope.writes ?? 0) + 1;
    }
  }

  /**
   * A trusted statement that waits on the server by design (index population after a bulk load): it
   * gets its own timeout, not the per-query one meant for analysts' requests.
   */
  async trustedWait(cypher: string, params: Params, timeoutMs: number): Promise<Row[]> {
    const records = await this.hooked('READ', () => this.inSession('READ', async (tx) => (await withoutTrace(() => tx.run(cypher, params))).records, undefined, timeoutMs));
    return records.map((r) => toPlain(r.toObject()) as Row);
  }

  /** Several trusted writes in one transaction: all or nothing. */
  async trustedWriteAll(steps: Array<{ cypher: string; params: Params }>): Promise<void> {
    await this.transact('WRITE', async (tx) => {
      for (const step of steps) await withoutTrace(() => tx.run(step.cypher, step.params));
    });
  }

  /** The request's shared read transaction (graph/requestTx.ts); the caller ends it with the request. */
  reader(stats: QueryStats): RequestReader {
    return new RequestReader(this, stats);
  }

  /** A viewer-bound reader: every statement must apply ACL(...) and gets the viewer's `$acl`. */
  forViewer(acl: (() => Promise<AclView | AclMap>) | ViewSource, stats: QueryStats, reader?: RequestReader): ViewerGraph {
    return new ViewerGraph(this, acl, stats, reader);
  }

  async run(mode: Mode, cypher: string, params: Params, stats?: QueryStats): Promise<Row[]> {
    if (stats) {
      stats.queries += 1;
      stats.transactions = (stats.transactions ?? 0) + 1;
    }
    const records = await this.transact(mode, async (tx) => (await withoutTrace(() => tx.run(cypher, params))).records);
    return records.map((r) => toPlain(r.toObject()) as Row);
  }

  /**
   * One statement in a transaction of its own, tried once: an unmanaged transaction, so the driver does
   * not run it again after an error, not even after a commit it did not hear back from (its answer then
   * is an error, though the writes may have been committed). For a write that must not run twice and
   * whose caller can find out what a failed try did (ingest/batch.ts, runFreshBatch).
   */
  async runOnce(mode: Mode, cypher: string, params: Params): Promise<Row[]> {
    const scope = this.scope();
    const attempt = () =>
      this.withSession(mode, scope, async (session) => {
        const tx = session.beginTransaction({ timeout: this.timeoutWithin(scope) });
        try {
          const { records } = await withoutTrace(() => tx.run(cypher, params));
          await tx.commit();
          return records.map((r) => toPlain(r.toObject()) as Row);
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => {});
        }
      });
    return this.hooked(mode, () => untilDeadline(attempt(), scope));
  }

  /**
   * A read in a transaction of its own that waits for a place among the process's batch statements
   * (`batches`), at most until the request's deadline; its server-side timeout is what is left then.
   */
  async runBatch(cypher: string, params: Params, stats?: QueryStats): Promise<Row[]> {
    return this.inTurn(() => this.run('READ', cypher, params, stats));
  }

  /**
   * Runs `work` once a place among the batch statements (`batches`) is free, at most until the request's
   * deadline. While it waits, the request lends its place among those served at once, so requests
   * queued at the door are not held up by ones queued here.
   */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    const scope = this.scope();
    return untilDeadline(this.batches.run(work, scope?.signal, scope?.lendTurn), scope);
  }

  /** Runs `attempt` inside every instrumentation hook. */
  hooked<T>(mode: Mode, attempt: () => Promise<T>): Promise<T> {
    const chain = this.hooks.reduceRight<() => Promise<T>>((next, hook) => () => hook({ mode }, next), attempt);
    return chain();
  }

  untilDeadline<T>(work: Promise<T>, scope: StatementScope | undefined): Promise<T> {
    return untilDeadline(work, scope);
  }

  private transact<T>(mode: Mode, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const scope = this.scope();
    return this.hooked(mode, () => untilDeadline(this.inSession(mode, work, scope), scope));
  }

  private async inSession<T>(mode: Mode, work: (tx: ManagedTransaction) => Promise<T>, scope: StatementScope | undefined, timeoutMs?: number): Promise<T> {
    const config = { timeout: timeoutMs ?? this.timeoutWithin(scope) };
    return await this.withSession(mode, scope, (session) => (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config)));
  }

  /** `use` with a session of its own: a write it finishes is counted in the request's scope, a driver error mapped, the session closed. */
  private async withSession<T>(mode: Mode, scope: StatementScope | undefined, use: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    try {
      const result = await use(session);
      if (mode === 'WRITE' && scope) {
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
  timeoutWithin(scope: StatementScope | undefined): number {
    if (scope?.deadline === undefined) return this.options.timeoutMs;
    const left = scope.deadline - Date.now();
    if (left <= 0) throw requestTimedOut();
    return Math.min(this.options.timeoutMs, left);
  }
}

/** Viewer statements as they run, by their text with macros (a bounded set of texts: see aclGuard.ts). */
const prepared = new Map<string, string>();
const MAX_PREPARED = 5_000;

// A statement that forgot the rule for any record it binds is a bug we refuse to run, not a leak we
// discover later (aclGuard.ts: every node and relationship variable under ACL(...) or declared exempt).
// Expanding the rule was ~2 % of the API's CPU under lookups when done per statement (2026-12-05).
function prepare(cypher: string): string {
  let text = prepared.get(cypher);
  if (text === undefined) {
    assertAclCoverage(cypher);
    text = ACL_VERSION_GUARD + expandAcl(cypher);
    if (prepared.size < MAX_PREPARED) prepared.set(cypher, text);
  }
  return text;
}

// A transaction still waiting at the deadline is left to finish on its own; the request answers now.
function untilDeadline<T>(work: Promise<T>, scope: StatementScope | undefined): Promise<T> {
  const signal = scope?.signal;
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(requestTimedOut());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(requestTimedOut());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class ViewerGraph {
  constructor(
    private readonly executor: GraphExecutor,
    private readonly acl: (() => Promise<AclView | AclMap>) | ViewSource,
    readonly stats: QueryStats,
    private readonly reader?: RequestReader,
  ) {}

  /**
   * `asOf` in params (a Neo4j DateTime, see graph/temporal.ts) narrows the view to what was reported by
   * then. `sole`: the caller knows no other statement of this request follows (records/prefetch.ts).
   */
  async read(cypher: string, params: Params = {}, { sole = false } = {}): Promise<Row[]> {
    return this.guarded(cypher, params, (text, all) => (this.reader ? this.reader.read(text, all, true, sole) : this.executor.run('READ', text, all, this.stats)));
  }

  /**
   * A read in a transaction of its own, outside the request's shared one: for long batch statements
   * (screening a manifest) that run side by side and must each have the whole query timeout, not
   * queue behind each other inside one transaction and share its single timeout. They take turns with
   * every request's batch statements (GraphExecutor.runBatch).
   */
  async readAlone(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.guarded(cypher, params, (text, all) => this.executor.runBatch(text, all, this.stats));
  }

  /**
   * A batch statement short enough for the request's shared transaction (a screen of a few rows: one
   * BEGIN and COMMIT for the whole request instead of one more transaction), taking its turn with every
   * request's batch statements like readAlone.
   */
  async readInTurn(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.guarded(cypher, params, (text, all) =>
      this.executor.inTurn(() => (this.reader ? this.reader.read(text, all) : this.executor.run('READ', text, all, this.stats))),
    );
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    const rows = await this.guarded(cypher, params, (text, all) => this.executor.run('WRITE', text, all, this.stats));
    // Later reads of this request see the write in a transaction that begins after it.
    await this.reader?.end();
    return rows;
  }

  // A statement with a cached view carries its version; if the sharing state moved since, the
  // statement fails before reading or writing anything and runs again with the view read afresh.
  private async guarded(cypher: string, params: Params, run: (text: string, all: Params) => Promise<Row[]>): Promise<Row[]> {
    const text = prepare(cypher);
    const source = this.acl;
    // Every statement carries the guard, checked only with a cached view: one text, one plan (acl.ts).
    if (typeof source === 'function') return run(text, { asOf: null, ...params, ...aclParams(await source()), aclVersion: int(UNCHECKED_ACL_VERSION) });
    const { view, guard } = await source.current();
    try {
      return await run(text, { asOf: null, ...params, ...aclParams(view), aclVersion: int(guard ?? UNCHECKED_ACL_VERSION) });
    } catch (err) {
      if (guard === null || !(await source.refresh(guard))) throw err;
      // The view just re-read is current for this statement: run unchecked, in the same text (one plan).
      const fresh = await source.current();
      return run(text, { asOf: null, ...params, ...aclParams(fresh.view), aclVersion: int(UNCHECKED_ACL_VERSION) });
    }
  }
}
