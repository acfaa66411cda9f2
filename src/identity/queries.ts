// Cypher for identity resolution: the facts of the people to match, and analysts' SAME_AS decisions.
import { appendChange } from '../watches/outbox.js';
import { RELATIONSHIP_ID_LOCK } from '../ingest/queries.js';
// Decisions are (:IdentityDecision) nodes (not records: no marking, read only by their own agency).

/** Per person: its own name facts, visible documents, identifiers, flights, SAME_AS partners, and pairs its viewer's agency rejected. */
export const SUBJECTS = `
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE ACL(p)
RETURN p.id AS id, p {.name, .aliases, .birthDate, .nationalities, .gender, .nameTokens} AS props,
  [(p)-[h:HOLDS]->(d:Document) WHERE ACL(h) AND ACL(d) AND d.numberKey IS NOT NULL | d.numberKey][..50] AS docKeys,
  [(p)-[h:HOLDS]->(x:Identifier) WHERE ACL(h) AND ACL(x) AND x.value IS NOT NULL | x.value][..50] AS idValues,
  [(p)-[m:MADE]->(t:Travel) WHERE ACL(m) AND ACL(t) AND t.flightNumber IS NOT NULL AND t.departedAt IS NOT NULL
    | {flight: t.flightNumber, day: toString(date(t.departedAt))}][..50] AS flights,
  [(p)-[r:SAME_AS]-(q:Person) WHERE ACL(r) AND ACL(q) | q.id][..100] AS joined,
  COLLECT { MATCH (d:IdentityDecision {a: p.id, agency: $agency, kind: 'REJECTED', active: true}) RETURN d.b }
    + COLLECT { MATCH (d:IdentityDecision {b: p.id, agency: $agency, kind: 'REJECTED', active: true}) RETURN d.a } AS rejected`;

/** Both people, as the viewer sees them, and the agency's active decision on the pair (if any). */
export const PAIR = `
OPTIONAL MATCH (x:Person {id: $a}) WHERE ACL(x)
OPTIONAL MATCH (y:Person {id: $b}) WHERE ACL(y)
OPTIONAL MATCH (d:IdentityDecision {pair: $pair, agency: $agency, active: true}) /* ACL_EXEMPT(d): AGENCY_SCOPED */
RETURN x IS NOT NULL AS aVisible, y IS NOT NULL AS bVisible, d`;

const DECISION_PROPS = `id: $id, pair: $pair, a: $a, b: $b, kind: $kind, agency: $agency, decidedBy: $by,
  decidedAt: datetime(), reason: $reason, active: true`;

export const RECORD_REJECTION = `
MATCH (x:Person {id: $a}) WHERE ACL(x)
MATCH (y:Person {id: $b}) WHERE ACL(y)
CREATE (d:IdentityDecision {${DECISION_PROPS}}) /* ACL_EXEMPT(d): AGENCY_SCOPED */
RETURN d`;

/**
 * A confirmation is a SAME_AS record of the viewer's agency, the decision's id as its reference. Its id
 * is in the agency's namespace, so it is written under that namespace's id lock like every relationship
 * id (`$idLocks`, `$holder` null: ingest/queries.ts).
 */
export const RECORD_CONFIRMATION = `${RELATIONSHIP_ID_LOCK}
MATCH (x:Person {id: $a}) WHERE ACL(x)
MATCH (y:Person {id: $b}) WHERE ACL(y)
CREATE (d:IdentityDecision {${DECISION_PROPS}, sameAsId: $relId}) /* ACL_EXEMPT(d): AGENCY_SCOPED */
MERGE (x)-[r:SAME_AS {id: $relId}]->(y) /* ACL_EXEMPT(r): OWN_WRITE */
SET r.source = $agency, r.marking = $marking, r.markingRank = $markingRank, r.reportedAt = d.decidedAt,
  r.confidence = 1.0, r.sourceRef = $id, r.score = $score, r.method = 'analyst decision',
  r.decidedBy = $by, r.decidedAt = d.decidedAt
WITH d, [{id: $relId, kind: 'rel', type: 'SAME_AS', from: $a, to: $b}] AS changed
CALL {
  WITH changed
  ${appendChange('changed', "'SAME_AS'")}
}
RETURN d`;

/** Retraction keeps the decision (history) and removes its effect: the SAME_AS link of a confirmation. */
export const RETRACT = `
MATCH (x:Person {id: $a}) WHERE ACL(x)
MATCH (y:Person {id: $b}) WHERE ACL(y)
MATCH (d:IdentityDecision {pair: $pair, agency: $agency, active: true}) /* ACL_EXEMPT(d): AGENCY_SCOPED */
SET d.active = false, d.retractedAt = datetime(), d.retractedBy = $by, d.retractReason = $reason
WITH d
OPTIONAL MATCH ()-[r:SAME_AS {id: d.sameAsId}]->() /* ACL_EXEMPT(r): OWN_WRITE */
DELETE r
RETURN d`;
