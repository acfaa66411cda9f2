import { badInput } from "../errors.js";
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
const CURSOR_PREFIX = "o:";
const MAX_CURSOR_OFFSET = 1e7;
function encodeCursor(offset) {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString("base64url");
}
function decodeCursor(cursor) {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) {
    throw badInput("`after` is not a cursor this API issued", "after");
  }
  return offset;
}
function parsePage(first, after, max = MAX_PAGE) {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0) throw badInput("`first` must be zero or a positive integer", "first");
  if (size > max) throw badInput(`\`first\` must be at most ${max}`, "first");
  return { skip: after ? decodeCursor(after) + 1 : 0, first: size };
}
function toConnection(items, total, page) {
  const edges = items.slice(0, page.first).map((item, i) => ({
    cursor: encodeCursor(page.skip + i),
    node: item.node,
    link: item.link ?? null,
    ...item.score === void 0 ? {} : { score: item.score }
  }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.skip + edges.length < total,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    }
  };
}
function pageOf(all, page) {
  const edges = all.slice(page.skip, page.skip + page.first).map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    totalCount: all.length,
    pageInfo: {
      hasNextPage: page.skip + edges.length < all.length,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    }
  };
}
export {
  DEFAULT_PAGE,
  MAX_CURSOR_OFFSET,
  MAX_PAGE,
  encodeCursor,
  pageOf,
  parsePage,
  toConnection
};
