// Cypher of watches: definitions, coverage (computed under the viewer's ACL) and the alert feed.
// Watches and their coverage are agency data, not records: they carry no `:Entity` label, have no
// relationships, so no traversal of records ever meets them.

import { itemAt } from './outbox.js';

export const WATCH_FIELDS = `w {.id, .agency, .name, .kind, .owner, .seeds, .depth, .types, .paused, .expiresAt, .createdAt, .refreshedAt, .coverage, .route, .createdSeq}`;

export const CREATE_WATCH = `
OPTIONAL MATCH (counter:SkeinMeta {key: 'outbox'})
CREATE (w:Watch {id: $id, agency: $agency, owner: $owner, name: $name, kind: $kind, seeds: $seeds,
  depth: $depth, types: $types, accept: $accept, route: $route, paused: false, expiresAt: $expiresAt,
  createdAt: datetime(), refreshedAt: datetime(), createdSeq: coalesce(counter.seq, 0), coverage: size($covered)})
WITH w
UNWIND $covered AS id
CREATE (:WatchCover {watch: w.id, id: id})
WITH DISTINCT w
RETURN ${WATCH_FIELDS} AS watch`;

export const REPLACE_COVERAGE = `
MATCH (w:Watch {id: $id, agency: $agency})
CALL { WITH w MATCH (c:WatchCover {watch: w.id}) DELETE c }
SET w.refreshedAt = datetime(), w.coverage = size($covered)
WITH w
CALL { WITH w UNWIND $covered AS id CREATE (:WatchCover {watch: w.id, id: id}) }
RETURN ${WATCH_FIELDS} AS watch`;

export const WATCHES_OF_AGENCY = `MATCH (w:Watch {agency: $agency}) RETURN ${WATCH_FIELDS} AS watch ORDER BY w.createdAt, w.id`;

export const WATCH_BY_ID = `MATCH (w:Watch {id: $id, agency: $agency}) RETURN ${WATCH_FIELDS} AS watch`;

export const WATCHES_BY_ID = `MATCH (w:Watch {agency: $agency}) WHERE w.id IN $ids RETURN ${WATCH_FIELDS} AS watch`;

export const SET_PAUSED = `MATCH (w:Watch {id: $id, agency: $agency}) SET w.paused = $paused RETURN ${WATCH_FIELDS} AS watch`;

export const DELETE_WATCH = `
MATCH (w:Watch {id: $id, agency: $agency})
CALL { WITH w MATCH (c:WatchCover {watch: w.id}) DELETE c }
DELETE w
RETURN count(*) AS deleted`;

// ---- coverage, under the viewer's rule -------------------------------------------------------

export const VISIBLE_SEEDS = `
MATCH (s:Entity) WHERE s.id IN $ids AND ACL(s)
RETURN s.id AS id, labels(s) AS labels`;

/** One breadth-first level: the visible neighbours of the frontier over visible links. */
export const NEXT_LEVEL = `
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity) /* ACL_EXEMPT(a): INPUT_VISIBLE */
WHERE ACL(r) AND ACL(b) AND ($types IS NULL OR type(r) IN $types) AND NOT b.id IN $seen
RETURN DISTINCT b.id AS id
LIMIT $cap`;

/** A person and the people joined to it by a visible SAME_AS (its other records). */
export const PERSON_COVERAGE = `
MATCH (p:Person {id: $id}) WHERE ACL(p)
OPTIONAL MATCH (p)-[s:SAME_AS]-(q:Person) WHERE ACL(s) AND ACL(q)
RETURN p.id AS id, collect(DISTINCT q.id) AS others`;

/** A watchlist and the people and organisations visibly listed on it. */
export const WATCHLIST_COVERAGE = `
MATCH (l:Watchlist {id: $id}) WHERE ACL(l)
OPTIONAL MATCH (x:Entity)-[r:LISTED_ON]->(l) WHERE ACL(r) AND ACL(x)
RETURN l.id AS id, collect(DISTINCT x.id) AS others`;

/** Places and every visible place inside them (LOCATED_IN, up to 3 levels: country > region > city > airport). */
export const PLACES_COVERAGE = `
MATCH (l:Location) WHERE l.id IN $ids AND ACL(l)
OPTIONAL MATCH inside = (x:Location)-[:LOCATED_IN*1..3]->(l) WHERE ACL_PATH(inside)
RETURN l.id AS id, collect(DISTINCT x.id) AS others`;

/** Visible travellers of visible legs (ROUTE watches: the legs a change names among its records). */
export const TRAVELLERS_OF_LEGS = `
MATCH (p:Person)-[m:MADE]->(t:Travel) WHERE t.id IN $legs AND ACL(p) AND ACL(m) AND ACL(t)
RETURN p.id AS pid, collect(t.id) AS legs`;

// ---- the feed ----------------------------------------------------------------------------------

/**
 * The newest change in ($after, $upto] that a read can find (none: no row): a range seek on the seq index,
 * newest first. The outbox counter of a commit is visible before the
 * Change node it wrote is found through the seq index (Neo4j reads are read-committed, not snapshots;
 * by up to a second or more for a 5,000-record import batch on a busy box, whose index updates are
 * applied after its records): a feed read that trusted the counter would pass that change with nothing
 * seen, and a live reader woken by it would read again and again and find nothing. Changes commit in
 * sequence order, so only the newest can be missing this way.
 */
export const LAST_VISIBLE_CHANGE = `
MATCH (e:Change) WHERE e.seq > $after AND e.seq <= $upto /* ACL_EXEMPT(e): WATCH_DATA */
RETURN e.seq AS last ORDER BY e.seq DESC LIMIT 1`;

/**
 * Alerts after the keyset ($afterSeq, $afterWatch) among changes up to $upto, for $watchIds: every
 * item of a change whose start or end a watch covers, that the watch's kind follows, and that the
 * viewer may see now (a link only with both its ends). One alert per (change, watch); `ends` are the
 * records involved (a link's two ends, so what newly connects to a network is named).
 *
 * A change's item lists are read from the store once per change, into the row: indexing the stored
 * property per item (`e.itemFrom[i]`) decodes the whole list again for every item, which made a read
 * of one 5,000-item import batch quadratic (seconds, however few watches it touched).
 */
export const ALERTS = `
MATCH (e:Change) WHERE e.seq >= $afterSeq AND e.seq <= $upto /* ACL_EXEMPT(e): WATCH_DATA */
WITH e, e.itemIds AS ids, e.itemKinds AS kinds, e.itemTypes AS types, e.itemFrom AS froms, e.itemTo AS tos
UNWIND range(0, size(ids) - 1) AS i
WITH e, i, ids[i] AS itemId, ${itemAt.shared('kinds', 'i')} AS itemKind, ${itemAt.shared('types', 'i')} AS itemType,
  ${itemAt.end('froms', 'ids', 'i')} AS fromId, ${itemAt.end('tos', 'ids', 'i')} AS toId
MATCH (c:WatchCover) WHERE c.id IN [fromId, toId] AND c.watch IN $watchIds /* ACL_EXEMPT(c): WATCH_DATA */
WITH DISTINCT e, i, itemId, itemKind, itemType, fromId, toId, c.watch AS watchId
WHERE e.seq > $afterSeq OR watchId > $afterWatch
MATCH (w:Watch {id: watchId}) /* ACL_EXEMPT(w): WATCH_DATA */
WHERE w.createdSeq < e.seq AND NOT w.paused AND (w.expiresAt IS NULL OR e.at < w.expiresAt)
  AND CASE w.kind
    WHEN 'NETWORK' THEN itemKind = 'node' OR (itemKind = 'rel' AND (w.types IS NULL OR itemType IN w.types))
    ELSE itemType IN w.accept END
// Each item's visibility is checked once, however many watches it touches.
WITH e, i, itemId, itemKind, fromId, toId, collect(w) AS touched
CALL {
  WITH itemId, itemKind, fromId, toId
  OPTIONAL MATCH (n:Entity {id: fromId}) WHERE itemKind <> 'rel' AND ACL(n)
  OPTIONAL MATCH (a:Entity {id: fromId})-[r]->(b:Entity {id: toId})
    WHERE itemKind = 'rel' AND r.id = itemId AND ACL(a) AND ACL(r) AND ACL(b)
  RETURN n IS NOT NULL OR r IS NOT NULL AS visible
}
WITH e, itemId, fromId, toId, touched WHERE visible
UNWIND touched AS w
WITH e, w, collect(DISTINCT [itemId, fromId, toId]) AS items
RETURN e.seq AS seq, e.at AS at, e.kind AS change, w.id AS watchId, items
ORDER BY seq, watchId
LIMIT $limit`;
