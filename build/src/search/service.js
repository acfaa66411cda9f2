import { badInput } from "../errors.js";
import { parsePage, toConnection } from "../connections/paging.js";
import { toEntity } from "../records/mapRecord.js";
import { searchTerms, toLuceneQuery } from "./luceneQuery.js";
import { relevance, searchWords } from "./relevance.js";
import { SEARCH, SEARCH_MAX_HITS } from "./queries.js";
import { viewOf, viewParams } from "../records/view.js";
import { staleParams } from "../records/service.js";
import { windowParams } from "../time/window.js";
import { SEARCH_INDEX } from "../graph/migrations.js";
import { int } from "../graph/params.js";
const MAX_SEARCH_TEXT = 200;
async function search(ctx, { text, types, first, after, asOf, staleOnly, between }) {
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`\`text\` must be at most ${MAX_SEARCH_TEXT} characters`, "text");
  const terms = searchTerms(text);
  if (terms.length === 0) throw badInput("`text` must contain at least one letter or digit", "text");
  const page = parsePage(first, after);
  const view = viewOf(asOf);
  const [row] = await ctx.graph.read(SEARCH, {
    ...viewParams(view),
    ...staleParams(ctx, staleOnly),
    ...windowParams(between),
    index: SEARCH_INDEX,
    maxHits: int(SEARCH_MAX_HITS),
    query: toLuceneQuery(terms),
    terms,
    labels: types ?? []
  });
  const ranked = rank(searchWords(terms.join(" ")), row?.hits ?? []);
  const items = ranked.slice(page.skip, page.skip + page.first).map((h) => ({ node: toEntity(h.node, view), score: h.score }));
  ctx.audit.add(items.map((i) => i.node.id));
  return toConnection(items, ranked.length, page);
}
function rank(queryWords, hits) {
  return hits.map((node) => ({ node, id: String(node.properties.id), score: relevance(queryWords, node.properties) })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
export {
  MAX_SEARCH_TEXT,
  search
};
