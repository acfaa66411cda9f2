// Live alerts for one subscriber: wait until the outbox moves past its position, read the feed with
// a fresh per-read context (so the view, and any agreement revoked since, is that of this moment),
// hand the alerts out one by one. Nothing is buffered for a subscriber: graphql-ws waits until the
// socket has taken one alert before it asks for the next, so a slow reader holds at most one alert
// and reads the outbox later from where it stopped; writers are never held up by readers. A socket
// that takes longer than `slowMs` to accept an alert ends the subscription with SLOW_SUBSCRIBER and
// the cursor to resume from; one that accepts nothing for 3 × `slowMs` is cut off.
import type { Context } from '../context.js';
import type { GraphExecutor } from '../graph/executor.js';
import { readPage, startPosition } from './feed.js';
import type { FeedPosition } from './cursor.js';
import { LAST_VISIBLE_CHANGE } from './queries.js';
import { int } from '../graph/params.js';
import type { AlertModel } from './models.js';
import { loadAll } from '../records/loaders.js';
import { viewKey } from '../auth/aclCache.js';
import { skeinError, ErrorCode } from '../errors.js';

/** Watchers of this process with subscribers waiting: a write committed here wakes them at once. */
const awake = new Set<OutboxWatcher>();
const instrumented = new WeakSet<GraphExecutor>();

/**
 * After every write this process commits through `executor`, the waiting subscribers look at the
 * outbox head at once instead of at the next poll (writes of other processes: at the next poll).
 */
export function wakeOnWrites(executor: GraphExecutor): void {
  if (instrumented.has(executor)) return;
  instrumented.add(executor);
  executor.instrument(async ({ mode }, next) => {
    const result = await next();
    if (mode === 'WRITE') for (const w of awake) w.nudge();
    return result;
  });
}

/** Alerts per shared read (all of an agency's watches): a change touching many watches is one or two reads. */
const PAGE = 500;

/**
 * One poll of the outbox per interval for the whole process, however many subscribers wait. It
 * follows the newest change a read can find, not the outbox counter (queries.ts LAST_VISIBLE_CHANGE): a
 * subscriber is woken when there is something to read.
 */
export class OutboxWatcher {
  private head = 0;
  private waiters = new Set<{ after: number; wake: () => void }>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private again = false;

  constructor(private readonly executor: GraphExecutor, private readonly intervalMs: number) {}

  /** Resolves once a read can find a change after `after`, or when `signal` aborts. */
  async waitPast(after: number, signal: AbortSignal): Promise<void> {
    if (this.head > after || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const waiter = { after, wake: () => { this.waiters.delete(waiter); signal.removeEventListener('abort', waiter.wake); resolve(); } };
      this.waiters.add(waiter);
      signal.addEventListener('abort', waiter.wake, { once: true });
      this.start();
    });
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    awake.delete(this);
    for (const w of [...this.waiters]) w.wake();
  }

  /** A write committed in this process: look now (again after a look already under way). */
  nudge(): void {
    if (this.waiters.size === 0) return;
    if (this.polling) this.again = true;
    else void this.poll();
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
    awake.add(this);
    void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = true;
    this.again = false;
    try {
      const [row] = await this.executor.trustedRead(LAST_VISIBLE_CHANGE, { after: int(this.head), upto: int(Number.MAX_SAFE_INTEGER) });
      if (row) this.head = Math.max(this.head, Number(row.last));
      for (const w of [...this.waiters]) if (this.head > w.after) w.wake();
      if (this.waiters.size === 0) this.stop();
    } catch {
      // The database is away: keep the waiters, try again at the next tick.
    } finally {
      this.polling = false;
      if (this.again && this.timer) void this.poll();
    }
  }
}

/**
 * Subscribers with the same view (one agency, and ADMIN or not: an ADMIN also sees its agency's
 * retracted records; auth/aclCache.ts viewKey) share their live reads: the page of all the agency's
 * watches at one feed position, records included when asked, read once and narrowed by each
 * subscriber to the watches it asked for. A hundred analysts each following their own watch cost one
 * read per position, not a hundred. Each subscriber's delivery is still audited as its own.
 *
 * The reads form one chain per view, one read in flight at a time, each taking every change
 * committed since the last one (under a bulk load: one read per wake-up, however many batches
 * committed meanwhile). A finished read is kept for `keepMs`: the subscribers that were still handing
 * out the previous page's alerts when it ended take it when they come back, instead of starting a
 * second read at the same position (whose subscribers would then stand at another position than the
 * rest, with reads of their own for every later change). A subscriber
 * off the chain (a resumed cursor, one that fell behind) reads on its own but stops where a read of the
 * chain starts, and joins it there. A kept page is handed out at most `keepMs` after its read ended:
 * a page read with a view since narrowed is never handed out later than that (docs/watches.md).
 */
type Page = { alerts: AlertModel[]; next: FeedPosition };
/** One read: its page, and the same page with records once a subscriber asks for them. */
type Shared = { view: string; from: FeedPosition; page: Promise<Page>; withRecords?: Promise<Page>; next?: FeedPosition; doneAt?: number };

/** How long a finished live read is kept for the subscribers of its position (SharedReads). */
export const KEEP_MS = 1000;

const samePosition = (a: FeedPosition, b: FeedPosition) => a.seq === b.seq && a.watch === b.watch;

export class SharedReads {
  private readonly reads = new Map<string, Shared>();

  constructor(private readonly keepMs = KEEP_MS, private readonly now: () => number = Date.now) {}

  /**
   * `records`: the subscriber's selection asks for the alerts' records. They are resolved once per
   * shared read, and only when some subscriber asks: a thousand records per import batch that no
   * subscriber shows are not read at all.
   */
  read(ctx: Context, watchIds: readonly string[] | null | undefined, pos: FeedPosition, records = true): Promise<Page> {
    this.prune();
    const view = viewKey(ctx.viewer);
    const key = JSON.stringify([view, pos.seq, pos.watch]);
    let shared = this.reads.get(key);
    if (!shared) {
      const until = this.chainStartAfter(view, pos.seq);
      const entry: Shared = { view, from: pos, page: readPage(ctx, null, pos, PAGE, until).then(({ feed, next }) => ({ alerts: feed.alerts, next })) };
      this.reads.set(key, entry);
      const forget = () => {
        if (this.reads.get(key) === entry) this.reads.delete(key);
      };
      entry.page.then(({ next }) => {
        // A read that found nothing it could pass (the newest change not visible yet) is not kept:
        // the next look must read again.
        if (samePosition(next, pos)) forget();
        else Object.assign(entry, { next, doneAt: this.now() });
      }, forget);
      shared = entry;
    }
    const page = records
      ? (shared.withRecords ??= shared.page.then(async ({ alerts, next }) => ({ alerts: await resolveRecords(ctx, alerts), next })))
      : shared.page;
    if (!watchIds) return page;
    const wanted = new Set(watchIds);
    return page.then(({ alerts, next }) => ({ alerts: alerts.filter((a) => wanted.has(a.watch.id)), next }));
  }

  /** The first position after `seq` where a read of this view starts or will start (the chain). */
  private chainStartAfter(view: string, seq: number): number | undefined {
    let first: number | undefined;
    for (const r of this.reads.values()) {
      if (r.view !== view) continue;
      for (const p of [r.from, r.next]) if (p && p.watch === null && p.seq > seq && (first === undefined || p.seq < first)) first = p.seq;
    }
    return first;
  }

  private prune(): void {
    const oldest = this.now() - this.keepMs;
    for (const [key, r] of this.reads) if (r.doneAt !== undefined && r.doneAt < oldest) this.reads.delete(key);
  }
}

/** What a subscriber asked: its watches, its resume cursor, and whether its selection shows records. */
export interface StreamArgs {
  watchIds?: readonly string[] | null;
  after?: string | null;
  records?: boolean;
}

export interface StreamDeps {
  watcher: OutboxWatcher;
  shared: SharedReads;
  /** A new per-read context for the same viewer: fresh ACL map and loaders each time. */
  freshContext: () => Context;
  /** Audits what a read handed out (HTTP requests are audited by the server plugin instead). */
  delivered: (ctx: Context, recordIds: string[]) => void;
  /** Longest time the subscriber's socket may take to accept one alert (SKEIN_WATCH_SLOW_MS); none: no bound. */
  slowMs?: number;
  /** Cuts the subscriber's connection off (its socket accepted nothing for `cutAfterMs`). */
  cutOff?: () => void;
  /** Default 3 × slowMs. */
  cutAfterMs?: number;
  /** Told +1 when a stream starts and -1 when it ends, however it ends. */
  tally?: (delta: 1 | -1) => void;
}

/** The subscription ends: the subscriber reads on from `cursor` (the last alert it was sent) with the feed. */
export function slowSubscriber(cursor: string, slowMs: number) {
  return skeinError(
    ErrorCode.SLOW_SUBSCRIBER,
    `your connection took more than ${slowMs / 1000} s to accept an alert, so this subscription ends here: nothing is lost. ` +
      'Read on with the feed, query alerts(after: cursor), or subscribe again with after: cursor',
    { cursor },
  );
}

export async function* alertStream(deps: StreamDeps, args: StreamArgs, signal: AbortSignal): AsyncGenerator<AlertModel> {
  deps.tally?.(1);
  try {
    yield* follow(deps, args, signal);
  } finally {
    deps.tally?.(-1);
  }
}

async function* follow(deps: StreamDeps, args: StreamArgs, signal: AbortSignal): AsyncGenerator<AlertModel> {
  let pos = await withFresh(deps, (ctx) => startPosition(ctx, args.after, true));
  while (!signal.aborted) {
    // Inside a change (a page cut among its alerts) the rest of it is readable now: no waiting.
    if (pos.watch === null) await deps.watcher.waitPast(pos.seq, signal);
    if (signal.aborted) return;
    const { alerts, next } = await withFresh(deps, async (ctx) => {
      const page = await deps.shared.read(ctx, args.watchIds, pos, args.records ?? true);
      if (page.alerts.length) deps.delivered(ctx, page.alerts.flatMap((a) => a.recordIds));
      return page;
    });
    for (const alert of alerts) {
      const handed = Date.now();
      const cut = deps.slowMs && deps.cutOff ? setTimeout(deps.cutOff, deps.cutAfterMs ?? deps.slowMs * 3) : undefined;
      try {
        yield alert; // resumed once graphql-ws has sent it and asks for the next
      } finally {
        clearTimeout(cut);
      }
      if (deps.slowMs && Date.now() - handed > deps.slowMs) throw slowSubscriber(alert.cursor, deps.slowMs);
    }
    // Nothing passable yet (the newest change is counted but not yet readable): look again shortly.
    if (samePosition(next, pos)) await pause(NOT_YET_MS, signal);
    pos = next;
  }
}

/** How long a live reader waits before it looks again at a change counted but not yet readable. */
const NOT_YET_MS = 25;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Each read of a live stream is a request of its own: a fresh context (the view of this moment) whose
 * one read transaction is ended when the read is done, never held open between alerts.
 */
async function withFresh<T>(deps: StreamDeps, work: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = deps.freshContext();
  try {
    return await work(ctx);
  } finally {
    await ctx.end();
  }
}

/** The alerts' records, read with the same view as the alerts, before that view's transaction ends. */
async function resolveRecords(ctx: Context, alerts: AlertModel[]): Promise<AlertModel[]> {
  const ids = [...new Set(alerts.flatMap((a) => a.nodeIds))];
  const loaded = await loadAll(ctx.records.byId, ids);
  const byId = new Map(loaded.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  return alerts.map((a) => ({ ...a, records: a.nodeIds.flatMap((id) => byId.get(id) ?? []) }));
}
