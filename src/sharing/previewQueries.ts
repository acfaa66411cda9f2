// Cypher for the agreement preview: the owner's records and links judged under three views at once,
// each with the one ACL rule (graph/acl.ts visiblePredicate) over its own parameter set:
//   now_    the partner's view today          after_  the partner's view under the proposed terms
//   own_    the owner's view (an ADMIN's): a link or neighbour the owner may not see is never counted,
//           so the preview tells the owner nothing about other agencies' records.
// Trusted statements (the owner's own records only, `n.source = $owner`); results are grouped counts
// and samples cut to `$sample`, never an unbounded list.
import { visiblePredicate } from '../graph/acl.js';
import { hitPredicate } from '../screening/hitNotice.js';

const now = (v: string) => visiblePredicate(v, 'now_');
const after = (v: string) => visiblePredicate(v, 'after_');
const own = (v: string) => visiblePredicate(v, 'own_');
const TYPE = (v: string) => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

/** Records of the owner per type and marking, visible to the partner now and after. */
export const RECORD_COUNTS = `
MATCH (n:Entity) WHERE n.source = $owner
WITH n, ${now('n')} AS seenNow, ${after('n')} AS seenAfter
WHERE seenNow OR seenAfter
RETURN ${TYPE('n')} AS type, n.marking AS marking,
       count(CASE WHEN seenNow THEN 1 END) AS now, count(CASE WHEN seenAfter THEN 1 END) AS after
ORDER BY type, marking`;

// Our links touching one of our records (found from them, by the source index, not by scanning every
// relationship). A link shows only with both ends (as in every traversal), so its ends are judged too.
export const LINK_COUNTS = `
MATCH (o:Entity) WHERE o.source = $owner
MATCH (o)-[r]-(:Entity) WHERE r.source = $owner
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity) WHERE ${own('a')} AND ${own('b')}
WITH r, ${now('r')} AND ${now('a')} AND ${now('b')} AS seenNow, ${after('r')} AND ${after('a')} AND ${after('b')} AS seenAfter
WHERE seenNow OR seenAfter
RETURN type(r) AS type, r.marking AS marking,
       count(CASE WHEN seenNow THEN 1 END) AS now, count(CASE WHEN seenAfter THEN 1 END) AS after
ORDER BY type, marking`;

const SAMPLE = (v: string) => `collect({id: ${v}.id, type: ${TYPE(v)}, marking: ${v}.marking})[..$sample]`;

/** Records that appear for the partner only under the proposed terms, lowest id first. */
export const NEWLY_VISIBLE = `
MATCH (n:Entity) WHERE n.source = $owner AND ${after('n')} AND NOT ${now('n')}
WITH n ORDER BY n.id
RETURN count(n) AS count, ${SAMPLE('n')} AS sample`;

/**
 * Newly visible records next to one the partner already sees, through a link the partner would see:
 * they would appear in the partner's neighbourhoods of records it knows today.
 */
export const NEW_IN_NEIGHBOURHOODS = `
MATCH (n:Entity) WHERE n.source = $owner AND ${after('n')} AND NOT ${now('n')}
  AND EXISTS {
    MATCH (n)-[r]-(m:Entity)
    WHERE ${after('r')} AND ${now('m')} AND ${own('r')} AND ${own('m')}
  }
WITH n ORDER BY n.id
RETURN count(n) AS count, ${SAMPLE('n')} AS sample`;

/**
 * What screening (people and documents) would change: records that become full candidates, and
 * records a screening would announce by hit notice only (hidden, with hit notification), now and after.
 */
export const SCREENING = `
MATCH (n:Entity) WHERE n.source = $owner AND (n:Person OR n:Document)
WITH n, ${now('n')} AS seenNow, ${after('n')} AS seenAfter
RETURN count(CASE WHEN seenAfter AND NOT seenNow THEN 1 END) AS newlyScreenable,
       count(CASE WHEN NOT seenNow AND ${hitPredicate('n', 'now_')} THEN 1 END) AS hitNoticesNow,
       count(CASE WHEN NOT seenAfter AND ${hitPredicate('n', 'after_')} THEN 1 END) AS hitNoticesAfter`;

/** The agreement in force from the owner to the partner (expired ones count as none, as in aclFor.ts). */
export const CURRENT_TERMS = `
MATCH (t:Agency {code: $to})
OPTIONAL MATCH (:Agency {code: $owner})-[s:SHARES_WITH]->(t)
  WHERE s.expiresAt IS NULL OR s.expiresAt > datetime()
RETURN s {.upTo, .hitNotification, .expiresAt, .purpose} AS terms`;
