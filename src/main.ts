// Start-up: config, database, API, graceful shutdown.
import { closeAnalysisPool, onAnalysisPoolError } from './network/analysisPool.js';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { ApolloServer } from '@apollo/server';
import { loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { describeOrigin, openDatabase, type Database } from './database.js';
import { openAuditLog, type AuditLog } from './audit/auditLog.js';
import { createServer, errorFormatter, limitRules, schema } from './server.js';
import { attachSubscriptions, type LiveServer } from './watches/subscriptions.js';
import { createHttpApp } from './http.js';
import { createVerifier, signLocalToken } from './auth/tokens.js';
import type { Context } from './context.js';
import { Ops } from './ops/ops.js';
import { hitKeyOf } from './screening/hitKey.js';

export interface Api {
  apollo: ApolloServer<Context>;
  app: Express;
  ops: Ops;
  /** Serves graphql-ws subscriptions on the listening server (same port and path as HTTP). */
  live: (server: Server) => LiveServer;
}

/**
 * The API as `npm start` serves it (Apollo, ops layer from config.ops, HTTP app), without listening;
 * tests and the load benchmark build it here so they exercise the production wiring.
 */
export async function createApi(deps: { config: Config; logger: Logger; auditLog: AuditLog; db: Pick<Database, 'executor' | 'ready'> }): Promise<Api> {
  const { config, logger, auditLog, db } = deps;
  const apollo = createServer({ config, logger, auditLog });
  await apollo.start();
  // Timeouts, body and rate limits, /metrics and tracing all come from the environment.
  const ops = Ops.fromConfig(config, logger);
  const verify = createVerifier(config);
  const explorerAgency = process.env.SKEIN_EXPLORER_AGENCY ?? 'NL-INTEL';
  const app = createHttpApp({
    apollo,
    executor: db.executor,
    verify,
    ready: db.ready,
    settings: { staleAfterDays: config.staleAfterDays, hitKey: hitKeyOf(config), auditStore: auditLog.store },
    ops,
    auditLog,
    ...(config.mode === 'local'
      ? { explorerHeaders: async (agency = explorerAgency) => ({ Authorization: `Bearer ${await signLocalToken(config, { agency, role: 'ANALYST' })}` }) }
      : {}),
  });
  const live = (server: Server) =>
    attachSubscriptions(server, {
      schema, validationRules: limitRules({ config }).validationRules, executor: db.executor, verify,
      settings: { staleAfterDays: config.staleAfterDays }, auditLog, pollMs: config.watchPollMs, slowMs: config.watchSlowMs,
      formatError: errorFormatter(config),
    });
  return { apollo, app, ops, live };
}

/** In-flight requests get this long to finish once a stop signal arrives; then their sockets close. */
const DRAIN_MS = 8_000;
/** Past this the process exits anyway (Kubernetes' default grace period is 30 s). */
const SHUTDOWN_LIMIT_MS = 20_000;

/** Stops accepting, lets in-flight requests finish, closes idle keep-alive sockets at once. */
async function drain(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  try {
    await closed;
  } finally {
    clearTimeout(cut);
  }
}

export async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  logger.info({ neo4j: db.origin }, describeOrigin(db.origin));
  const auditLog = openAuditLog(config.auditLogPath, config.auditIndexPath, (err) => logger.error({ err }, 'audit index: catch-up failed'));
  onAnalysisPoolError((err) => logger.error({ err }, 'network analysis: a worker thread failed'));
  const { apollo, app, live } = await createApi({ config, logger, auditLog, db });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s)).on('error', reject);
  });
  const subscriptions = live(server);
  const url = `http://${config.host}:${config.port}`;
  logger.info({ url: `${url}/graphql`, explorer: config.mode === 'local' ? `${url}/graphiql` : undefined, viewer: config.mode === 'local' ? `${url}/viewer` : undefined, metrics: config.ops.metrics ? `${url}/metrics` : undefined, startupMs: Date.now() - started }, 'Skein is ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A second signal: the operator wants out now. The local Neo4j stops by itself when we are gone
      // (it watches its stdin, which only this process holds).
      logger.warn({ signal }, 'second signal: exiting without draining');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const deadline = setTimeout(() => {
      logger.error({ limitMs: SHUTDOWN_LIMIT_MS }, 'shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    deadline.unref();
    // Subscribers are told to go (graphql-ws closes their sockets) while HTTP requests drain.
    await Promise.all([drain(server), subscriptions.close()]);
    await apollo.stop();
    await closeAnalysisPool();
    await auditLog.close();
    await db.close();
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
