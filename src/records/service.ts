// Rules for reading records: id checks, limits, typed lookups, lists and related connections.
import { ID_PATTERN, type NodeType } from '../model/graphModel.js';
import { badInput } from '../errors.js';
import type { Context } from '../context.js';
import { parsePage, toConnection } from '../connections/paging.js';
import type { ConnectionModel, EntityModel } from './models.js';
import { toEntity } from './mapRecord.js';
import { LIST_BY_TYPE } from './queries.js';
import type { RelationName } from './relations.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';

export const MAX_IDS = 100;

export function checkId(id: string, argument = 'id'): string {
  if (!ID_PATTERN.test(id)) throw badInput(`\`${argument}\` is not a valid record id`, argument);
  return id;
}

export async function findNode(ctx: Context, id: string): Promise<EntityModel | null> {
  return ctx.records.byId.load(checkId(id));
}

/** Same length and order as `ids`; null where a record is missing or hidden (indistinguishable). */
export async function findNodes(ctx: Context, ids: readonly string[]): Promise<Array<EntityModel | null>> {
  if (ids.length > MAX_IDS) throw badInput(`at most ${MAX_IDS} ids per call`, 'ids');
  ids.forEach((id) => checkId(id, 'ids'));
  const loaded = await ctx.records.byId.loadMany(ids);
  return loaded.map((x) => {
    if (x instanceof Error) throw x;
    return x;
  });
}

/** A typed lookup: a record of another type answers exactly like a missing one. */
export async function findTyped(ctx: Context, type: NodeType, id: string): Promise<EntityModel | null> {
  const found = await findNode(ctx, id);
  return found?.type === type ? found : null;
}

export async function listByType(ctx: Context, type: NodeType, first?: number | null, after?: string | null): Promise<ConnectionModel> {
  const page = parsePage(first, after);
  const [row] = await ctx.graph.read(LIST_BY_TYPE[type], { skip: int(page.skip), first: int(page.first) });
  const items = ((row?.page ?? []) as Plain[]).map((n) => ({ node: toEntity(n) }));
  ctx.audit.add(items.map((i) => i.node.id));
  return toConnection(items, Number(row?.total ?? 0), page);
}

export async function related(
  ctx: Context,
  parent: EntityModel,
  name: RelationName,
  first?: number | null,
  after?: string | null,
): Promise<ConnectionModel> {
  const page = parsePage(first, after);
  const { total, items } = await ctx.records.related(name, page).load(parent.id);
  return toConnection(items, total, page);
}

/** A single related record (a travel leg's origin, say): the first visible one. */
export async function relatedOne(ctx: Context, parent: EntityModel, name: RelationName): Promise<EntityModel | null> {
  const { items } = await ctx.records.related(name, { skip: 0, first: 1 }).load(parent.id);
  return items[0]?.node ?? null;
}
