// Runs Neo4j's offline bulk importer (`neo4j-admin database import full`) from the launcher's own
// jars against the local data folder: the store files are written directly, without transactions,
// which is how Neo4j loads an empty database at full speed. The database must not be running.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dbPaths, ensureLauncherBuilt, LineTail } from './build.js';

export interface AdminImportOptions {
  /** The launcher's data folder (SKEIN_DB_DATA); the database goes to `<dataDir>/data/databases/neo4j`. */
  dataDir: string;
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
  /** Where the importer lists what it skipped (repeated ids, relationships to missing nodes). */
  reportFile: string;
  heap?: string;
  /** One line per importer stage and progress step, for the caller's progress display. */
  onLine?: (line: string) => void;
}

export interface AdminImportResult {
  nodes: number;
  relationships: number;
  /** Lines of the importer's report: one per skipped input entry. */
  skipped: string[];
  elapsedMs: number;
}

export class AdminImportError extends Error {
  override name = 'AdminImportError';
}

/** True when the local data folder already holds a database (the importer only fills an empty one). */
export function localDatabaseExists(dataDir: string): boolean {
  return existsSync(path.join(path.resolve(dataDir), 'data', 'databases', 'neo4j'));
}

export async function adminImport(opts: AdminImportOptions): Promise<AdminImportResult> {
  await ensureLauncherBuilt({ log: opts.onLine });
  const home = path.resolve(opts.dataDir);
  if (localDatabaseExists(home)) throw new AdminImportError(`${home} already holds a database; the offline import only fills an empty one`);
  const args = [
    `-Xmx${opts.heap ?? '1g'}`,
    '-cp',
    `${dbPaths.classes}${path.delimiter}${path.join(dbPaths.lib, '*')}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...opts.nodes.map((f) => `--nodes=${f}`),
    ...opts.relationships.map((f) => `--relationships=${f}`),
    `--array-delimiter=${opts.arrayDelimiter}`,
    '--multiline-fields=true',
    // Skipped entries are reported (and turned into rejects with line numbers by the caller), never fatal.
    '--skip-duplicate-nodes=true',
    '--skip-bad-relationships=true',
    '--bad-tolerance=-1',
    `--report-file=${opts.reportFile}`,
    'neo4j',
  ];
  mkdirSync(home, { recursive: true });
  const started = Date.now();
  const tail = new LineTail(30);
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  let counts = { nodes: 0, relationships: 0 };
  const onText = (chunk: Buffer) => {
    for (const raw of tail.push(chunk)) {
      const line = raw.trimEnd();
      if (!line) continue;
      const imported = /^\s*(\d+) (nodes|relationships)$/.exec(line);
      if (imported) counts = { ...counts, [imported[2]!]: Number(imported[1]) };
      opts.onLine?.(line);
    }
  };
  child.stdout.on('data', onText);
  child.stderr.on('data', onText);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new AdminImportError(`neo4j-admin import failed (exit ${code}):\n${tail.text()}`);
  const skipped = existsSync(opts.reportFile) ? readFileSync(opts.reportFile, 'utf8').split('\n').filter(Boolean) : [];
  return { ...counts, skipped, elapsedMs: Date.now() - started };
}
