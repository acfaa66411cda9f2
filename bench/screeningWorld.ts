// The generated world the screening benchmark runs on: generated once, loaded once with `import --initial`
// into a local Neo4j whose data folder is kept between runs (a folder loaded by an older release
// through the transactional importer is reused, its name keys backfilled).
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { generateWorld } from '../src/generator/world.js';
import { importFiles } from '../src/ingest/import/importer.js';
import { backfillNameKeys } from '../src/identity/backfill.js';
import { initialLoad } from '../src/ingest/initial/initialLoad.js';
import { localDatabaseExists } from '../src/localdb/adminImport.js';
import { progressLine, summary } from '../src/ingest/import/progressLine.js';

export interface WorldOptions {
  people: number;
  seed: number;
  port: number;
  heap: string;
  pageCache: string;
  world?: string | undefined;
}

export interface BenchWorld {
  executor: GraphExecutor;
  file: string;
  truth: string;
  people: number;
  /** The generator's seed: person i's global id is personGid(seed, 'gen', i). */
  seed: number;
  loadSeconds: { generate: number | null; import: number | null; keys: number | null };
  /** The Neo4j process serving it now (its CPU time is read from /proc by benches). */
  neo4jPid(): number;
  stop(): Promise<void>;
}

const META = `MATCH (m:SkeinMeta {key: 'screenBench'}) RETURN m.file AS file, m.importSeconds AS importSeconds, m.keySeconds AS keySeconds, m.people AS people`;
const SET_META = `MERGE (m:SkeinMeta {key: 'screenBench'}) SET m.file = $file, m.importSeconds = $importSeconds, m.keySeconds = $keySeconds, m.people = $people`;

const secondsSince = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;

export async function openBenchWorld(o: WorldOptions, log: (m: string) => void): Promise<BenchWorld> {
  // `-ns`: worlds generated before ids were namespaced per agency are not reused.
  const file = o.world ?? join(tmpdir(), `skein-screen-world-${o.people}-${o.seed}-ns.ndjson`);
  let generate: number | null = null;
  if (!existsSync(file)) {
    const t0 = Date.now();
    log(`generating ${o.people} people -> ${file}`);
    await generateWorld({ people: o.people, seed: o.seed, out: file });
    generate = secondsSince(t0);
  }
  const dataDir = join(tmpdir(), `skein-screen-db-${o.people}-${o.seed}-ns`);
  // A database imported from an older file of the same name (the generator changed) is emptied, not reused.
  const stamp = `${dataDir}.world.json`;
  const { size, mtimeMs } = statSync(file);
  const fingerprint = JSON.stringify({ file, size, mtimeMs });
  if (existsSync(dataDir) && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== fingerprint)) {
    log(`${dataDir} holds another world: emptied`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  let db: LocalNeo4j | undefined;
  let driver: ReturnType<typeof createDriver> | undefined;
  let executor: GraphExecutor | undefined;
  const open = async () => {
    db = await startLocalNeo4j({ port: o.port, dataDir, heap: o.heap, pageCache: o.pageCache, txTimeout: '1200s' });
    driver = createDriver(db.uri, { uri: db.uri, user: 'neo4j', password: '', database: undefined, queryTimeoutMs: 1_200_000 });
    executor = new GraphExecutor(driver, { database: undefined, timeoutMs: 1_200_000 });
    await applyMigrations(executor);
    return { executor, close: async () => {} };
  };
  const stop = async () => {
    await driver?.close();
    await db?.stop();
  };
  try {
    if (!localDatabaseExists(dataDir)) {
      // A fresh folder: the first load goes through `import --initial` (Neo4j's offline importer).
      log(`loading ${file} with import --initial (data kept in ${dataDir})`);
      const t0 = Date.now();
      const r = await initialLoad({ files: [file], agency: 'EU-POLICE', trustSources: true, dataDir, heap: o.heap, open, onProgress: progressLine() });
      if (r.totals.rejected) throw new Error(`${r.totals.rejected} records rejected`);
      const importSeconds = secondsSince(t0);
      log(`${summary(r)}\nloaded in ${importSeconds}s (name keys computed on the way in)`);
      await executor!.trustedWrite(SET_META, { file, importSeconds, keySeconds: 0, people: o.people });
      writeFileSync(stamp, fingerprint);
    } else await open();
    const graph = executor!;
    const [meta] = await graph.trustedRead(META);
    let importSeconds = typeof meta?.importSeconds === 'number' ? meta.importSeconds : null;
    let keySeconds = typeof meta?.keySeconds === 'number' ? meta.keySeconds : null;
    if (meta?.file !== file) {
      log(`importing ${file} through the bulk importer (data kept in ${dataDir})`);
      let t0 = Date.now();
      const r = await importFiles(graph, { files: [file], agency: 'EU-POLICE', trustSources: true, batchSize: 5000 });
      if (r.totals.rejected) throw new Error(`${r.totals.rejected} records rejected`);
      importSeconds = secondsSince(t0);
      log(`imported ${r.totals.read} records in ${importSeconds}s`);
      t0 = Date.now();
      const keyed = await backfillNameKeys(graph, (n) => n % 100_000 === 0 && log(`  name keys: ${n}`));
      keySeconds = secondsSince(t0);
      log(`name keys for ${keyed} people in ${keySeconds}s`);
      await graph.trustedWrite(SET_META, { file, importSeconds, keySeconds, people: o.people });
      writeFileSync(stamp, fingerprint);
    }
    return { executor: graph, file, truth: `${file}.truth.json`, people: o.people, seed: o.seed, loadSeconds: { generate, import: importSeconds, keys: keySeconds }, neo4jPid: () => db?.pid ?? 0, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
