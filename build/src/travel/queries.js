const LEG_IN_WINDOW = "($from IS NULL OR t.departedAt >= $from) AND ($to IS NULL OR t.departedAt <= $to)";
const LEGS_OF_PEOPLE = `
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[m:MADE]->(t:Travel)
WHERE ACL(p) AND ACL(m) AND ACL(t) AND ${LEG_IN_WINDOW}
OPTIONAL MATCH (t)-[rf:FROM]->(lf:Location) WHERE ACL(rf) AND ACL(lf)
OPTIONAL MATCH (t)-[rt:TO]->(lt:Location) WHERE ACL(rt) AND ACL(lt)
WITH pid, t, head(collect(lf.id)) AS f, head(collect(lt.id)) AS d
ORDER BY pid, t.departedAt, t.id
RETURN pid, collect({t: t, f: f, d: d}) AS legs`;
const PLACES_WITHIN = `
UNWIND $ids AS lid
MATCH (l:Location {id: lid}) WHERE ACL(l)
MATCH path = (d:Location)-[:LOCATED_IN*0..4]->(l)
WHERE ACL_PATH(path)
RETURN DISTINCT d.id AS id`;
const CITY_OF = `
UNWIND $ids AS lid
MATCH (l:Location {id: lid})
OPTIONAL MATCH path = (l)-[:LOCATED_IN*0..2]->(c:Location {kind: 'CITY'})
WHERE ACL_PATH(path)
WITH lid, path ORDER BY length(path)
RETURN lid, head(collect(last(nodes(path)).id)) AS city`;
const TRAVELLERS_THROUGH = `
MATCH (l:Location)<-[rt:TO]-(t:Travel)<-[m:MADE]-(p:Person)
WHERE l.id IN $anchors AND ACL(l) AND ACL(rt) AND ACL(t) AND ACL(m) AND ACL(p) AND ${LEG_IN_WINDOW}
  AND ($toPlaces IS NULL OR EXISTS {
    MATCH (p)-[m2:MADE]->(t2:Travel)-[rt2:TO]->(l2:Location)
    WHERE l2.id IN $toPlaces AND t2 <> t AND t2.departedAt >= t.departedAt
      AND coalesce(t2.arrivedAt, t2.departedAt) <= coalesce(t.arrivedAt, t.departedAt) + duration({seconds: $withinSeconds})
      AND ACL(m2) AND ACL(t2) AND ACL(rt2) AND ACL(l2)
  })
RETURN DISTINCT p.id AS id
LIMIT $max`;
const NEAR_FLAGS = `
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
const CO_TRAVEL = `
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
const TIMELINE = `
MATCH (n:Entity {id: $id}) WHERE ACL(n)
OPTIONAL MATCH (n)-[r]-(o:Entity)
WHERE ACL(r) AND ACL(o) AND o <> n
WITH n, r, o ORDER BY coalesce(r.validFrom, r.reportedAt), r.id
LIMIT $max
RETURN n, collect(CASE WHEN r IS NULL THEN null ELSE {r: r, o: o} END) AS links`;
export {
  CITY_OF,
  CO_TRAVEL,
  LEGS_OF_PEOPLE,
  NEAR_FLAGS,
  PLACES_WITHIN,
  TIMELINE,
  TRAVELLERS_THROUGH
};
