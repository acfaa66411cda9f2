// `npm run audit:index [-- --rebuild] [log] [index]`: brings the queryable audit index up to the log
// (the API does this by itself, on start and every second); --rebuild starts it over from the log's
// first line. Defaults: the configured log (SKEIN_AUDIT_LOG) and index (SKEIN_AUDIT_INDEX).
import { rmSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { AuditStore } from '../audit/store.js';
import { exitWith } from './exitWith.js';

const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const [logArg, indexArg] = args.filter((a) => a !== '--rebuild');
try {
  const config = loadConfig(process.env);
  const log = logArg ?? config.auditLogPath;
  const index = indexArg ?? (logArg ? `${logArg}.sqlite` : config.auditIndexPath);
  if (!index) exitWith('audit:index', 'the audit index is switched off (SKEIN_AUDIT_INDEX=off): name an index file', 2);
  const started = Date.now();
  if (rebuild) for (const suffix of ['', '-wal', '-shm']) rmSync(`${index}${suffix}`, { force: true });
  const store = AuditStore.open(index, log);
  const lines = store.indexedLines();
  store.close();
  console.log(`audit index ${index}: indexed ${lines} lines of ${log} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  exitWith('audit:index', err);
}
