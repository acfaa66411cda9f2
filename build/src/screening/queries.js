const CANDIDATE = `c {.id, .name, .aliases, .birthDate, .nationalities, .gender, .nameTokens,
  docs: CASE WHEN size(s.docKeys) = 0 THEN [] ELSE
    [(c)-[h:HOLDS]->(d:Document) WHERE d.numberKey IN s.docKeys AND ACL(h) AND ACL(d)
     AND (s.docCountry IS NULL OR d.issuingCountry IS NULL OR d.issuingCountry = s.docCountry) | d.numberKey] END,
  ids: CASE WHEN size(s.idValues) = 0 THEN [] ELSE
    [(c)-[h:HOLDS]->(x:Identifier) WHERE x.value IN s.idValues AND ACL(h) AND ACL(x) | x.value] END,
  flights: CASE WHEN size(s.flightNumbers) = 0 THEN [] ELSE
    [(c)-[m:MADE]->(t:Travel) WHERE t.flightNumber IN s.flightNumbers AND ACL(m) AND ACL(t)
     | t.flightNumber + ' on ' + toString(date(t.departedAt))] END}`;
const HIDDEN_PERSON = `node {.name, .aliases, .birthDate, .nationalities, .gender, .nameTokens, agency: node.source, sourceRef: node.sourceRef, holder: node.id}`;
const MATCH_BATCH = `
UNWIND $subjects AS s
CALL {
  WITH s
  CALL db.index.fulltext.queryNodes($keyIndex, s.q) YIELD node
  WITH node, ACL(node) AS visible
  WHERE (visible OR HIT(node)) AND NOT node.id IN s.exclude
  RETURN collect(CASE WHEN visible THEN node END) AS named,
         collect(CASE WHEN NOT visible THEN ${HIDDEN_PERSON} END)[..$cap] AS hiddenPeople
}
CALL {
  WITH s
  UNWIND s.docKeys AS k
  MATCH (d:Document {numberKey: k})<-[h:HOLDS]-(c:Person)
  WHERE ACL(d) AND ACL(h) AND ACL(c) AND NOT c.id IN s.exclude
  RETURN collect(DISTINCT c)[..$cap] AS byDocument
}
CALL {
  WITH s
  UNWIND s.idValues AS v
  MATCH (x:Identifier {value: v})<-[h:HOLDS]-(c:Person)
  WHERE ACL(x) AND ACL(h) AND ACL(c) AND NOT c.id IN s.exclude
  RETURN collect(DISTINCT c)[..$cap] AS byIdentifier
}
CALL {
  WITH s
  UNWIND s.flights AS f
  MATCH (t:Travel)<-[m:MADE]-(c:Person)
  WHERE t.flightNumber = f.flight AND t.departedAt >= datetime(f.day) AND t.departedAt < datetime(f.day) + duration('P1D')
    AND ACL(t) AND ACL(m) AND ACL(c) AND NOT c.id IN s.exclude
  RETURN collect(DISTINCT c)[..$cap] AS byFlight
}
CALL {
  WITH s, named, byDocument, byIdentifier, byFlight
  UNWIND named[..$cap] + byDocument + byIdentifier + byFlight AS c
  WITH DISTINCT s, c
  RETURN collect(${CANDIDATE}) AS candidates
}
CALL {
  WITH s
  UNWIND CASE WHEN size($hitSources) = 0 THEN [] ELSE s.docKeys END AS k
  MATCH (d:Document {numberKey: k})
  WHERE s.docCountry IS NULL OR d.issuingCountry IS NULL OR d.issuingCountry = s.docCountry
  OPTIONAL MATCH (d)<-[h:HOLDS]-(c:Person)
  WITH s, d, h, c, NOT ACL(d) AND HIT(d) AS docHit
  WITH d, c, docHit, c IS NOT NULL AND NOT ACL(c) AND HIT(c) AND (ACL(d) OR HIT(d)) AND (ACL(h) OR HIT(h)) AND NOT c.id IN s.exclude AS holderHit
  WHERE docHit OR holderHit
  WITH CASE WHEN docHit THEN {agency: d.source, sourceRef: d.sourceRef, holder: d.id}
            ELSE {agency: c.source, sourceRef: c.sourceRef, holder: c.id} END AS hit
  LIMIT $cap
  RETURN collect(DISTINCT hit) AS hiddenDocuments
}
RETURN s.i AS i, candidates, size(named) >= $cap AS capped, hiddenPeople, hiddenDocuments`;
const PERSON_LINKS = "RECRUITED|ASSOCIATE_OF|FAMILY_OF|COMMUNICATED_WITH|SAME_AS";
const MAX_CONTEXT_HOPS = 4;
function context(hops) {
  const walk = `(()-[r:${PERSON_LINKS}]-(x:Person) WHERE ACL(r) AND ACL(x)){0,${hops}}`;
  return `
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE ACL(p)
CALL {
  WITH p
  OPTIONAL MATCH (p)-[l:LISTED_ON]->(w:Watchlist) WHERE ACL(l) AND ACL(w)
  WITH w ORDER BY w.id
  RETURN collect(w.id)[..$maxLists] AS lists
}
CALL {
  WITH p
  OPTIONAL MATCH path = SHORTEST 1 ((p)${walk}(q:Person)
    WHERE ACL(q) AND EXISTS { MATCH (q)-[rr:RECRUITED]->(z:Person) WHERE ACL(rr) AND ACL(z) })
  WITH path, q ORDER BY length(path), q.id LIMIT 1
  RETURN length(path) AS recruiterHops, q.id AS recruiter
}
CALL {
  WITH p
  OPTIONAL MATCH path = SHORTEST 1 ((p)${walk}(q:Person)
    WHERE ACL(q) AND EXISTS { MATCH (q)-[ll:LISTED_ON]->(ww:Watchlist) WHERE ACL(ll) AND ACL(ww) })
  WITH path, q ORDER BY length(path), q.id LIMIT 1
  RETURN length(path) AS watchlistHops, q.id AS watchlisted
}
RETURN p.id AS id, lists, recruiterHops, recruiter, watchlistHops, watchlisted`;
}
const NETWORK_CONTEXT = Object.fromEntries(
  Array.from({ length: MAX_CONTEXT_HOPS }, (_, i) => [i + 1, context(i + 1)])
);
export {
  MATCH_BATCH,
  MAX_CONTEXT_HOPS,
  NETWORK_CONTEXT
};
