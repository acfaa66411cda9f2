// One statement for a record and every related connection selected below it (records/plan.ts): the
// rule of each connection is the batch statement's own (relations.ts relatedItems), nested as
// subqueries, with ACL(...) on every bound record as in every viewer statement. Related records come
// with only the properties their selected fields read, and a connection whose totalCount nobody
// selected stops one record past its page. So each answer is kept for exactly the GraphQL field nodes
// it was planned for (`loaders.planned`): their resolvers take it (and name its records in the audit
// trail then); any other field, even with the same arguments, reads through the loaders as before.
import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { Params } from '../graph/executor.js';
import type { Plain } from '../graph/convert.js';
import { plainNode } from '../graph/projection.js';
import { int } from '../graph/params.js';
import { toEntity, toLink } from './mapRecord.js';
import type { EntityModel } from './models.js';
import { answersAll, hasConnections, nodeSelections, planEntity, type ConnectionPlan, type EntityPlan } from './plan.js';
import type { RelatedPage } from './loaders.js';
import { RELATIONS, relatedItems } from './relations.js';
import { pageQuery } from './queries.js';
import { keptFor } from './planCache.js';
import { viewParams, type View } from './view.js';
import type { NodeType } from '../model/graphModel.js';

interface Compiled {
  cypher: string;
  params: Params;
}

/**
 * A page as the statement returns it. Each item is a list, not a map: `[link, record, sub]`, with the
 * link as `[type, id]` when only its key is read (else the relationship), the record as
 * `[labels, value of each planned property in the plan's order]` when its properties are planned (else
 * the whole node), and `sub` the pages below it, if any. The driver decodes every map key of every row
 * (a 2-hop neighbourhood ships ~420 items, nine keys each as maps): positions cost nothing to decode.
 */
interface PrefetchedPage {
  total: number;
  items: Array<[Plain, Plain, Record<string, PrefetchedPage>?]>;
}

/** The plan for a field resolving to a record of `type`, from its GraphQL resolve info; null: nothing related selected. */
export function planFor(info: GraphQLResolveInfo | undefined, type: NodeType): EntityPlan | null {
  if (!info) return null;
  return keptFor(info, `record|${type}`, () => {
    const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    const plan = planEntity({ schema: info.schema, fragments: info.fragments, variables: info.variableValues }, type, sets);
    return hasConnections(plan) ? plan : null;
  });
}

/**
 * Whether the statement reading `plan` for this field is its request's only one: the operation is a
 * query of this one root field, and the plan answers every field below it (plan.ts answersAll). The
 * executor then runs it without a BEGIN/COMMIT of its own (graph/requestTx.ts).
 */
export function soleStatement(info: GraphQLResolveInfo | undefined, type: NodeType, plan: EntityPlan): boolean {
  if (!info || !onlyRootField(info)) return false;
  return keptFor(info, `sole|${type}`, () => {
    const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    return answersAll({ schema: info.schema, fragments: info.fragments, variables: info.variableValues }, type, sets, plan);
  });
}

/**
 * Whether this resolver's field is the whole operation: a query of this one root field, without
 * directives. A resolver whose answer is one statement with nothing below it reading the graph then
 * passes `sole` (graph/executor.ts ViewerGraph.read), and the statement runs without a BEGIN/COMMIT.
 */
export function onlyRootField(info: GraphQLResolveInfo | undefined): boolean {
  if (!info || info.path.prev !== undefined || info.operation.operation !== 'query') return false;
  const roots = info.operation.selectionSet.selections;
  return roots.length === 1 && roots[0]!.kind === Kind.FIELD && (roots[0]!.directives?.length ?? 0) === 0 && info.fieldNodes.length === 1;
}

/**
 * The plan for each record of a connection field's page (`edges { node { ... } }`) of `type`; null:
 * nothing related selected and the records read whole. A page's records serve only this field's
 * selection (records/service.ts listByType), so they may come with only the properties it reads.
 */
export function planForItems(info: GraphQLResolveInfo | undefined, type: NodeType, rows: number): EntityPlan | null {
  if (!info) return null;
  return keptFor(info, `items|${type}|${rows}`, () => {
    const la = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
    const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    const plan = planEntity(la, type, nodeSelections(la, type, sets), 1, rows);
    return plan.props !== null || hasConnections(plan) ? plan : null;
  });
}

const pages = new WeakMap<EntityPlan, { counted?: string; uncounted?: string }>();

/**
 * The statement of a page of `plan.type` (queries.ts pageQuery): what the selection reads below each
 * record, and each record with only the properties its fields read. A page of 100 people read whole
 * made the driver decode every stored property (dates through its 64-bit integer arithmetic): 14 ms of
 * the API's CPU per page against the peer's 4 (docs/benchmarks.md, session 18).
 * Made once per plan; the text depends only on the plan's shape.
 */
export function pageStatement(plan: EntityPlan, counted: boolean): string {
  const texts = pages.get(plan) ?? {};
  const key = counted ? 'counted' : 'uncounted';
  texts[key] ??= pageQuery(plan.type, counted, compileBelow(plan, 'n'), projection('n', plan));
  pages.set(plan, texts);
  return texts[key];
}

/** A record as the statement shipped it (`projection`), as the node it stands for. */
export function recordOf(t: Plain, plan: EntityPlan | null | undefined): Plain {
  return plan?.props && Array.isArray(t) ? nodeOf(t, plan.props) : t;
}

/** The answer planned for this field of this parent, if any (taken by records/service.ts `related`). */
export function plannedPage(ctx: Context, info: GraphQLResolveInfo | undefined, parentId: string): RelatedPage | undefined {
  if (!info) return undefined;
  for (const node of info.fieldNodes) {
    const page = ctx.records.planned.get(node)?.get(parentId);
    if (page) return page;
  }
  return undefined;
}

/**
 * Reads the records `ids` and what `plan` selects below them in one statement, and loads the answers
 * into the request's loaders (records by id, related pages by parent), naming every record read in
 * the audit trail as the loaders would. Hidden and missing records are loaded as null alike.
 * `sole`: no other statement follows in this request (soleStatement).
 */
export async function prefetch(ctx: Context, ids: readonly string[], view: View, plan: EntityPlan, sole = false): Promise<void> {
  // Alone in its request, the statement answers every field of the records it reads (soleStatement):
  // nothing else reads them from the loaders, so they too come with only the properties those fields read.
  const { cypher, params } = compile(plan, sole);
  const rows = await ctx.graph.read(cypher, { ids, ...viewParams(view), ...params }, { sole });
  const found = new Map<string, { entity: EntityModel; pre: Record<string, PrefetchedPage> }>();
  for (const row of rows) {
    const entity = toEntity(recordOf(row.n ?? null, sole ? plan : null), view);
    found.set(entity.id, { entity, pre: row.pre as unknown as Record<string, PrefetchedPage> });
  }
  ctx.audit.add(found.keys());
  const byId = ctx.records.byIdAt(view);
  for (const id of ids) {
    const hit = found.get(id);
    byId.prime(id, hit?.entity ?? null);
    if (hit) primeConnections(ctx, hit.entity, plan, hit.pre, view);
  }
}

/** Loads what a compiled statement read below `entity` (its `pre` column) into the request's loaders. */
export function primeConnections(ctx: Context, entity: EntityModel, plan: EntityPlan, pre: unknown, view: View): void {
  prime(ctx, entity, plan, (pre ?? {}) as Record<string, PrefetchedPage>, view, { n: 0 });
}

// Loads what the statement read for `parent` into the loaders its resolvers will ask, depth first in
// the order compile() numbered the connections.
function prime(ctx: Context, parent: EntityModel, plan: EntityPlan, pre: Record<string, PrefetchedPage>, view: View, counter: { n: number }): void {
  for (const c of plan.connections) {
    const key = `c${counter.n++}`;
    const start = counter.n;
    const page = pre[key];
    // Another type's record under the same id (a typed lookup of a record of another type) selects
    // nothing: its resolvers never run, so nothing of it is loaded or audited.
    if (!page || parent.type !== plan.type) {
      counter.n = start + countBelow(c);
      continue;
    }
    const items = page.items.map(([r, t]) => ({ node: toEntity(recordOf(t, c.child), view), link: toLink(Array.isArray(r) ? linkFrom(r) : r) }));
    for (const node of c.nodes) {
      let byParent = ctx.records.planned.get(node);
      if (!byParent) ctx.records.planned.set(node, (byParent = new Map()));
      byParent.set(parent.id, { total: Number(page.total), items });
    }
    if (c.child) {
      page.items.forEach((x, i) => {
        counter.n = start;
        prime(ctx, items[i]!.node, c.child!, x[2] ?? {}, view, counter);
      });
    }
    counter.n = start + countBelow(c);
  }
}

/** A record shipped as `[labels, values…]` (the planned properties, in order) as the node it stands for. */
function nodeOf(t: Plain[], props: readonly string[]): Plain {
  const properties: Record<string, Plain> = {};
  for (let i = 0; i < props.length; i++) properties[props[i]!] = t[i + 1] ?? null;
  return { labels: t[0] ?? [], properties };
}

/** A link shipped as `[type, id]` (linkOf) as the relationship it stands for. */
function linkFrom(r: Plain[]): Plain {
  return { type: r[0] ?? null, properties: { id: r[1] ?? null } };
}

function countBelow(c: ConnectionPlan): number {
  return c.child ? c.child.connections.reduce((n, x) => n + 1 + countBelow(x), 0) : 0;
}

const compiled = new WeakMap<EntityPlan, { whole?: Compiled; projected?: Compiled }>();
const compiledBelow = new WeakMap<EntityPlan, Map<string, Below>>();

/**
 * The statement and its parameters; the text depends only on the plan's shape, not its arguments.
 * `projected`: the records with only the properties the plan's fields read (else whole).
 * Made once per plan (plans are kept per field: planCache.ts); callers never change what it returns.
 */
export function compile(plan: EntityPlan, projected = false): Compiled {
  const kept = compiled.get(plan) ?? {};
  const key = projected ? 'projected' : 'whole';
  if (!kept[key]) {
    const { blocks, pre, params } = compileBelow(plan, 'n');
    const cypher = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE ACL(n)${blocks}
RETURN ${projected ? projection('n', plan) : plainNode('n')} AS n, ${pre} AS pre`;
    kept[key] = { cypher, params };
    compiled.set(plan, kept);
  }
  return kept[key];
}

interface Below {
  blocks: string;
  pre: string;
  params: Params;
}

/**
 * The subqueries reading what `plan` selects below the visible record bound to `variable`, and the
 * map expression `pre` of their answers, to return beside the record (primeConnections reads it).
 * Made once per plan and variable; callers never change what it returns.
 */
export function compileBelow(plan: EntityPlan | null, variable: string): Below {
  if (!plan) return { blocks: '', pre: '{}', params: {} };
  const byVariable = compiledBelow.get(plan) ?? new Map<string, Below>();
  let out = byVariable.get(variable);
  if (!out) {
    const params: Params = {};
    const { blocks, columns } = connections(variable, plan, params, { n: 0 });
    out = { blocks, pre: `{${columns.map((c) => `${c}: ${c}`).join(', ')}}`, params };
    byVariable.set(variable, out);
    compiledBelow.set(plan, byVariable);
  }
  return out;
}

// One CALL per connection of `parent`; each returns `{total, items}` as column c<k>, its items
// carrying the columns of their own connections in `sub`.
function connections(parent: string, plan: EntityPlan, params: Params, counter: { n: number }): { blocks: string; columns: string[] } {
  let blocks = '';
  const columns: string[] = [];
  for (const c of plan.connections) {
    const k = counter.n++;
    const col = `c${k}`;
    params[`${col}_skip`] = int(c.page.skip);
    params[`${col}_limit`] = c.counted ? null : int(c.page.skip + c.page.first + 1);
    params[`${col}_first`] = int(c.page.first);
    params[`${col}_from`] = c.window.from;
    params[`${col}_to`] = c.window.to;
    const [r, t, all, page, i, link, item] = ['r', 't', 'all', 'page', 'i', 'l', 'v'].map((x) => `${x}${k}`) as [string, string, string, string, string, string, string];
    // The plan holds this read's window (plans are kept per value of the variables below them), so its
    // statement tests only the bounds it has: none for the usual open window.
    const bounds = { from: c.window.from !== null && c.window.from !== undefined, to: c.window.to !== null && c.window.to !== undefined };
    const items = relatedItems(RELATIONS[c.name], { p: parent, r, t, all, from: `${col}_from`, to: `${col}_to`, bounds, label: plan.type, limit: c.counted ? undefined : `${col}_limit`, tieBreak: c.links !== false });
    const below = c.child ? connections(item, c.child, params, counter) : { blocks: '', columns: [] };
    const sub = below.columns.length > 0 ? `, {${below.columns.map((x) => `${x}: ${x}`).join(', ')}}` : '';
    const leaf = below.columns.length === 0 ? leafItems(`x${k}`, `${all}[$${col}_skip..($${col}_skip + $${col}_first)]`, c) : null;
    if (leaf) {
      // Nothing planned below its records: the page is projected in one list expression, not a
      // subquery unwinding it, sorting it back into order and collecting it again.
      blocks += `
CALL {
  WITH ${parent}${indent(items)}
  RETURN {total: size(${all}), items: ${leaf}} AS ${col}
}`;
      columns.push(col);
      continue;
    }
    blocks += `
CALL {
  WITH ${parent}${indent(items)}
  WITH size(${all}) AS total${k}, ${all}[$${col}_skip..($${col}_skip + $${col}_first)] AS ${page}
  CALL {
    WITH ${page}
    UNWIND range(0, size(${page}) - 1) AS ${i}
    WITH ${i}, ${page}[${i}].r AS ${link}, ${page}[${i}].t AS ${item} /* ACL_EXEMPT(${item}): INPUT_VISIBLE */${indent(indent(below.blocks))}
    WITH ${i}, [${linkOf(link, c)}, ${projection(item, c.child)}${sub}] AS x${k} ORDER BY ${i}
    RETURN collect(x${k}) AS items${k}
  }
  RETURN {total: total${k}, items: items${k}} AS ${col}
}`;
    columns.push(col);
  }
  return { blocks, columns };
}

const indent = (text: string) => text.replace(/\n/g, '\n  ');

/**
 * The items of a page `list` of `{r, t}` whose records select nothing related, as one list expression
 * over `x`; null when the records are read whole (a map projection `t {.*}` needs a variable).
 */
function leafItems(x: string, list: string, c: ConnectionPlan): string | null {
  if (!c.child?.props) return null;
  return `[${x} IN ${list} | [${linkOf(`${x}.r`, c)}, ${projection(`${x}.t`, c.child)}]]`;
}

function checked(props: readonly string[]): readonly string[] {
  for (const p of props) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(p)) throw new Error(`not a property name: ${p}`);
  return props;
}

// An item's link: `[type, id]` when only its key is read (prime() reads it back), else the relationship.
const linkOf = (r: string, c: ConnectionPlan): string => (c.links === false ? `[type(${r}), ${r}.id]` : r);

// A record (related, or of a page) with the properties its fields read (names from the closed tables in plan.ts), as
// `[labels, values…]` (nodeOf reads it back); read whole, the node.
function projection(v: string, plan: EntityPlan | null): string {
  if (!plan?.props) return plainNode(v);
  return `[labels(${v})${checked(plan.props).map((p) => `, ${v}.${p}`).join('')}]`;
}
