// Cypher for travel: legs with their visible ends, the place hierarchy, route anchors, co-travel, timelines.

/** A leg's time filter: departed inside [$from, $to] (open ends allowed). */
const LEG_IN_WINDOW = '($from IS NULL OR t.departedAt >= $from) AND ($to IS NULL OR t.departedAt <= $to)';

/**
 * Visible legs of people, earliest first, with the ids of the ends the viewer may see: thousands of
 * legs touch a few hundred places, so the places are read once (legsOf), not once per leg.
 */
export const LEGS_OF_PEOPLE = `
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[m:MADE]->(t:Travel)
WHERE ACL(p) AND ACL(m) AND ACL(t) AND ${LEG_IN_WINDOW}
OPTIONAL MATCH (t)-[rf:FROM]->(lf:Location) WHERE ACL(rf) AND ACL(lf)
OPTIONAL MATCH (t)-[rt:TO]->(lt:Location) WHERE ACL(rt) AND ACL(lt)
WITH pid, t, head(collect(lf.id)) AS f, head(collect(lt.id)) AS d
ORDER BY pid, t.departedAt, t.id
RETURN pid, collect({t: t, f: f, d: d}) AS legs`;

/** Locations inside the given ones (themselves included), through visible LOCATED_IN links. */
export const PLACES_WITHIN = `
UNWIND $ids AS lid
MATCH (l:Location {id: lid}) WHERE ACL(l)
MATCH path = (d:Location)-[:LOCATED_IN*0..4]->(l)
WHERE ACL_PATH(path)
RETURN DISTINCT d.id AS id`;

/** The nearest enclosing city (or the place itself), so an airport and its city count as one place. */
export const CITY_OF = `
UNWIND $ids AS lid
MATCH (l:Location {id: lid})
OPTIONAL MATCH path = (l)-[:LOCATED_IN*0..2]->(c:Location {kind: 'CITY'})
WHERE ACL_PATH(path)
WITH lid, path ORDER BY length(path)
RETURN lid, head(collect(last(nodes(path)).id)) AS city`;

/**
 * Route candidates with their legs, in one statement: people with a visible leg arriving at one of the
 * anchor places in the window and, when `$to` is given (`$toPlaces`), a later visible leg reaching one
 * of those places within `$withinSeconds` of that arrival (a necessary condition only: journeys are
 * chained in routes.ts), each with every visible leg departed since `$from` (later ones too: a journey
 * entered in the window may end after it), earliest first, as [leg id, departed ms, arrived ms, from id,
 * to id] (an end the viewer may not see is null). Ids and times only: chaining and grouping need no
 * more, and the records an answer shows are read by id afterwards (7,000 travellers' 29,000 legs
 * shipped as whole records were most of the time).
 */
export const ROUTE_CANDIDATES = `
MATCH (l:Location)<-[rt:TO]-(t:Travel)<-[m:MADE]-(p:Person)
WHERE l.id IN $anchors AND ACL(l) AND ACL(rt) AND ACL(t) AND ACL(m) AND ACL(p) AND ${LEG_IN_WINDOW}
  AND ($toPlaces IS NULL OR EXISTS {
    MATCH (p)-[m2:MADE]->(t2:Travel)-[rt2:TO]->(l2:Location)
    WHERE l2.id IN $toPlaces AND t2 <> t AND t2.departedAt >= t.departedAt
      AND coalesce(t2.arrivedAt, t2.departedAt) <= coalesce(t.arrivedAt, t.departedAt) + duration({seconds: $withinSeconds})
      AND ACL(m2) AND ACL(t2) AND ACL(rt2) AND ACL(l2)
  })
WITH DISTINCT p
LIMIT $max
CALL {
  WITH p
  MATCH (p)-[ml:MADE]->(leg:Travel)
  WHERE ACL(ml) AND ACL(leg) AND ($from IS NULL OR leg.departedAt >= $from)
  WITH leg ORDER BY leg.departedAt, leg.id
  RETURN collect([leg.id, leg.departedAt.epochMillis, leg.arrivedAt.epochMillis,
    head([(leg)-[rf:FROM]->(lf:Location) WHERE ACL(rf) AND ACL(lf) | lf.id]),
    head([(leg)-[rd:TO]->(ld:Location) WHERE ACL(rd) AND ACL(ld) | ld.id])]) AS legs
}
RETURN p.id AS pid, legs`;

/**
 * Travellers near a recruiter / a watchlisted person (themselves included), over visible person links.
 * The inner EXISTS is a separate match on purpose: within one pattern a relationship is used once, so
 * "recruited by R" could not also count as "R recruited someone".
 */
export const NEAR_FLAGS = `
UNWIND $people AS pid
MATCH (p:Person {id: pid})
RETURN pid,
  EXISTS {
    MATCH path = (p)-[:RECRUITED|ASSOCIATE_OF|FAMILY_OF|COMMUNICATED_WITH*0..2]-(r:Person)
    WHERE ACL_PATH(path) AND EXISTS { MATCH (r)-[x:RECRUITED]->(y:Person) WHERE ACL(x) AND ACL(y) }
  } AS nearRecruiter,
  EXISTS {
    MATCH path = (p)-[:RECRUITED|ASSOCIATE_OF|FAMILY_OF|COMMUNICATED_WITH*0..2]-(w:Person)
    WHERE ACL_PATH(path) AND EXISTS { MATCH (w)-[x:LISTED_ON]->(list:Watchlist) WHERE ACL(x) AND ACL(list) }
  } AS nearWatchlist`;

/** Legs of others sharing a flight number, or a land/sea destination, within $seconds of one of mine. */
export const CO_TRAVEL = `
MATCH (me:Person {id: $id})-[m1:MADE]->(t:Travel)
WHERE ACL(me) AND ACL(m1) AND ACL(t) AND ${LEG_IN_WINDOW}
CALL {
  WITH t, me
  MATCH (t2:Travel {flightNumber: t.flightNumber})<-[m2:MADE]-(o:Person)
  WHERE t.flightNumber IS NOT NULL AND o <> me AND ACL(t2) AND ACL(m2) AND ACL(o)
    AND abs(duration.inSeconds(t.departedAt, t2.departedAt).seconds) <= $seconds
  RETURN t2, o, 'FLIGHT' AS kind
  UNION
  WITH t, me
  MATCH (t)-[r1:TO]->(l:Location)<-[r2:TO]-(t2:Travel)<-[m2:MADE]-(o:Person)
  WHERE t.mode <> 'AIR' AND t2.mode = t.mode AND o <> me AND ACL(r1) AND ACL(l) AND ACL(r2) AND ACL(t2) AND ACL(m2) AND ACL(o)
    AND abs(duration.inSeconds(t.departedAt, t2.departedAt).seconds) <= $seconds
  RETURN t2, o, 'CROSSING' AS kind
}
RETURN o, t AS mine, t2 AS theirs, kind
LIMIT $max`;

/** The record and its visible relationships (with far ends), earliest facts first, capped. */
export const TIMELINE = `
MATCH (n:Entity {id: $id}) WHERE ACL(n)
OPTIONAL MATCH (n)-[r]-(o:Entity)
WHERE ACL(r) AND ACL(o) AND o <> n
WITH n, r, o ORDER BY coalesce(r.validFrom, r.reportedAt), r.id
LIMIT $max
RETURN n, collect(CASE WHEN r IS NULL THEN null ELSE {r: r, o: o} END) AS links`;
