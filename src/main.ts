// Start-up: config, database, API, graceful shutdown.
import type { Server } from 'node:http';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './database.js';
import { openAuditLog } from './audit/auditLog.js';
import { createServer } from './server.js';
import { createHttpApp } from './http.js';
import { createVerifier, signLocalToken } from './auth/tokens.js';

export async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  const auditLog = openAuditLog(config.auditLogPath);
  const apollo = createServer({ config, logger, auditLog });
  await apollo.start();
  const explorerAgency = process.env.SKEIN_EXPLORER_AGENCY ?? 'NL-INTEL';
  const app = createHttpApp({
    apollo,
    executor: db.executor,
    verify: createVerifier(config),
    ready: db.ready,
    settings: { staleAfterDays: config.staleAfterDays },
    ...(config.mode === 'local'
      ? { explorerHeaders: async () => ({ Authorization: `Bearer ${await signLocalToken(config, { agency: explorerAgency, role: 'ANALYST' })}` }) }
      : {}),
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s)).on('error', reject);
  });
  const url = `http://${config.host}:${config.port}`;
  logger.info({ url: `${url}/graphql`, explorer: config.mode === 'local' ? `${url}/graphiql` : undefined, viewer: config.mode === 'local' ? `${url}/viewer` : undefined, startupMs: Date.now() - started }, 'Skein is ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    await apollo.stop();
    await auditLog.flush();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
