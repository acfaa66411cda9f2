// `import --initial` (Neo4j's offline importer into an empty local database) against the
// transactional import of the same files: the same graph, property for property, and the same
// rejects by line; an occupied database is refused. The offline side runs its own local Neo4j.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { uid } from '../helpers/ids.js';
import { fixture, rejectsOf } from './fixtures.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/localdb/launch.js';
import { createDriver } from '../../src/graph/driver.js';
import { GraphExecutor } from '../../src/graph/executor.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import { initialLoad, InitialLoadError } from '../../src/ingest/initial/initialLoad.js';
import { writeAgencies } from '../../src/ingest/writeRecords.js';
import { AGENCIES, AGREEMENTS } from '../../seed/agencies.js';
import { freePort } from '../helpers/ports.js';

// A JVM start, the offline importer and a second JVM start: minutes on a busy 2-core box.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const AGENCY = 'BE-INTEL';
const shared = testExecutor();
const dataDir = mkdtempSync(join(tmpdir(), 'skein-initial-test-'));

/** Every record of the prefix (in AGENCY's namespace), as plain JSON: labels, type, endpoints and all stored properties. */
// The review clock (`reviewedAt`) is the time of the write, so only its presence is compared.
async function dump(graph: GraphExecutor, prefix: string): Promise<unknown> {
  const [row] = await graph.trustedRead(
    `CALL { MATCH (n:Entity) WHERE n.id STARTS WITH $p
            WITH n ORDER BY n.id
            RETURN collect({labels: labels(n), props: n {.*, reviewedAt: n.reviewedAt IS NOT NULL}}) AS nodes }
     CALL { MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $p
            WITH a, r, b ORDER BY r.id
            RETURN collect({type: type(r), from: a.id, to: b.id, props: r {.*, reviewedAt: r.reviewedAt IS NOT NULL}}) AS rels }
     RETURN nodes, rels`,
    { p: `${AGENCY}:${prefix}-` },
  );
  const plain = JSON.parse(JSON.stringify(row, (_k, v: unknown) => (isTemporal(v) ? String(v) : v))) as { nodes: Array<{ labels: string[] }> };
  for (const n of plain.nodes) n.labels.sort();
  return plain;
}

const isTemporal = (v: unknown) => !!v && typeof v === 'object' && /^(Date|DateTime)$/.test((v as object).constructor.name);

let local: LocalNeo4j | undefined;
let driver: ReturnType<typeof createDriver> | undefined;
const p = uid('ini');
// NDJSON is validated by worker threads, CSV on the main thread: both paths are compared.
const csvFiles = () => {
  const dir = fixture('csv', `${p}-csv`);
  return readdirSync(dir).sort().map((f) => join(dir, f));
};
// FtM too (issue 14 item 8): numbers on the Person, a Sanction on a Vessel that must leave no empty watchlist.
const files = () => [fixture('world.ndjson', p), fixture('bad.ndjson', p), fixture('repeats.ndjson', p), ...csvFiles(), fixture('opensanctions.ftm.json', p)];
const FTM = { marking: 'GREEN', reportedAt: '2024-05-01T00:00:00Z', confidence: 0.9 } as const;
let offline: { report: Awaited<ReturnType<typeof initialLoad>>; files: string[] };
let offlineGraph: GraphExecutor;

beforeAll(async () => {
  const port = await freePort();
  const inputs = files();
  const open = async () => {
    local = await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '128m', log: () => {} });
    driver = createDriver(local.uri, { uri: local.uri, user: 'neo4j', password: '', database: undefined, queryTimeoutMs: 60_000 });
    offlineGraph = new GraphExecutor(driver, { database: undefined, timeoutMs: 60_000 });
    await applyMigrations(offlineGraph);
    // Kept open for the assertions; closed in afterAll.
    return { executor: offlineGraph, close: async () => {} };
  };
  const report = await initialLoad({ files: inputs, agency: AGENCY, dataDir, heap: '512m', open, ftm: FTM });
  offline = { report, files: inputs };
});

afterAll(async () => {
  await driver?.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await closeTestDriver();
});

describe('import --initial', () => {
  it('builds the graph the transactional import builds, property for property, with the same rejects by line', async () => {
    await writeAgencies(shared, AGENCIES, AGREEMENTS);
    const inputs = files();
    // One batch per type, so repeats meet in one batch, where ingest keeps the later record (as --initial does).
    const online = await importFiles(shared, { files: inputs, agency: AGENCY, batchSize: 5000, ftm: FTM });

    const expected = await dump(shared, p);
    expect(await dump(offlineGraph, p)).toEqual(expected);

    const verdicts = (fs: string[]) =>
      fs.map((f) => (existsSync(`${f}.rejects.ndjson`) ? rejectsOf(f).map((r) => [r.line, r.code]).sort((a, b) => Number(a[0]) - Number(b[0])) : []));
    expect(verdicts(offline.files)).toEqual(verdicts(inputs));
    // 20 + 8 FtM nodes (2 people, 3 documents, 2 identifiers, 1 watchlist), 19 + 7 links (a relationship id
    // repeated across types is one link), 15 + 1 rejects.
    // `read` differs by the FtM programmes' watchlists (2): the offline load reads each as a record of its
    // first sanction; the transactional import writes one only when a listing on it stands (watchlistGate.ts).
    expect(offline.report.totals).toMatchObject({ read: online.totals.read + 2, rejected: online.totals.rejected, nodes: 28, relationships: 26 });
    expect(verdicts(offline.files).flat()).toHaveLength(16);
    expect(offline.report.droppedProperties).toEqual(online.droppedProperties);
    expect(offline.report.unmappedSchemata).toEqual({ Vessel: 1 });
    // The Vessel's programme was written by the offline importer with its sanction and dropped once that was rejected.
    const lists = async (g: GraphExecutor) =>
      (await g.trustedRead('MATCH (w:Watchlist) WHERE w.id STARTS WITH $wl RETURN w.id AS id ORDER BY id', { wl: `${AGENCY}:wl-${p.toLowerCase()}-` })).map((r) => r.id);
    expect(await lists(offlineGraph)).toEqual([`${AGENCY}:wl-${p.toLowerCase()}-fictional-council-terror-finance`]);
    expect(await lists(shared)).toEqual(await lists(offlineGraph));
  });

  it('records one BULK_LOAD change in the outbox, with the counts of the load (issue 17)', async () => {
    const rows = await offlineGraph.trustedRead(
      `MATCH (c:Change {kind: 'BULK_LOAD'}) RETURN c.agency AS agency, c.nodes AS nodes, c.relationships AS relationships, c.itemIds AS items`,
    );
    expect(rows.map((r) => ({ ...r, nodes: Number(r.nodes), relationships: Number(r.relationships) }))).toEqual([
      { agency: AGENCY, nodes: offline.report.totals.nodes, relationships: offline.report.totals.relationships, items: [] },
    ]);
  });

  it('settles repeats as ingest does: the last record of an id is the one kept, the earlier ones rejected', async () => {
    const rejects = rejectsOf(offline.files[2]!);
    expect(rejects.map((r) => [r.line, r.code])).toEqual([
      [1, 'DUPLICATE'],
      [3, 'DUPLICATE'],
      // A relationship id is one record whatever its type: the RECRUITED of line 7 is repeated by an ASSOCIATE_OF.
      [7, 'DUPLICATE'],
    ]);
    const copies = await offlineGraph.trustedRead('MATCH ()-[r]->() WHERE r.id = $id RETURN type(r) AS type', { id: `${AGENCY}:${p}-rep-r3` });
    expect(copies).toEqual([{ type: 'ASSOCIATE_OF' }]);
    const [row] = await offlineGraph.trustedRead(
      `MATCH (n:Person {id: $p1}) OPTIONAL MATCH (a)-[r:ASSOCIATE_OF {id: $r1}]->(b)
       RETURN n.name AS name, n.sourceRef AS ref, count(r) AS copies, collect(a.id) AS from, n.nameKeys AS keys`,
      { p1: `${AGENCY}:${p}-rep-p1`, r1: `${AGENCY}:${p}-rep-r1` },
    );
    expect(row).toMatchObject({ name: 'Second Spelling', ref: 'FIX-3', copies: 1, from: [`${AGENCY}:${p}-rep-p2`] });
    expect((row?.keys as string[]).length).toBeGreaterThan(0);
  });

  it('rejects bad rows by line (unknown endpoints and wrong endpoint types included) and imports the rest', () => {
    expect(rejectsOf(offline.files[1]!).map((r) => [r.line, r.code])).toEqual([
      [2, 'INVALID'],
      [3, 'INVALID'],
      [4, 'UNKNOWN_ENDPOINT'],
      [5, 'INVALID'],
      [6, 'FOREIGN_SOURCE'],
      [7, 'MALFORMED'],
      [8, 'INVALID'],
      [9, 'INVALID'],
      [12, 'ENDPOINT_TYPE'],
    ]);
  });

  it('registers the agencies, so the API can serve the loaded graph at once', async () => {
    const [row] = await offlineGraph.trustedRead('MATCH (a:Agency) RETURN count(a) AS n');
    expect(Number(row?.n)).toBe(AGENCIES.length);
  });

  it('refuses a data folder that already holds a database, writing nothing', async () => {
    const inputs = files();
    await expect(initialLoad({ files: inputs, agency: AGENCY, dataDir, open: () => Promise.reject(new Error('must not open')) })).rejects.toThrow(InitialLoadError);
    await expect(initialLoad({ files: inputs, agency: AGENCY, dataDir, open: () => Promise.reject(new Error('must not open')) })).rejects.toThrow(/already holds one/);
  });
});
