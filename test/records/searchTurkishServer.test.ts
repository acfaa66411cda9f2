// Search on a Neo4j whose JVM runs in a Turkish locale (a server given by NEO4J_URI is its operator's).
// Cypher's toLower() lower-cases in the JVM's default locale, where "I" becomes a dotless "ı"; the query
// words are lower-cased in JavaScript, where it becomes "i". Past 1,000 visible hits, which are kept is
// decided by how many query words each contains: a record named "IBRAHIM KAYA" must count both words of
// "ibrahim kaya" there as everywhere, or the exact match can be the one left out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/localdb/launch.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase, type Database } from '../../src/database.js';
import { SEARCH_MAX_HITS } from '../../src/search/queries.js';
import { node, writeWorld } from '../helpers/world.js';
import { answer, SECRET, startApi, type RunningApi } from '../ops/api.js';
import { freePort } from '../helpers/ports.js';

const AGENCY = 'TRL-AGENCY';
const dataDir = mkdtempSync(join(tmpdir(), 'skein-turkish-neo4j-'));
let neo4j: LocalNeo4j;
let db: Database;
let api: RunningApi;

beforeAll(async () => {
  const port = await freePort();
  // Any JVM reads JAVA_TOOL_OPTIONS; the launcher's JVM inherits this process's environment.
  const before = process.env.JAVA_TOOL_OPTIONS;
  process.env.JAVA_TOOL_OPTIONS = '-Duser.language=tr -Duser.country=TR';
  try {
    neo4j = await startLocalNeo4j({ port, dataDir, heap: '512m', pageCache: '64m', txTimeout: '30s' });
  } finally {
    if (before === undefined) delete process.env.JAVA_TOOL_OPTIONS;
    else process.env.JAVA_TOOL_OPTIONS = before;
  }
  const env = { NEO4J_URI: neo4j.uri, SKEIN_RATE_LIMIT_PER_MINUTE: '0', SKEIN_JWT_SECRET: SECRET };
  db = await openDatabase(loadConfig({ ...env, SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-turkish-')) }), createLogger('silent'), { seed: false });
  // As many spelling variants as search keeps, each containing only "kaya" of the query's two words,
  // and the exact match, whose id sorts after all of them.
  const variants = Array.from({ length: SEARCH_MAX_HITS }, (_, i) =>
    node('Person', `tr-variant-${String(i).padStart(4, '0')}`, AGENCY, 'AMBER', { name: 'Ibrahym Kaya' }),
  );
  await writeWorld(db.executor, [AGENCY], [], [...variants, node('Person', 'tr-zz-exact', AGENCY, 'AMBER', { name: 'IBRAHIM KAYA' })]);
  api = await startApi(db.executor, env, db.ready);
}, 240_000);

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

it('the server really lower-cases in Turkish', async () => {
  const [row] = await db.executor.trustedRead("RETURN toLower('I') AS lower");
  expect(row?.lower).toBe('ı');
});

it('keeps the exact match among more than 1,000 visible hits, and ranks it first', async () => {
  const token = await api.token(AGENCY);
  const a = await answer(api.post(
    { query: '{ search(text: "ibrahim kaya", first: 3) { totalCount edges { score node { id } } } }' },
    { authorization: `Bearer ${token}` },
  ));
  expect(a.body.errors).toBeUndefined();
  const result = (a.body.data as { search: { totalCount: number; edges: Array<{ score: number; node: { id: string } }> } }).search;
  expect(result.totalCount).toBe(SEARCH_MAX_HITS);
  expect(result.edges[0]).toEqual({ score: 1, node: { id: `${AGENCY}:tr-zz-exact` } });
});

