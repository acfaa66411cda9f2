// The generated world the screening benchmark runs on: generated once, imported once through the bulk
// importer into a local Neo4j whose data folder is kept between runs, name keys backfilled.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { generateWorld } from '../src/generator/world.js';
import { importFiles } from '../src/ingest/import/importer.js';
import { backfillNameKeys } from '../src/identity/backfill.js';

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
  loadSeconds: { generate: number | null; import: number | null; keys: number | null };
  stop(): Promise<void>;
}

const META = `MATCH (m:SkeinMeta {key: 'screenBench'}) RETURN m.file AS file, m.importSeconds AS importSeconds, m.keySeconds AS keySeconds, m.people AS people`;
const SET_META = `MERGE (m:SkeinMeta {key: 'screenBench'}) SET m.file = $file, m.importSeconds = $importSeconds, m.keySeconds = $keySeconds, m.people = $people`;

const secondsSince = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;

export async function openBenchWorld(o: WorldOptions, log: (m: string) => void): Promise<BenchWorld> {
  const file = o.world ?? join(tmpdir(), `skein-screen-world-${o.people}-${o.seed}.ndjson`);
  let generate: number | null = null;
  if (!existsSync(file)) {
    const t0 = Date.now();
    log(`generating ${o.people} people -> ${file}`);
    await generateWorld({ people: o.people, seed: o.seed, out: file });
    generate = secondsSince(t0);
  }
  const dataDir = join(tmpdir(), `skein-screen-db-${o.people}-${o.seed}`);
  // A database imported from an older file of the same name (the generator changed) is emptied, not reused.
  const stamp = `${dataDir}.world.json`;
  const { size, mtimeMs } = statSync(file);
  const fingerprint = JSON.stringify({ file, size, mtimeMs });
  if (existsSync(dataDir) && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== fingerprint)) {
    log(`${dataDir} holds another world: emptied`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  const db: LocalNeo4j = await startLocalNeo4j({ port: o.port, dataDir, heap: o.heap, pageCache: o.pageCache, txTimeout: '1200s' });
  const driver = createDriver(db.uri, { uri: db.uri, user: 'neo4j', password: '', database: undefined, queryTimeoutMs: 1_200_000 });
  const executor = new GraphExecutor(driver, { database: undefined, timeoutMs: 1_200_000 });
  const stop = async () => {
    await driver.close();
    await db.stop();
  };
  try {
    await applyMigrations(executor);
    const [meta] = await executor.trustedRead(META);
    let importSeconds = typeof meta?.importSeconds === 'number' ? meta.importSeconds : null;
    let keySeconds = typeof meta?.keySeconds === 'number' ? meta.keySeconds : null;
    if (meta?.file !== file) {
      log(`importing ${file} through the bulk importer (data kept in ${dataDir})`);
      let t0 = Date.now();
      const r = await importFiles(executor, { files: [file], agency: 'EU-POLICE', trustSources: true, batchSize: 5000 });
      if (r.totals.rejected) throw new Error(`${r.totals.rejected} records rejected`);
      importSeconds = secondsSince(t0);
      log(`imported ${r.totals.read} records in ${importSeconds}s`);
      t0 = Date.now();
      const keyed = await backfillNameKeys(executor, (n) => n % 100_000 === 0 && log(`  name keys: ${n}`));
      keySeconds = secondsSince(t0);
      log(`name keys for ${keyed} people in ${keySeconds}s`);
      await executor.trustedWrite(SET_META, { file, importSeconds, keySeconds, people: o.people });
      writeFileSync(stamp, fingerprint);
    }
    return { executor, file, truth: `${file}.truth.json`, people: o.people, loadSeconds: { generate, import: importSeconds, keys: keySeconds }, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
