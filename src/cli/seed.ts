// `npm run seed`: loads (upserts) the demo world into the configured database, with progress.
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { describeOrigin, openDatabase } from '../database.js';
import { loadDemoWorld } from '../ingest/demoWorld.js';
import { progressReporter } from './progress.js';
import { exitWith } from './exitWith.js';

try {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger('warn'), { seed: false });
  process.stderr.write(`skein seed: ${describeOrigin(db.origin)}\n`);
  try {
    const { records, summary } = await loadDemoWorld(db.executor, progressReporter('demo world'));
    console.log(`loaded ${records} records (idempotent: re-running updates in place)`);
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await db.close();
  }
} catch (err) {
  exitWith('seed', err);
}
