// Cypher for agencies and agreements: reference data, readable by every authenticated viewer.

export const ALL_AGENCIES = `
MATCH (a:Agency)
RETURN a.code AS code, a.name AS name, a.country AS country,
       coalesce(a.reviewPeriodDays, $defaultPeriod) AS reviewPeriodDays, coalesce(a.reviewGraceDays, $defaultGrace) AS reviewGraceDays
ORDER BY a.code`;

/** Unexpired agreements where the viewer's agency is the giving or the receiving side. */
export const AGREEMENTS_OF = `
MATCH (f:Agency)-[s:SHARES_WITH]->(t:Agency)
WHERE (f.code = $agency OR t.code = $agency) AND (s.expiresAt IS NULL OR s.expiresAt > datetime())
RETURN f.code AS from, t.code AS to, s.upTo AS upTo, coalesce(s.hitNotification, false) AS hitNotification,
       s.expiresAt AS expiresAt, s.purpose AS purpose
ORDER BY from, to`;
