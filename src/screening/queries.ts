// Cypher for matching: candidates by index lookups only (name keys, document numbers, identifiers,
// flights), batched over many subjects per statement; hit notices; network context of matches.
// Visible candidates and hidden (hit-notifiable) ones are collected into separate lists with their own
// caps, so a hidden record can never push a visible one out of a capped list.
// A batch's lists travel inside one map parameter, `$batch` (batchParam): Neo4j keys its plan cache
// on each top-level list parameter's size rounded to a power of ten, and these statements' plans do not
// depend on it (an UNWIND driving index seeks), while each new size class cost a plan of its own (the
// match statement: ~0.4 s on a warm server, ~3 s in the first minute after a start).

// Shared facts are read only when the subject has some of that kind (most manifest rows have none).
const CANDIDATE = `c {.id, .name, .aliases, .birthDate, .nationalities, .gender, .nameTokens,
  docs: CASE WHEN size(s.docKeys) = 0 THEN [] ELSE
    [(c)-[h:HOLDS]->(d:Document) WHERE d.numberKey IN s.docKeys AND ACL(h) AND ACL(d)
     AND (s.docCountry IS NULL OR d.issuingCountry IS NULL OR d.issuingCountry = s.docCountry) | d.numberKey] END,
  ids: CASE WHEN size(s.idValues) = 0 THEN [] ELSE
    [(c)-[h:HOLDS]->(x:Identifier) WHERE x.value IN s.idValues AND ACL(h) AND ACL(x) | x.value] END,
  flights: CASE WHEN size(s.flightNumbers) = 0 THEN [] ELSE
    [(c)-[m:MADE]->(t:Travel) WHERE t.flightNumber IN s.flightNumbers AND ACL(m) AND ACL(t)
     | t.flightNumber + ' on ' + toString(date(t.departedAt))] END}`;

/** All a hidden person may contribute: what scoring needs, then only agency and reference leave (match.ts, hitNotice.ts). */
const HIDDEN_PERSON = `node {.name, .aliases, .birthDate, .nationalities, .gender, .nameTokens, agency: node.source, sourceRef: node.sourceRef, holder: node.id}`;

/** A visible person found by name: what scoring by name and birth date needs (match.ts keeps only those that can reach the threshold). */
const NAMED_PERSON = `node {.id, .name, .aliases, .birthDate, .nationalities, .gender, .nameTokens}`;

/**
 * The name-key lookup of a whole batch of subjects in a few full-text queries: `$batch.queries` are the
 * batch's distinct keys, each query {index, text} against the name-key index or the undated people's
 * (`u_` keys), at most a thousand terms each (one query per subject was mostly the
 * procedure's own cost per call: ~0.5 ms, more than its terms); `rowsOf` maps a key to the positions
 * of the subjects looking it up, `exclude[i]` lists the ids subject i never takes.
 * Each person found goes to every subject it shares a key with, two lists per subject: visible people
 * (ACL), most keys shared first, then by id, and hidden people of sources with hit notification (HIT);
 * each list is cut to `$cap` on its own, so hidden ones never displace visible ones (and a person's
 * place depends only on the subject and that person). Both carry what scoring needs, so a subject
 * without documents, identifiers or flights is scored from this statement alone.
 */
export const NAME_LOOKUP = `
UNWIND $batch.queries AS q
CALL db.index.fulltext.queryNodes(q.index, q.text) YIELD node
WITH DISTINCT node
WITH node, ACL(node) AS visible
WHERE visible OR HIT(node)
UNWIND node.nameKeys AS k
UNWIND coalesce($batch.rowsOf[k], []) AS i
WITH i, node, visible, count(*) AS shared
WHERE NOT node.id IN $batch.exclude[i]
WITH i, node, visible ORDER BY i, shared DESC, node.id
WITH i, collect(CASE WHEN visible THEN ${NAMED_PERSON} END) AS named,
     collect(CASE WHEN NOT visible THEN ${HIDDEN_PERSON} END)[..$cap] AS hiddenPeople
RETURN i, named[..$cap] AS named, size(named) >= $cap AS capped, hiddenPeople`;

/**
 * Which of a batch's document numbers are on a document the viewer may see or be told of (HIT): only
 * rows with one of those, or with a person found by name that may reach the threshold, or with
 * identifiers, go on to MATCH_BATCH. Most manifest rows carry a document number that is on no record,
 * and MATCH_BATCH's subqueries per row cost as much for them as for the rest. Hidden documents without
 * hit notification are left out here as everywhere, so they change no row's answer nor its cost.
 */
export const DOCUMENTS_FOUND = `
UNWIND $batch.docKeys AS k
MATCH (d:Document {numberKey: k}) WHERE ACL(d) OR HIT(d)
RETURN DISTINCT k`;

/**
 * One statement per batch of the subjects that carry documents, identifiers or flights: `$batch.subjects` =
 * [{i, named (ids NAME_LOOKUP found, visible then, that may reach the threshold), docKeys, docCountry,
 * idValues, flights: [{flight, day}], flightNumbers, exclude}].
 * Documents, identifiers and flights add visible candidates and the facts they share; hidden documents
 * (or their hidden holders) of hit sources become notices.
 */
export const MATCH_BATCH = `
UNWIND $batch.subjects AS s
CALL {
  WITH s
  UNWIND s.named AS id
  MATCH (node:Person {id: id}) WHERE ACL(node)
  RETURN collect(node) AS named
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
RETURN s.i AS i, candidates, hiddenDocuments`;

/** Person-to-person links walked for network context; SAME_AS joins records of one human. */
const PERSON_LINKS = 'RECRUITED|ASSOCIATE_OF|FAMILY_OF|COMMUNICATED_WITH|SAME_AS';
export const MAX_CONTEXT_HOPS = 4;

// Hop bounds must be literals; they come only from this table of validated integers.
// SHORTEST 1 with an open end gives one shortest path per reachable person. One search finds the
// people who recruit or are listed (two searches, one per kind, walked the same links twice); then the
// nearest of each kind (ties: the lowest id) is kept, so a candidate is one row and its context is
// the nearest match.
const RECRUITS = 'EXISTS { MATCH (q)-[rr:RECRUITED]->(z:Person) WHERE ACL(rr) AND ACL(z) }';
const LISTED = 'EXISTS { MATCH (q)-[ll:LISTED_ON]->(ww:Watchlist) WHERE ACL(ll) AND ACL(ww) }';
function context(hops: number): string {
  const walk = `(()-[r:${PERSON_LINKS}]-(x:Person) WHERE ACL(r) AND ACL(x)){0,${hops}}`;
  return `
UNWIND $batch.ids AS id
MATCH (p:Person {id: id}) WHERE ACL(p)
CALL {
  WITH p
  OPTIONAL MATCH (p)-[l:LISTED_ON]->(w:Watchlist) WHERE ACL(l) AND ACL(w)
  WITH w ORDER BY w.id
  RETURN collect(w.id)[..$maxLists] AS lists
}
CALL {
  WITH p
  OPTIONAL MATCH path = SHORTEST 1 ((p)${walk}(q:Person) WHERE ACL(q) AND ${RECRUITS} OR ACL(q) AND ${LISTED})
  WITH q, length(path) AS hops, ${RECRUITS} AS recruits, ${LISTED} AS listed
  ORDER BY hops, q.id
  WITH collect(CASE WHEN recruits THEN {hops: hops, id: q.id} END)[0] AS r, collect(CASE WHEN listed THEN {hops: hops, id: q.id} END)[0] AS l
  RETURN r.hops AS recruiterHops, r.id AS recruiter, l.hops AS watchlistHops, l.id AS watchlisted
}
RETURN p.id AS id, lists, recruiterHops, recruiter, watchlistHops, watchlisted`;
}

/** A batch's lists as the one map parameter the batch statements read them from (`$batch`, above). */
export const batchParam = (lists: Record<string, unknown>): { batch: Record<string, unknown> } => ({ batch: lists });

export const NETWORK_CONTEXT = Object.fromEntries(
  Array.from({ length: MAX_CONTEXT_HOPS }, (_, i) => [i + 1, context(i + 1)]),
) as Record<number, string>;
