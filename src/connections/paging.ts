// Relay-style pagination over ordered results: argument checks, opaque cursors, connection building.
import { badInput } from '../errors.js';
import { ID_PATTERN } from '../model/graphModel.js';
import type { ConnectionModel, EdgeModel, EntityModel, LinkModel } from '../records/models.js';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface Page {
  skip: number;
  first: number;
}

const CURSOR_PREFIX = 'o:';
/**
 * Deepest offset a cursor may name. Far beyond any list a viewer can page through (lists are capped or
 * narrowed long before), and small enough that `skip + first` stays an exact integer all the way down
 * to Cypher: a larger (even self-issued) offset is refused as input, never an internal error.
 */
export const MAX_CURSOR_OFFSET = 10_000_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) {
    throw badInput('`after` is not a cursor this API issued', 'after');
  }
  return offset;
}

/** Validates `first` / `after`; `after` points at the last edge already seen. */
export function parsePage(first: number | null | undefined, after: string | null | undefined, max = MAX_PAGE): Page {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0) throw badInput('`first` must be zero or a positive integer', 'first');
  if (size > max) throw badInput(`\`first\` must be at most ${max}`, 'first');
  return { skip: after ? decodeCursor(after) + 1 : 0, first: size };
}

const KEY_PREFIX = 'k:';

/** A page of a list ordered by record id: the records after `afterId` (keyset, no offset to skip). */
export interface KeysetPage {
  first: number;
  afterId: string | null;
}

/** The cursor of a record in a list ordered by id: its id (a hidden id answers like a missing one). */
export function encodeKeyCursor(id: string): string {
  return Buffer.from(`${KEY_PREFIX}${id}`).toString('base64url');
}

/** Validates `first` / `after` of a list ordered by id; `after` is the cursor of the last edge seen. */
export function parseKeysetPage(first: number | null | undefined, after: string | null | undefined, max = MAX_PAGE): KeysetPage {
  const { first: size } = parsePage(first, null, max);
  if (!after) return { first: size, afterId: null };
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const id = text.slice(KEY_PREFIX.length);
  if (!text.startsWith(KEY_PREFIX) || !ID_PATTERN.test(id) || encodeKeyCursor(id) !== after) {
    throw badInput('`after` is not a cursor this API issued', 'after');
  }
  return { first: size, afterId: id };
}

/** A keyset page: `items` holds up to first + 1 records, the extra one telling that more follow. */
export function toKeysetConnection(items: PageItem[], total: number, page: KeysetPage): ConnectionModel {
  const edges: EdgeModel[] = items.slice(0, page.first).map((item) => ({ cursor: encodeKeyCursor(item.node.id), node: item.node, link: item.link ?? null }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: items.length > page.first,
      hasPreviousPage: page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export interface PageItem {
  node: EntityModel;
  link?: LinkModel | null;
  score?: number;
}

export function toConnection(items: PageItem[], total: number, page: Page): ConnectionModel {
  const edges: EdgeModel[] = items.slice(0, page.first).map((item, i) => ({
    cursor: encodeCursor(page.skip + i),
    node: item.node,
    link: item.link ?? null,
    ...(item.score === undefined ? {} : { score: item.score }),
  }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.skip + edges.length < total,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page of already ranked items of any kind; `all` is the complete ranked list. */
export function pageOf<T>(all: readonly T[], page: Page): { edges: Array<{ cursor: string; node: T }>; pageInfo: ConnectionModel['pageInfo']; totalCount: number } {
  const edges = all.slice(page.skip, page.skip + page.first).map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    totalCount: all.length,
    pageInfo: {
      hasNextPage: page.skip + edges.length < all.length,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
