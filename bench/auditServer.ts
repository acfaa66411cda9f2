// The API as main.ts wires it, with the audit as BENCH_AUDIT_MODE says: `off` (nothing written), `log`
// (the hash-chained file only) or `index` (the file and its queryable index, as shipped). Used by
// `npm run bench:audit -- --overhead` to measure what auditing costs a request.
import type { AuditLog } from '../src/audit/auditLog.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/database.js';
import { createApi } from '../src/main.js';

const mode = process.env.BENCH_AUDIT_MODE ?? 'index';
const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = await openDatabase(config, logger);
const off: AuditLog = { write: () => {}, refusal: () => {}, store: null, flush: async () => {}, close: async () => {} };
const auditLog = mode === 'off' ? off : openAuditLog(config.auditLogPath, mode === 'index' ? config.auditIndexPath : null);
const { app } = await createApi({ config, logger, auditLog, db });
const server = app.listen(config.port, config.host);
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void auditLog.close().then(() => db.close()).then(() => process.exit(0));
});
