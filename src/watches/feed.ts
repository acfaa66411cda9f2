// The alert feed: changes after a cursor, matched to the agency's watches through their coverage
// and filtered with the reader's view at the moment of reading.
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { int } from '../graph/params.js';
import { cursorKey, openPosition, sealPosition, type FeedPosition } from './cursor.js';
import type { AlertFeedModel, AlertModel, WatchModel } from './models.js';
import { OUTBOX_HEAD } from './outbox.js';
import { ALERTS, LAST_VISIBLE_CHANGE, WATCHES_OF_AGENCY } from './queries.js';
import { toWatch } from './service.js';
import { RouteMatcher } from './routeMatch.js';

export const FEED_FIRST = { default: 100, max: 500 } as const;
/** Changes examined per read: a feed far behind catches up page by page, each read bounded. */
export const SCAN_WINDOW = 1000;

/** The outbox head, read in the request's own read transaction (no transaction of its own). */
export async function outboxHead(ctx: Pick<Context, 'trustedRead'>): Promise<number> {
  const [row] = await ctx.trustedRead(OUTBOX_HEAD, {});
  return Number(row?.head ?? 0);
}

/** Where a reader starts: its cursor, or (none given) the beginning or the present. */
export async function startPosition(ctx: Context, after: string | null | undefined, fromNow: boolean): Promise<FeedPosition> {
  if (after) return openPosition(await cursorKey(ctx.executor), ctx.viewer.agency, after);
  return { seq: fromNow ? await outboxHead(ctx) : 0, watch: null };
}

export async function sealFor(ctx: Context, pos: FeedPosition): Promise<string> {
  return sealPosition(await cursorKey(ctx.executor), ctx.viewer.agency, pos);
}

/** The agency's watches, narrowed to `watchIds` when given; ids of other agencies are simply absent. */
async function watchesOf(ctx: Context, watchIds: readonly string[] | null | undefined): Promise<Map<string, WatchModel>> {
  const all = (await ctx.trustedRead(WATCHES_OF_AGENCY, { agency: ctx.viewer.agency })).map(toWatch);
  const wanted = watchIds ? new Set(watchIds) : null;
  return new Map(all.filter((w) => !wanted || wanted.has(w.id)).map((w) => [w.id, w]));
}

export async function readFeed(ctx: Context, args: { watchIds?: readonly string[] | null; after?: string | null; first?: number | null }): Promise<AlertFeedModel> {
  const first = args.first ?? FEED_FIRST.default;
  if (!Number.isInteger(first) || first < 1 || first > FEED_FIRST.max) throw badInput(`first: 1 to ${FEED_FIRST.max}`, 'first');
  const from = await startPosition(ctx, args.after, false);
  return readFrom(ctx, args.watchIds, from, first);
}

export async function readFrom(ctx: Context, watchIds: readonly string[] | null | undefined, from: FeedPosition, first: number): Promise<AlertFeedModel> {
  const { feed } = await readPage(ctx, watchIds, from, first);
  return feed;
}

/**
 * One page of the feed and the position after it. `until`: examine no change past this sequence (a
 * live reader joining the reads of the other subscribers stops where one of theirs starts).
 */
export async function readPage(ctx: Context, watchIds: readonly string[] | null | undefined, at: FeedPosition, first: number, until?: number): Promise<{ feed: AlertFeedModel; next: FeedPosition }> {
  const head = await outboxHead(ctx);
  const watches = await watchesOf(ctx, watchIds);
  // A watch matches only changes after its creation: a reader starts no earlier than its oldest watch.
  const floor = watches.size ? Math.min(...[...watches.values()].map((w) => w.createdSeq)) : 0;
  const from: FeedPosition = at.seq < floor ? { seq: floor, watch: null } : at;
  const window = Math.min(head, from.seq + SCAN_WINDOW, until ?? head);
  const [seen] = window > from.seq ? await ctx.trustedRead(LAST_VISIBLE_CHANGE, { after: int(from.seq), upto: int(window) }) : [];
  const upto = seen?.last == null ? from.seq : Number(seen.last);
  // A position inside a change (a page cut among its alerts): the rest of that change is there to
  // read, even when no later change is.
  const within = from.watch !== null;
  if (watches.size === 0 || (upto <= from.seq && !within)) {
    const done = upto > from.seq ? { seq: upto, watch: null } : from;
    return { feed: { alerts: [], cursor: await sealFor(ctx, done), hasMore: upto < head }, next: done };
  }
  const rows = await ctx.graph.read(ALERTS, {
    afterSeq: int(from.seq), afterWatch: from.watch, upto: int(upto), watchIds: [...watches.keys()], limit: int(first + 1),
  });
  const cut = rows.length > first;
  const alerts: AlertModel[] = [];
  let lastPos: FeedPosition = { seq: upto, watch: null };
  const routes = new RouteMatcher(ctx);
  for (const r of rows.slice(0, first)) {
    const pos = (lastPos = { seq: Number(r.seq), watch: String(r.watchId) });
    const watch = watches.get(pos.watch)!;
    let items = r.items as Array<[string, string, string]>;
    if (watch.route) {
      // A ROUTE watch's place was touched; it alerts only for legs of a journey that now matches.
      const legs = await routes.matchingLegs(watch.route, items.map(([, from]) => from));
      items = items.filter(([, from]) => legs.has(from));
      if (items.length === 0) continue;
    }
    alerts.push({
      cursor: await sealFor(ctx, pos), watch, change: String(r.change), at: (r.at as Date).toISOString(),
      recordIds: [...new Set(items.map(([id]) => id))], nodeIds: [...new Set(items.flatMap(([, from, to]) => [from, to]))],
    });
  }
  ctx.audit.add(alerts.flatMap((a) => a.recordIds));
  // A page cut short resumes after its last alert; a complete one after everything it examined.
  const next = cut ? lastPos : { seq: upto, watch: null };
  return { feed: { alerts, cursor: await sealFor(ctx, next), hasMore: cut || upto < head }, next };
}
