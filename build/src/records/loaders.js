import { int } from "../graph/params.js";
import DataLoader from "dataloader";
import { toEntity, toLink } from "./mapRecord.js";
import { NODES_BY_ID } from "./queries.js";
import { RELATED_QUERIES } from "./relations.js";
import { NOW, viewKey, viewParams } from "./view.js";
import { windowKey } from "../time/window.js";
async function loadAll(loader, ids) {
  return (await loader.loadMany(ids)).map((x) => {
    if (x instanceof Error) throw x;
    return x;
  });
}
function createRecordLoaders(graph, onReturned) {
  const loaders = /* @__PURE__ */ new Map();
  const memo = (key, make) => {
    if (!loaders.has(key)) loaders.set(key, make());
    return loaders.get(key);
  };
  const byIdAt = (view) => memo(`id|${viewKey(view)}`, () => new DataLoader((ids) => loadById(graph, view, ids, onReturned)));
  const related = (name, page, filter) => memo(
    `${name}|${page.skip}|${page.first}|${viewKey(filter.view)}|${windowKey(filter.window)}`,
    () => new DataLoader((ids) => loadRelated(graph, name, page, filter, ids, onReturned))
  );
  return { byId: byIdAt(NOW), byIdAt, related };
}
async function loadById(graph, view, ids, onReturned) {
  const rows = await graph.read(NODES_BY_ID, { ids, ...viewParams(view) });
  const found = new Map(rows.map((r) => toEntity(r.n ?? null, view)).map((e) => [e.id, e]));
  onReturned([...found.keys()]);
  return ids.map((id) => found.get(id) ?? null);
}
async function loadRelated(graph, name, page, filter, ids, onReturned) {
  const rows = await graph.read(RELATED_QUERIES[name], { ids, skip: int(page.skip), first: int(page.first), ...viewParams(filter.view), ...filter.window });
  const byParent = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const items = row.page.map((x) => ({ node: toEntity(x.t, filter.view), link: toLink(x.r) }));
    onReturned(items.map((i) => i.node.id));
    byParent.set(String(row.pid), { total: Number(row.total), items });
  }
  return ids.map((id) => byParent.get(id) ?? { total: 0, items: [] });
}
export {
  createRecordLoaders,
  loadAll
};
