import { badInput } from "../errors.js";
import { int } from "../graph/params.js";
import { cursorKey, openPosition, sealPosition } from "./cursor.js";
import { OUTBOX_HEAD } from "./outbox.js";
import { ALERTS, WATCHES_OF_AGENCY } from "./queries.js";
import { toWatch } from "./service.js";
const FEED_FIRST = { default: 100, max: 500 };
const SCAN_WINDOW = 1e3;
async function outboxHead(ctx) {
  const [row] = await ctx.executor.trustedRead(OUTBOX_HEAD);
  return Number(row?.head ?? 0);
}
async function startPosition(ctx, after, fromNow) {
  if (after) return openPosition(await cursorKey(ctx.executor), ctx.viewer.agency, after);
  return { seq: fromNow ? await outboxHead(ctx) : 0, watch: null };
}
async function sealFor(ctx, pos) {
  return sealPosition(await cursorKey(ctx.executor), ctx.viewer.agency, pos);
}
async function watchesOf(ctx, watchIds) {
  const all = (await ctx.executor.trustedRead(WATCHES_OF_AGENCY, { agency: ctx.viewer.agency })).map(toWatch);
  const wanted = watchIds ? new Set(watchIds) : null;
  return new Map(all.filter((w) => !wanted || wanted.has(w.id)).map((w) => [w.id, w]));
}
async function readFeed(ctx, args) {
  const first = args.first ?? FEED_FIRST.default;
  if (!Number.isInteger(first) || first < 1 || first > FEED_FIRST.max) throw badInput(`first: 1 to ${FEED_FIRST.max}`, "first");
  const from = await startPosition(ctx, args.after, false);
  return readFrom(ctx, args.watchIds, from, first);
}
async function readFrom(ctx, watchIds, from, first) {
  const { feed } = await readPage(ctx, watchIds, from, first);
  return feed;
}
async function readPage(ctx, watchIds, from, first) {
  const head = await outboxHead(ctx);
  const upto = Math.min(head, from.seq + SCAN_WINDOW);
  const watches = await watchesOf(ctx, watchIds);
  if (watches.size === 0 || upto <= from.seq) {
    const done = upto > from.seq ? { seq: upto, watch: null } : from;
    return { feed: { alerts: [], cursor: await sealFor(ctx, done), hasMore: upto < head }, next: done };
  }
  const rows = await ctx.graph.read(ALERTS, {
    afterSeq: int(from.seq),
    afterWatch: from.watch,
    upto: int(upto),
    watchIds: [...watches.keys()],
    limit: int(first + 1)
  });
  const cut = rows.length > first;
  const alerts = [];
  let lastPos = { seq: upto, watch: null };
  for (const r of rows.slice(0, first)) {
    const pos = lastPos = { seq: Number(r.seq), watch: String(r.watchId) };
    alerts.push({
      cursor: await sealFor(ctx, pos),
      watch: watches.get(pos.watch),
      change: String(r.change),
      at: r.at.toISOString(),
      recordIds: r.ids,
      nodeIds: [...new Set(r.ends)]
    });
  }
  ctx.audit.add(alerts.flatMap((a) => a.recordIds));
  const next = cut ? lastPos : { seq: upto, watch: null };
  return { feed: { alerts, cursor: await sealFor(ctx, next), hasMore: cut || upto < head }, next };
}
export {
  FEED_FIRST,
  SCAN_WINDOW,
  outboxHead,
  readFeed,
  readFrom,
  readPage,
  sealFor,
  startPosition
};
