// Schema migrations (constraints and indexes), idempotent: safe to apply at every start.
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../model/graphModel.js';
import type { GraphExecutor } from './executor.js';
import { ensureNameKeys } from '../identity/backfill.js';
import { namespaceIdsOnce } from './idNamespaces.js';
import { ensureSearchNames } from '../search/namesBackfill.js';

/**
 * Full-text search (search/): `names` (name and aliases as one list, search/names.ts), document numbers
 * and identifier values. Its fields changed with schema 5, so it has a new name; the old index
 * (`entity_search`: name and aliases apart) is dropped once every record has its `names`.
 */
export const SEARCH_INDEX = 'entity_search_names';
const RETIRED_INDEXES = ['entity_search'] as const;
/** Person name keys (identity/nameKeys.ts): one keyword term per key, so a lookup is a term query. */
export const NAME_KEY_INDEX = 'person_name_keys';
/** The `u_` keys of people without a birth date again (identity/nameKeys.ts PersonKeys.undatedKeys). */
export const UNDATED_KEY_INDEX = 'person_undated_keys';
/**
 * 4: record ids namespaced per agency (`<AGENCY>:<localId>`), relationship ids unique across types.
 * 5: search over one `names` field (SEARCH_INDEX).
 */
export const SCHEMA_VERSION = 5;

// Labels and relationship types below come from the closed tables in model/graphModel.ts only.
function statements(): string[] {
  const perType = NODE_TYPES.map(
    (t) => `CREATE CONSTRAINT ${t.toLowerCase()}_id IF NOT EXISTS FOR (n:${t}) REQUIRE n.id IS UNIQUE`,
  );
  const relIds = RELATIONSHIP_TYPES.map(
    (t) => `CREATE INDEX rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`,
  );
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT agency_code IF NOT EXISTS FOR (a:Agency) REQUIRE a.code IS UNIQUE',
    'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:SkeinMeta) REQUIRE m.key IS UNIQUE',
    ...perType,
    ...relIds,
    'CREATE INDEX entity_source IF NOT EXISTS FOR (n:Entity) ON (n.source)',
    'CREATE INDEX entity_reported IF NOT EXISTS FOR (n:Entity) ON (n.reportedAt)',
    'CREATE INDEX entity_source_reviewed IF NOT EXISTS FOR (n:Entity) ON (n.source, n.reviewedAt)',
    'CREATE INDEX tombstone_id IF NOT EXISTS FOR (t:Tombstone) ON (t.id)',
    'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
    'CREATE INDEX person_birth IF NOT EXISTS FOR (n:Person) ON (n.birthDate)',
    'CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.numberKey)',
    'CREATE INDEX identifier_value IF NOT EXISTS FOR (n:Identifier) ON (n.value)',
    'CREATE INDEX location_iata IF NOT EXISTS FOR (n:Location) ON (n.iata)',
    'CREATE INDEX location_country IF NOT EXISTS FOR (n:Location) ON (n.countryCode)',
    'CREATE INDEX travel_departed IF NOT EXISTS FOR (n:Travel) ON (n.departedAt)',
    'CREATE INDEX travel_flight IF NOT EXISTS FOR (n:Travel) ON (n.flightNumber)',
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
       FOR (n:Person|Organisation|Location|Document|Identifier|Watchlist)
       ON EACH [n.names, n.number, n.value]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    `CREATE FULLTEXT INDEX ${NAME_KEY_INDEX} IF NOT EXISTS FOR (n:Person) ON EACH [n.nameKeys]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword', \`fulltext.eventually_consistent\`: false } }`,
    `CREATE FULLTEXT INDEX ${UNDATED_KEY_INDEX} IF NOT EXISTS FOR (n:Person) ON EACH [n.undatedKeys]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword', \`fulltext.eventually_consistent\`: false } }`,
    // Analysts' SAME_AS decisions (identity/decisions.ts): history kept, looked up by the record pair.
    'CREATE CONSTRAINT identity_decision_id IF NOT EXISTS FOR (d:IdentityDecision) REQUIRE d.id IS UNIQUE',
    // Same flight, same day (identity/matches.ts): one seek, not every leg ever flown under that number.
    'CREATE INDEX travel_flight_departed IF NOT EXISTS FOR (n:Travel) ON (n.flightNumber, n.departedAt)',
    'CREATE INDEX identity_decision_pair IF NOT EXISTS FOR (d:IdentityDecision) ON (d.pair)',
    'CREATE INDEX identity_decision_a IF NOT EXISTS FOR (d:IdentityDecision) ON (d.a)',
    'CREATE INDEX identity_decision_b IF NOT EXISTS FOR (d:IdentityDecision) ON (d.b)',
    // Watches (src/watches): the outbox by sequence, watches by agency, coverage by record id.
    'CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE',
    'CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE',
    'CREATE INDEX watch_agency IF NOT EXISTS FOR (w:Watch) ON (w.agency)',
    'CREATE INDEX watch_cover_id IF NOT EXISTS FOR (c:WatchCover) ON (c.id)',
    'CREATE INDEX watch_cover_watch IF NOT EXISTS FOR (c:WatchCover) ON (c.watch)',
    // Sharing governance (src/sharing): requests and releases by id and by agency (the per-request
    // view reads live releases by agency), tombstones by agency, agreement history by either side.
    // Tombstone ids are not unique: a record id erased, written again and erased again has two.
    'CREATE CONSTRAINT access_request_id IF NOT EXISTS FOR (q:AccessRequest) REQUIRE q.id IS UNIQUE',
    'CREATE INDEX access_request_holder IF NOT EXISTS FOR (q:AccessRequest) ON (q.holder, q.status)',
    'CREATE INDEX access_request_requester IF NOT EXISTS FOR (q:AccessRequest) ON (q.requester)',
    'CREATE CONSTRAINT release_id IF NOT EXISTS FOR (r:Release) REQUIRE r.id IS UNIQUE',
    'CREATE INDEX release_agency IF NOT EXISTS FOR (r:Release) ON (r.agency)',
    'CREATE INDEX release_holder IF NOT EXISTS FOR (r:Release) ON (r.holder)',
    'CREATE INDEX tombstone_source IF NOT EXISTS FOR (t:Tombstone) ON (t.source, t.erasedAt)',
    'CREATE INDEX tombstone_id IF NOT EXISTS FOR (t:Tombstone) ON (t.id)',
    'CREATE INDEX agreement_change_from IF NOT EXISTS FOR (c:AgreementChange) ON (c.from)',
    'CREATE INDEX agreement_change_to IF NOT EXISTS FOR (c:AgreementChange) ON (c.to)',
  ];
}

/** How long applying the schema waits for indexes to come online (a 1M-people store file load included). */
export const INDEX_WAIT_SECONDS = 3600;

/** Applies every statement, waits until the indexes are online, records the schema version. */
export async function applyMigrations(graph: GraphExecutor): Promise<{ statements: number }> {
  const list = statements();
  // Schema commands cannot share a transaction with each other in Neo4j: one each.
  for (const cypher of list) await graph.trustedWrite(cypher);
  // After `import --initial` of a large world the indexes populate for minutes: the wait has its own
  // bound (INDEX_WAIT_SECONDS), never the 15 s query timeout of analysts' requests.
  await graph.trustedWait('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS }, (INDEX_WAIT_SECONDS + 30) * 1000);
  // Data written under an older schema version is converted once (idNamespaces.ts). Every version
  // recorded its number, so a graph without one is empty or was written by `import --initial` with
  // namespaced ids, whose repeats it settles itself.
  const version = await schemaVersion(graph);
  if (version !== null && version < 4) await namespaceIdsOnce(graph);
  // People written before name keys existed, by a writer that does not compute them, or under an
  // older key algorithm, get current keys now.
  await ensureNameKeys(graph);
  // Records written before `names` existed get it (bounded batches, resumed where a start stopped);
  // only then is the index the old release searched retired.
  await ensureSearchNames(graph);
  for (const index of RETIRED_INDEXES) await graph.trustedWrite(`DROP INDEX ${index} IF EXISTS`);
  await graph.trustedWrite(
    `MERGE (m:SkeinMeta {key: 'schema'}) SET m.version = $version, m.appliedAt = datetime()`,
    { version: SCHEMA_VERSION },
  );
  return { statements: list.length };
}

async function schemaVersion(graph: GraphExecutor): Promise<number | null> {
  const rows = await graph.trustedRead(`MATCH (m:SkeinMeta {key: 'schema'}) RETURN m.version AS version`);
  const v = rows[0]?.version;
  return typeof v === 'number' ? v : null;
}

/** True when this database carries the current schema version. */
export async function migrationsApplied(graph: GraphExecutor): Promise<boolean> {
  return (await schemaVersion(graph)) === SCHEMA_VERSION;
}
