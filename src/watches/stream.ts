// Live alerts for one subscriber: wait until the outbox moves past its position, read the feed with
// a fresh per-read context (so the view, and any agreement revoked since, is that of this moment),
// hand the alerts out one by one. Nothing is buffered for a subscriber: a slow one simply reads
// later from where it stopped, so writers are never held up by readers.
import type { Context } from '../context.js';
import type { GraphExecutor } from '../graph/executor.js';
import { readPage, startPosition } from './feed.js';
import type { FeedPosition } from './cursor.js';
import { OUTBOX_HEAD } from './outbox.js';
import type { AlertModel } from './models.js';
import { loadAll } from '../records/loaders.js';

/** Alerts per shared read (all of an agency's watches): a change touching many watches is one or two reads. */
const PAGE = 500;

/** One poll of the outbox head per interval for the whole process, however many subscribers wait. */
export class OutboxWatcher {
  private head = 0;
  private waiters = new Set<{ after: number; wake: () => void }>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

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
    for (const w of [...this.waiters]) w.wake();
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
    void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const [row] = await this.executor.trustedRead(OUTBOX_HEAD);
      this.head = Math.max(this.head, Number(row?.head ?? 0));
      for (const w of [...this.waiters]) if (this.head > w.after) w.wake();
      if (this.waiters.size === 0) this.stop();
    } catch {
      // The database is away: keep the waiters, try again at the next tick.
    } finally {
      this.polling = false;
    }
  }
}

/**
 * Subscribers of one agency that wait at the same feed position share one read: the page of all the
 * agency's watches, records included (the view is the agency's: the ACL map depends on the agency
 * alone), which each subscriber then narrows to the watches it asked for. A hundred analysts each
 * following their own watch cost one read per position, not a hundred. Each subscriber's delivery is
 * still audited as its own; an entry lives only while its read runs.
 */
type Page = { alerts: AlertModel[]; next: FeedPosition };

export class SharedReads {
  private readonly inFlight = new Map<string, Promise<Page>>();

  read(ctx: Context, watchIds: readonly string[] | null | undefined, pos: FeedPosition): Promise<Page> {
    const key = JSON.stringify([ctx.viewer.agency, pos.seq, pos.watch]);
    let page = this.inFlight.get(key);
    if (!page) {
      page = readPage(ctx, null, pos, PAGE).then(async ({ feed, next }) => ({ alerts: await resolveRecords(ctx, feed.alerts), next }));
      this.inFlight.set(key, page);
      const forget = () => this.inFlight.delete(key);
      page.then(forget, forget);
    }
    if (!watchIds) return page;
    const wanted = new Set(watchIds);
    return page.then(({ alerts, next }) => ({ alerts: alerts.filter((a) => wanted.has(a.watch.id)), next }));
  }
}

export interface StreamDeps {
  watcher: OutboxWatcher;
  shared: SharedReads;
  /** A new per-read context for the same viewer: fresh ACL map and loaders each time. */
  freshContext: () => Context;
  /** Audits what a read handed out (HTTP requests are audited by the server plugin instead). */
  delivered: (ctx: Context, recordIds: string[]) => void;
}

export async function* alertStream(deps: StreamDeps, args: { watchIds?: readonly string[] | null; after?: string | null }, signal: AbortSignal): AsyncGenerator<AlertModel> {
  let pos = await withFresh(deps, (ctx) => startPosition(ctx, args.after, true));
  while (!signal.aborted) {
    await deps.watcher.waitPast(pos.seq, signal);
    if (signal.aborted) return;
    const { alerts, next } = await withFresh(deps, async (ctx) => {
      const page = await deps.shared.read(ctx, args.watchIds, pos);
      if (page.alerts.length) deps.delivered(ctx, page.alerts.flatMap((a) => a.recordIds));
      return page;
    });
    for (const alert of alerts) yield alert;
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
