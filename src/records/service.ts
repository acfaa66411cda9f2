// Rules for reading records: id checks, limits, typed lookups, lists and related connections.
import { ID_PATTERN, type NodeType } from '../model/graphModel.js';
import { badInput } from '../errors.js';
import type { Context } from '../context.js';
import { parseKeysetPage, parsePage, toConnection, toKeysetConnection } from '../connections/paging.js';
import type { ConnectionModel, EntityModel } from './models.js';
import { toEntity } from './mapRecord.js';
import { LIST_BY_TYPE, PAGE_BY_TYPE } from './queries.js';
import { selects } from '../connections/selection.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { RelationName } from './relations.js';
import type { Plain } from '../graph/convert.js';
import { int } from '../graph/params.js';
import { toNeoDateTime } from '../graph/temporal.js';
import { OPEN_WINDOW, windowParams, type WindowInput } from '../time/window.js';
import { NOW, viewOf, viewParams, type View } from './view.js';
import { loadAll } from './loaders.js';
import { compileBelow, pageStatement, planFor, planForItems, plannedPage, prefetch, primeConnections, recordOf, soleStatement } from './prefetch.js';

export const MAX_IDS = 100;

export function checkId(id: string, argument = 'id'): string {
  if (!ID_PATTERN.test(id)) throw badInput(`\`${argument}\` is not a valid record id`, argument);
  return id;
}

export async function findNode(ctx: Context, id: string, view: View = NOW): Promise<EntityModel | null> {
  return ctx.records.byIdAt(view).load(checkId(id));
}

/** Same length and order as `ids`; null where a record is missing or hidden (indistinguishable). */
export async function findNodes(ctx: Context, ids: readonly string[], view: View = NOW): Promise<Array<EntityModel | null>> {
  if (ids.length > MAX_IDS) throw badInput(`at most ${MAX_IDS} ids per call`, 'ids');
  ids.forEach((id) => checkId(id, 'ids'));
  return loadAll(ctx.records.byIdAt(view), ids);
}

/**
 * A typed lookup: a record of another type answers exactly like a missing one. With `info`, the
 * record and every related connection selected below it are read in one statement (prefetch.ts).
 */
export async function findTyped(ctx: Context, type: NodeType, id: string, view: View = NOW, info?: GraphQLResolveInfo): Promise<EntityModel | null> {
  const plan = planFor(info, type);
  if (plan) await prefetch(ctx, [checkId(id)], view, plan, soleStatement(info, type, plan));
  const found = await findNode(ctx, id, view);
  return found?.type === type ? found : null;
}

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  asOf?: Date | null;
  staleOnly?: boolean | null;
  between?: WindowInput | null;
}

/**
 * A page of a type's records ordered by id, after the cursor's id (keyset). `info` (the GraphQL
 * field): totalCount is counted only when selected.
 */
export async function listByType(ctx: Context, type: NodeType, args: ListArgs, info?: GraphQLResolveInfo): Promise<ConnectionModel> {
  const page = parseKeysetPage(args.first, args.after);
  const view = viewOf(args.asOf);
  const counted = selects(info, 'totalCount');
  // What the selection asks of each record of the page is read in the same statement (prefetch.ts).
  const plan = planForItems(info, type, page.first + 1);
  const below = compileBelow(plan, 'n');
  const cypher = plan ? pageStatement(plan, counted) : (counted ? LIST_BY_TYPE : PAGE_BY_TYPE)[type];
  const params = { after: page.afterId ?? '', first: int(page.first), ...viewParams(view), ...staleParams(ctx, args.staleOnly), ...windowParams(args.between), ...below.params };
  const [row] = await ctx.graph.read(cypher, params);
  const rows = (row?.page ?? []) as Array<{ n: Plain; pre: Plain }>;
  const items = rows.map((r) => ({ node: toEntity(recordOf(r.n, plan), view) }));
  if (plan) rows.slice(0, page.first).forEach((r, i) => primeConnections(ctx, items[i]!.node, plan, r.pre, view));
  // Uncounted, totalCount is not selected and never read.
  const total = counted ? Number(row?.total ?? 0) : items.length;
  ctx.audit.add(items.slice(0, page.first).map((i) => i.node.id));
  return toKeysetConnection(items, total, page);
}

/** Related records are read in the parent's view (asOf), optionally narrowed to a valid-time window. */
export async function related(
  ctx: Context,
  parent: EntityModel,
  name: RelationName,
  args: { first?: number | null; after?: string | null; between?: WindowInput | null },
  info?: GraphQLResolveInfo,
): Promise<ConnectionModel> {
  const page = parsePage(args.first, args.after);
  const filter = { view: parent.view, window: windowParams(args.between) };
  const { total, items } = takePlanned(ctx, info, parent.id) ?? (await ctx.records.related(name, page, filter).load(parent.id));
  return toConnection(items, total, page);
}

/** A single related record (a travel leg's origin, say): the first visible one. */
export async function relatedOne(ctx: Context, parent: EntityModel, name: RelationName, info?: GraphQLResolveInfo): Promise<EntityModel | null> {
  const { items } = takePlanned(ctx, info, parent.id) ?? (await ctx.records.related(name, { skip: 0, first: 1 }, { view: parent.view, window: OPEN_WINDOW }).load(parent.id));
  return items[0]?.node ?? null;
}

// A page the compiled statement read for this very field: its records are named in the audit trail
// now, when a resolver hands them on (the loaders name theirs when they read them).
function takePlanned(ctx: Context, info: GraphQLResolveInfo | undefined, parentId: string) {
  const page = plannedPage(ctx, info, parentId);
  if (page) ctx.audit.add(page.items.map((i) => i.node.id));
  return page;
}

/** `staleOnly`: records reported longer ago than the staleness threshold. */
export function staleParams(ctx: Context, staleOnly: boolean | null | undefined): { staleBefore: unknown } {
  if (!staleOnly) return { staleBefore: null };
  const cutoff = new Date(Date.now() - ctx.settings.staleAfterDays * 86_400_000);
  return { staleBefore: toNeoDateTime(cutoff.toISOString()) };
}
