const ALL_AGENCIES = `
MATCH (a:Agency)
RETURN a.code AS code, a.name AS name, a.country AS country
ORDER BY a.code`;
const AGREEMENTS_OF = `
MATCH (f:Agency)-[s:SHARES_WITH]->(t:Agency)
WHERE (f.code = $agency OR t.code = $agency) AND (s.expiresAt IS NULL OR s.expiresAt > datetime())
RETURN f.code AS from, t.code AS to, s.upTo AS upTo, coalesce(s.hitNotification, false) AS hitNotification,
       s.expiresAt AS expiresAt, s.purpose AS purpose
ORDER BY from, to`;
export {
  AGREEMENTS_OF,
  ALL_AGENCIES
};
