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
import { OUTBOX_HEAD } from './outbox.js';
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

/** One poll of the outbox head per interval for the whole process, however many subscribers wait. */
export class OutboxWatcher {
  private head = 0;
  private waiters = new Set<{ after: number; wake: () => void }>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private again = false;

  constructor(private readonly executor: GraphExecutor, private readonly intervalMs: number) {}

  /** Resolves once the outbox holds a change after `after`, or when `signal` aborts. */
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
      const [row] = await this.executor.trustedRead(OUTBOX_HEAD);
      this.head = Math.max(this.head, Number(row?.head ?? 0));
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
 * retracted records; auth/aclCache.ts viewKey) that wait at the same feed position share one read:
 * the page of all the agency's watches, records included, which each subscriber then narrows to the
 * watches it asked for. A hundred analysts each following their own watch cost one read per
 * position, not a hundred. Each subscriber's delivery is still audited as its own; an entry lives
 * only while its read runs.
 */
type Page = { alerts: AlertModel[]; next: FeedPosition };
/** One read in flight: its page, and the same page with records once a subscriber asks for them. */
type Shared = { page: Promise<Page>; withRecords?: Promise<Page> };

export class SharedReads {
  private readonly inFlight = new Map<string, Shared>();

  /**
   * `records`: the subscriber's selection asks for the alerts' records. They are resolved once per
   * shared read, and only when some subscriber asks: a thousand records per import batch that no
   * subscriber shows are not read at all.
   */
  read(ctx: Context, watchIds: readonly string[] | null | undefined, pos: FeedPosition, records = true): Promise<Page> {
    const key = JSON.stringify([viewKey(ctx.viewer), pos.seq, pos.watch]);
    let shared = this.inFlight.get(key);
    if (!shared) {
      const entry: Shared = { page: readPage(ctx, null, pos, PAGE).then(({ feed, next }) => ({ alerts: feed.alerts, next })) };
      this.inFlight.set(key, entry);
      const forget = () => {
        if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
      };
      // Subscribers join while the read runs; whoever asks for records asks before it ends.
      entry.page.then(() => entry.withRecords).then(forget, forget);
      shared = entry;
    }
    const page = records
      ? (shared.withRecords ??= shared.page.then(async ({ alerts, next }) => ({ alerts: await resolveRecords(ctx, alerts), next })))
      : shared.page;
    if (!watchIds) return page;
    const wanted = new Set(watchIds);
    return page.then(({ alerts, next }) => ({ alerts: alerts.filter((a) => wanted.has(a.watch.id)), next }));
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
    await deps.watcher.waitPast(pos.seq, signal);
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
    pos = next;
  }
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
