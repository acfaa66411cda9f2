// `npm run import -- FILE... --agency CODE [--dry-run] [--batch N] [--parallel N] [--rel-parallel N] [--format ndjson|csv|ftm] [--type T]
//  [--trust-sources] [--marking M] [--reported-at ISO] [--confidence X] [--initial]`: bulk import straight through
// the graph layer (no HTTP). `--initial` fills an empty local database with Neo4j's offline importer. Progress and the summary go to stderr, the JSON report to stdout.
// Exit codes: 0 all records in, 3 done with rejected records, 2 bad usage, 1 failure or interruption.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import { describeOrigin, openDatabase, type Database } from '../database.js';
import { MARKINGS, type Marking } from '../model/graphModel.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { isoDateTime } from '../ingest/schemas.js';
import { importFiles, ImportOptionsError } from '../ingest/import/importer.js';
import { checkOptions, FORMATS, type Format, type ImportOptions } from '../ingest/import/options.js';
import { progressLine, summary } from '../ingest/import/progressLine.js';
import { initialLoad, initialLoadProblems, InitialLoadError } from '../ingest/initial/initialLoad.js';
import { exitWith } from './exitWith.js';

class UsageError extends Error {}

function parse(argv: string[]): ImportOptions & { initial: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      batch: { type: 'string' },
      parallel: { type: 'string' },
      'rel-parallel': { type: 'string' },
      format: { type: 'string' },
      type: { type: 'string' },
      'trust-sources': { type: 'boolean', default: false },
      marking: { type: 'string', default: 'AMBER' },
      'reported-at': { type: 'string' },
      confidence: { type: 'string', default: '1' },
      initial: { type: 'boolean', default: false },
    },
  });
  if (!values.agency || !AGENCY_CODE.test(values.agency)) throw new UsageError('--agency CODE is required (e.g. --agency NL-INTEL)');
  if (values.format && !(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (!(MARKINGS as readonly string[]).includes(values.marking)) throw new UsageError(`--marking must be one of ${MARKINGS.join(', ')}`);
  if (values['reported-at'] && !isoDateTime.safeParse(values['reported-at']).success) throw new UsageError('--reported-at must be an ISO date-time, e.g. 2024-05-01T00:00:00Z');
  const confidence = Number(values.confidence);
  if (!(confidence >= 0 && confidence <= 1)) throw new UsageError('--confidence must be 0..1');
  return {
    files: positionals,
    agency: values.agency,
    dryRun: values['dry-run'],
    trustSources: values['trust-sources'],
    ...(values.batch ? { batchSize: Number(values.batch) } : {}),
    ...(values.parallel ? { parallel: Number(values.parallel) } : {}),
    ...(values['rel-parallel'] ? { relationshipParallel: Number(values['rel-parallel']) } : {}),
    ...(values.format ? { format: values.format as Format } : {}),
    ...(values.type ? { csvType: values.type } : {}),
    ftm: { marking: values.marking as Marking, reportedAt: values['reported-at'] ?? new Date().toISOString(), confidence },
    initial: values.initial,
  };
}

async function main(): Promise<number> {
  const opts = parse(process.argv.slice(2));
  // Before the database: a typo should not cost a Neo4j start.
  const problems = checkOptions(opts);
  if (problems.length) throw new ImportOptionsError(problems.join('; '));
  const config = loadConfig();
  // Keeping other agencies' sources is an administrator's tool for local loads, never a production path.
  if (opts.trustSources && config.mode === 'production') throw new UsageError('--trust-sources is refused in production mode');
  if (opts.initial) return initial(opts, config);
  let db: Database | undefined;
  process.once('SIGINT', () => {
    process.stderr.write('\ninterrupted: re-run the same command to finish (imports are idempotent)\n');
    void (db?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  });
  db = await openDatabase(config, createLogger('warn'), { seed: false });
  process.stderr.write(`skein import: ${describeOrigin(db.origin)}\n`);
  try {
    const report = await importFiles(db.executor, { ...opts, onProgress: progressLine() });
    process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${summary(report)}\n`);
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.totals.rejected > 0 ? 3 : 0;
  } finally {
    await db.close();
  }
}

/** The offline first load: validated CSV tables -> neo4j-admin import -> start, schema, agencies, settle. */
async function initial(opts: ImportOptions, config: Config): Promise<number> {
  if (config.neo4j.uri) throw new UsageError('--initial writes the local database\'s store files; with NEO4J_URI set, import without --initial (or run neo4j-admin on that server)');
  const problems = initialLoadProblems({ ...opts, dataDir: config.localDb.dataDir });
  if (problems.length) throw new UsageError(problems.join('; '));
  process.once('SIGINT', () => {
    process.stderr.write(`\ninterrupted: the offline import left ${config.localDb.dataDir} incomplete; delete it and run again\n`);
    process.exit(130);
  });
  const report = await initialLoad({
    ...opts,
    dataDir: config.localDb.dataDir,
    heap: config.localDb.heap,
    onProgress: progressLine(),
    onStage: importerStage(),
    open: async () => {
      const db = await openDatabase(config, createLogger('warn'), { seed: false });
      return { executor: db.executor, close: () => db.close() };
    },
  });
  process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${summary(report)}\n`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.totals.rejected > 0 ? 3 : 0;
}

/** The offline importer's stages and every tenth percent of each, one short line each. */
function importerStage(): (line: string) => void {
  let stage = '';
  return (line) => {
    const header = /^\((\d)\/(\d)\) (.+?) {1,2}\d{4}-/.exec(line);
    if (header) {
      stage = `${header[1]}/${header[2]} ${header[3]}`;
      process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}neo4j-admin import ${stage}\n`);
      return;
    }
    const pct = /\s(\d+)% ∆/.exec(line);
    if (pct && Number(pct[1]) % 10 === 0) process.stderr.write(`neo4j-admin import ${stage}: ${pct[1]}%\n`);
    else if (/^IMPORT (DONE|FAILED)/.test(line)) process.stderr.write(`${line}\n`);
  };
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || err instanceof ImportOptionsError || err instanceof InitialLoadError || err instanceof ConfigError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    exitWith('import', err, usage ? 2 : 1);
  },
);
