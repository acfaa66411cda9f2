// Full-text search over names, aliases, document numbers and identifiers, as the viewer may see them.
import type { Context } from '../context.js';
import type { NodeType } from '../model/graphModel.js';
import { badInput } from '../errors.js';
import { parsePage, toConnection } from '../connections/paging.js';
import type { ConnectionModel } from '../records/models.js';
import { loadAll } from '../records/loaders.js';
import { toEntity } from '../records/mapRecord.js';
import { onlyRootField } from '../records/prefetch.js';
import { searchAnswered } from '../records/plan.js';
import { keptFor } from '../records/planCache.js';
import type { GraphQLResolveInfo } from 'graphql';
import { searchTerms, toLuceneQuery } from './luceneQuery.js';
import { relevance, searchWords, type Searchable } from './relevance.js';
import { SEARCH, SEARCH_MAX_HITS } from './queries.js';
import { viewOf, viewParams } from '../records/view.js';
import { staleParams } from '../records/service.js';
import { windowParams, type WindowInput } from '../time/window.js';
import { SEARCH_INDEX } from '../graph/migrations.js';
import { int } from '../graph/params.js';

export const MAX_SEARCH_TEXT = 200;

export interface SearchArgs {
  text: string;
  types?: readonly NodeType[] | null;
  first?: number | null;
  after?: string | null;
  asOf?: Date | null;
  staleOnly?: boolean | null;
  between?: WindowInput | null;
}

/**
 * `info`: the field's resolve info; when the operation is this field alone and selects nothing a
 * record read whole does not answer (records/plan.ts searchAnswered), the search statement runs as the
 * request's sole one (no BEGIN/COMMIT). Hits that do not fit on the page then cost a second transaction
 * for the page's records, never a different answer.
 */
export async function search(ctx: Context, { text, types, first, after, asOf, staleOnly, between }: SearchArgs, info?: GraphQLResolveInfo): Promise<ConnectionModel> {
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`\`text\` must be at most ${MAX_SEARCH_TEXT} characters`, 'text');
  const terms = searchTerms(text);
  if (terms.length === 0) throw badInput('`text` must contain at least one letter or digit', 'text');
  const page = parsePage(first, after);
  const view = viewOf(asOf);
  const [row] = await ctx.graph.read(SEARCH, {
    ...viewParams(view),
    ...staleParams(ctx, staleOnly),
    ...windowParams(between),
    index: SEARCH_INDEX,
    maxHits: int(SEARCH_MAX_HITS),
    whole: int(page.skip + page.first),
    query: toLuceneQuery(terms),
    terms,
    labels: types ?? [],
  }, { sole: answeredAlone(info) });
  const ranked = rank(searchWords(terms.join(' ')), (row?.hits ?? []) as unknown as SearchHit[]);
  const shown = ranked.slice(page.skip, page.skip + page.first);
  const byId = ctx.records.byIdAt(view);
  // Hits that all fit on the page came back whole: primed into the request's loader, so fields below
  // read them from there. Otherwise only the page's records are read whole, by id in the same view
  // (one statement, the loader); a record hidden between the two statements (an agreement revoked
  // meanwhile) is left out.
  if (Array.isArray(row?.records)) {
    for (const r of row.records) {
      const entity = toEntity(r, view);
      byId.prime(entity.id, entity);
    }
  }
  const records = await loadAll(byId, shown.map((h) => h.id));
  const items = shown.flatMap((h, i) => {
    const node = records[i];
    return node ? [{ node, score: h.score }] : [];
  });
  ctx.audit.add(items.map((i) => i.node.id));
  return toConnection(items, ranked.length, page);
}

// Worked out once per operation's field, as the records' plans are (records/planCache.ts).
function answeredAlone(info: GraphQLResolveInfo | undefined): boolean {
  if (!info || !onlyRootField(info)) return false;
  return keptFor(info, 'search', () => {
    const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    return searchAnswered({ schema: info.schema, fragments: info.fragments, variables: info.variableValues }, sets);
  });
}

type SearchHit = Searchable & { id: string };

// Best first, ties by id: an order that depends on nothing but the query and each record.
function rank(queryWords: string[], hits: SearchHit[]): Array<{ id: string; score: number }> {
  return hits
    .map((hit) => ({ id: String(hit.id), score: relevance(queryWords, hit) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
