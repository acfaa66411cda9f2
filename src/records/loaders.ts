// Per-request DataLoaders for records and their related lists: one Cypher per batch, bound to the viewer.
import DataLoader from 'dataloader';
import type { ViewerGraph } from '../graph/executor.js';
import type { Plain } from '../graph/convert.js';
import type { Page, PageItem } from '../connections/paging.js';
import { toEntity, toLink } from './mapRecord.js';
import type { EntityModel } from './models.js';
import { NODES_BY_ID } from './queries.js';
import { RELATED_QUERIES, type RelationName } from './relations.js';

export interface RelatedPage {
  total: number;
  items: PageItem[];
}

export interface RecordLoaders {
  byId: DataLoader<string, EntityModel | null>;
  related(name: RelationName, page: Page): DataLoader<string, RelatedPage>;
}

export function createRecordLoaders(graph: ViewerGraph, onReturned: (ids: string[]) => void): RecordLoaders {
  const byId = new DataLoader<string, EntityModel | null>(async (ids) => {
    const rows = await graph.read(NODES_BY_ID, { ids });
    const found = new Map(rows.map((r) => toEntity(r.n ?? null)).map((e) => [e.id, e]));
    onReturned([...found.keys()]);
    return ids.map((id) => found.get(id) ?? null);
  });
  // One loader per (field, page): parents asking for the same page of the same field share a batch.
  const relatedLoaders = new Map<string, DataLoader<string, RelatedPage>>();
  const related = (name: RelationName, page: Page) => {
    const key = `${name}|${page.skip}|${page.first}`;
    let loader = relatedLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => loadRelated(graph, name, page, ids, onReturned));
      relatedLoaders.set(key, loader);
    }
    return loader;
  };
  return { byId, related };
}

async function loadRelated(
  graph: ViewerGraph,
  name: RelationName,
  page: Page,
  ids: readonly string[],
  onReturned: (ids: string[]) => void,
): Promise<RelatedPage[]> {
  const rows = await graph.read(RELATED_QUERIES[name], { ids, skip: page.skip, first: page.first });
  const byParent = new Map<string, RelatedPage>();
  for (const row of rows) {
    const items = (row.page as Array<{ r: Plain; t: Plain }>).map((x) => ({ node: toEntity(x.t), link: toLink(x.r) }));
    onReturned(items.map((i) => i.node.id));
    byParent.set(String(row.pid), { total: Number(row.total), items });
  }
  return ids.map((id) => byParent.get(id) ?? { total: 0, items: [] });
}
