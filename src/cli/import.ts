// `npm run import -- FILE... --agency CODE [--dry-run] [--batch N] [--parallel N] [--format ndjson|csv|ftm] [--type T]
//  [--trust-sources] [--marking M] [--reported-at ISO] [--confidence X]`: bulk import straight through
// the graph layer (no HTTP). Progress and the summary go to stderr, the JSON report to stdout.
// Exit codes: 0 all records in, 3 done with rejected records, 2 bad usage, 1 failure or interruption.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase, type Database } from '../database.js';
import { MARKINGS, type Marking } from '../model/graphModel.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { isoDateTime } from '../ingest/schemas.js';
import { importFiles, ImportOptionsError } from '../ingest/import/importer.js';
import { checkOptions, FORMATS, type Format, type ImportOptions } from '../ingest/import/options.js';
import { progressLine, summary } from '../ingest/import/progressLine.js';

class UsageError extends Error {}

function parse(argv: string[]): ImportOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      batch: { type: 'string' },
      parallel: { type: 'string' },
      format: { type: 'string' },
      type: { type: 'string' },
      'trust-sources': { type: 'boolean', default: false },
      marking: { type: 'string', default: 'AMBER' },
      'reported-at': { type: 'string' },
      confidence: { type: 'string', default: '1' },
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
    ...(values.format ? { format: values.format as Format } : {}),
    ...(values.type ? { csvType: values.type } : {}),
    ftm: { marking: values.marking as Marking, reportedAt: values['reported-at'] ?? new Date().toISOString(), confidence },
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
  let db: Database | undefined;
  process.once('SIGINT', () => {
    process.stderr.write('\ninterrupted: re-run the same command to finish (imports are idempotent)\n');
    void (db?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  });
  db = await openDatabase(config, createLogger('warn'), { seed: false });
  try {
    const report = await importFiles(db.executor, { ...opts, onProgress: progressLine() });
    process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${summary(report)}\n`);
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.totals.rejected > 0 ? 3 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || err instanceof ImportOptionsError || err instanceof ConfigError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    process.stderr.write(`skein import: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(usage ? 2 : 1);
  },
);
