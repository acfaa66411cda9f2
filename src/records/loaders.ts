// Per-request DataLoaders for records and their related lists: one Cypher per batch, bound to the viewer.
import { int } from '../graph/params.js';
import DataLoader from 'dataloader';
import type { ViewerGraph } from '../graph/executor.js';
import type { Plain } from '../graph/convert.js';
import type { Page, PageItem } from '../connections/paging.js';
import { toEntity, toLink } from './mapRecord.js';
import type { EntityModel } from './models.js';
import { NODES_BY_ID } from './queries.js';
import { RELATED_QUERIES, type RelationName } from './relations.js';
import { NOW, viewKey, viewParams, type View } from './view.js';
import { windowKey, type Window } from '../time/window.js';

export interface RelatedPage {
  total: number;
  items: PageItem[];
}

export interface RelatedFilter {
  view: View;
  window: Window;
}

export interface RecordLoaders {
  /** Records as they are now. */
  byId: DataLoader<string, EntityModel | null>;
  /** Records as the viewer's agencies had reported them by `view.asOf`. */
  byIdAt(view: View): DataLoader<string, EntityModel | null>;
  related(name: RelationName, page: Page, filter: RelatedFilter): DataLoader<string, RelatedPage>;
  /**
   * Pages read ahead by a compiled statement (prefetch.ts), per GraphQL field node and parent id:
   * only the resolvers of the fields they were planned for take them.
   */
  planned: WeakMap<object, Map<string, RelatedPage>>;
}

/**
 * Loads records in order, null where missing or hidden. A failed batch (the database is down, the
 * query timed out) throws: a read that failed must never look like records that do not exist.
 */
export async function loadAll(loader: DataLoader<string, EntityModel | null>, ids: readonly string[]): Promise<Array<EntityModel | null>> {
  return (await loader.loadMany(ids)).map((x) => {
    if (x instanceof Error) throw x;
    return x;
  });
}

export function createRecordLoaders(graph: ViewerGraph, onReturned: (ids: string[]) => void): RecordLoaders {
  // One loader per distinct argument set: parents asking for the same thing share a batch.
  const loaders = new Map<string, DataLoader<string, never>>();
  const memo = <V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> => {
    if (!loaders.has(key)) loaders.set(key, make() as unknown as DataLoader<string, never>);
    return loaders.get(key) as unknown as DataLoader<string, V>;
  };
  const byIdAt = (view: View) => memo(`id|${viewKey(view)}`, () => new DataLoader<string, EntityModel | null>((ids) => loadById(graph, view, ids, onReturned)));
  const related = (name: RelationName, page: Page, filter: RelatedFilter) =>
    memo(`${name}|${page.skip}|${page.first}|${viewKey(filter.view)}|${windowKey(filter.window)}`, () =>
      new DataLoader<string, RelatedPage>((ids) => loadRelated(graph, name, page, filter, ids, onReturned)),
    );
  return { byId: byIdAt(NOW), byIdAt, related, planned: new WeakMap() };
}

async function loadById(graph: ViewerGraph, view: View, ids: readonly string[], onReturned: (ids: string[]) => void) {
  const rows = await graph.read(NODES_BY_ID, { ids, ...viewParams(view) });
  const found = new Map(rows.map((r) => toEntity(r.n ?? null, view)).map((e) => [e.id, e]));
  onReturned([...found.keys()]);
  return ids.map((id) => found.get(id) ?? null);
}

async function loadRelated(
  graph: ViewerGraph,
  name: RelationName,
  page: Page,
  filter: RelatedFilter,
  ids: readonly string[],
  onReturned: (ids: string[]) => void,
): Promise<RelatedPage[]> {
  const rows = await graph.read(RELATED_QUERIES[name], { ids, skip: int(page.skip), first: int(page.first), ...viewParams(filter.view), ...filter.window });
  const byParent = new Map<string, RelatedPage>();
  for (const row of rows) {
    const items = (row.page as Array<{ r: Plain; t: Plain }>).map((x) => ({ node: toEntity(x.t, filter.view), link: toLink(x.r) }));
    onReturned(items.map((i) => i.node.id));
    byParent.set(String(row.pid), { total: Number(row.total), items });
  }
  return ids.map((id) => byParent.get(id) ?? { total: 0, items: [] });
}
