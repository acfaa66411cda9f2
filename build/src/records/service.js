import { ID_PATTERN } from "../model/graphModel.js";
import { badInput } from "../errors.js";
import { parsePage, toConnection } from "../connections/paging.js";
import { toEntity } from "./mapRecord.js";
import { LIST_BY_TYPE } from "./queries.js";
import { int } from "../graph/params.js";
import { toNeoDateTime } from "../graph/temporal.js";
import { OPEN_WINDOW, windowParams } from "../time/window.js";
import { NOW, viewOf, viewParams } from "./view.js";
import { loadAll } from "./loaders.js";
const MAX_IDS = 100;
function checkId(id, argument = "id") {
  if (!ID_PATTERN.test(id)) throw badInput(`\`${argument}\` is not a valid record id`, argument);
  return id;
}
async function findNode(ctx, id, view = NOW) {
  return ctx.records.byIdAt(view).load(checkId(id));
}
async function findNodes(ctx, ids, view = NOW) {
  if (ids.length > MAX_IDS) throw badInput(`at most ${MAX_IDS} ids per call`, "ids");
  ids.forEach((id) => checkId(id, "ids"));
  return loadAll(ctx.records.byIdAt(view), ids);
}
async function findTyped(ctx, type, id, view = NOW) {
  const found = await findNode(ctx, id, view);
  return found?.type === type ? found : null;
}
async function listByType(ctx, type, args) {
  const page = parsePage(args.first, args.after);
  const view = viewOf(args.asOf);
  const params = { skip: int(page.skip), first: int(page.first), ...viewParams(view), ...staleParams(ctx, args.staleOnly), ...windowParams(args.between) };
  const [row] = await ctx.graph.read(LIST_BY_TYPE[type], params);
  const items = (row?.page ?? []).map((n) => ({ node: toEntity(n, view) }));
  ctx.audit.add(items.map((i) => i.node.id));
  return toConnection(items, Number(row?.total ?? 0), page);
}
async function related(ctx, parent, name, args) {
  const page = parsePage(args.first, args.after);
  const filter = { view: parent.view, window: windowParams(args.between) };
  const { total, items } = await ctx.records.related(name, page, filter).load(parent.id);
  return toConnection(items, total, page);
}
async function relatedOne(ctx, parent, name) {
  const { items } = await ctx.records.related(name, { skip: 0, first: 1 }, { view: parent.view, window: OPEN_WINDOW }).load(parent.id);
  return items[0]?.node ?? null;
}
function staleParams(ctx, staleOnly) {
  if (!staleOnly) return { staleBefore: null };
  const cutoff = new Date(Date.now() - ctx.settings.staleAfterDays * 864e5);
  return { staleBefore: toNeoDateTime(cutoff.toISOString()) };
}
export {
  MAX_IDS,
  checkId,
  findNode,
  findNodes,
  findTyped,
  listByType,
  related,
  relatedOne,
  staleParams
};
