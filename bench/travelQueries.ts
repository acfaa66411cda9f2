// The travelRoutes bench query and its raw Cypher counterparts (bench/travelRoutes.ts, bench/travelProfile.ts).

export const API_QUERY = `{ travelRoutes(through: ["EU-POLICE:loc-istanbul"], to: ["EU-POLICE:loc-gaziantep", "EU-POLICE:loc-hatay"], withinDays: 14,
  between: { from: "2014-01-01T00:00:00Z", to: "2015-12-31T23:59:59Z" }, first: 10) { totalCount edges { node { travellerCount route { id } } } } }`;

/** The same call with everything a pattern can show selected: flags, travellers, their journeys' legs. */
export const API_FULL_QUERY = `{ travelRoutes(through: ["EU-POLICE:loc-istanbul"], to: ["EU-POLICE:loc-gaziantep", "EU-POLICE:loc-hatay"], withinDays: 14,
  between: { from: "2014-01-01T00:00:00Z", to: "2015-12-31T23:59:59Z" }, first: 10) { totalCount edges { node { travellerCount route { id name }
  linkedToRecruiter linkedToWatchlist firstDeparted lastDeparted
  travellers { person { id name } nearRecruiter nearWatchlist journey { departedAt arrivedAt legs { id departedAt arrivedAt } } } } } } }`;

const TRAVELLERS = `
MATCH (l1:Location)<-[:LOCATED_IN*0..1]-(a:Location) WHERE l1.id = 'EU-POLICE:loc-istanbul'
MATCH (a)<-[:TO]-(t1:Travel)<-[:MADE]-(p:Person)
WHERE t1.departedAt >= datetime('2014-01-01T00:00:00Z') AND t1.departedAt <= datetime('2015-12-31T23:59:59Z')`;

export const RAW_QUERIES = {
  /** What the bench always compared with: the number of people who did it, nothing about their journeys. */
  'count travellers': `${TRAVELLERS}
MATCH (p)-[:MADE]->(t2:Travel)-[:TO]->(d:Location)
WHERE d.id IN ['EU-POLICE:loc-gaziantep', 'EU-POLICE:loc-hatay'] AND t2.departedAt > t1.departedAt AND t2.departedAt <= t1.departedAt + duration('P14D')
RETURN count(DISTINCT p) AS travellers`,
  /**
   * What journeys need from the database, without any access rule: the same travellers, each with its
   * legs since the window's start in order, as [id, departed ms, arrived ms, from id, to id] — the input
   * to chaining them into journeys and grouping those into route patterns (not counted here). The
   * statement Skein sends (ROUTE_CANDIDATES) with every ACL(...) taken out.
   */
  'travellers with their legs': `${TRAVELLERS}
  AND EXISTS {
    MATCH (p)-[:MADE]->(t2:Travel)-[:TO]->(d:Location)
    WHERE d.id IN ['EU-POLICE:loc-gaziantep', 'EU-POLICE:loc-hatay'] AND t2.departedAt > t1.departedAt AND t2.departedAt <= t1.departedAt + duration('P14D')
  }
WITH DISTINCT p
CALL {
  WITH p
  MATCH (p)-[:MADE]->(t:Travel) WHERE t.departedAt >= datetime('2014-01-01T00:00:00Z')
  WITH t ORDER BY t.departedAt, t.id
  RETURN collect([t.id, t.departedAt.epochMillis, t.arrivedAt.epochMillis, head([(t)-[:FROM]->(f:Location) | f.id]), head([(t)-[:TO]->(d:Location) | d.id])]) AS legs
}
RETURN p.id AS pid, legs`,
};
