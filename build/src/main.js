import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { openDatabase } from "./database.js";
import { openAuditLog } from "./audit/auditLog.js";
import { createServer, limitRules, schema } from "./server.js";
import { attachSubscriptions } from "./watches/subscriptions.js";
import { createHttpApp } from "./http.js";
import { createVerifier, signLocalToken } from "./auth/tokens.js";
import { Ops } from "./ops/ops.js";
import { hitKeyOf } from "./screening/hitKey.js";
async function createApi(deps) {
  const { config, logger, auditLog, db } = deps;
  const apollo = createServer({ config, logger, auditLog });
  await apollo.start();
  const ops = Ops.fromConfig(config, logger);
  const verify = createVerifier(config);
  const explorerAgency = process.env.SKEIN_EXPLORER_AGENCY ?? "NL-INTEL";
  const app = createHttpApp({
    apollo,
    executor: db.executor,
    verify,
    ready: db.ready,
    settings: { staleAfterDays: config.staleAfterDays, hitKey: hitKeyOf(config) },
    ops,
    auditLog,
    ...config.mode === "local" ? { explorerHeaders: async () => ({ Authorization: `Bearer ${await signLocalToken(config, { agency: explorerAgency, role: "ANALYST" })}` }) } : {}
  });
  const live = (server) => attachSubscriptions(server, {
    schema,
    validationRules: limitRules({ config }).validationRules,
    executor: db.executor,
    verify,
    settings: { staleAfterDays: config.staleAfterDays },
    auditLog,
    pollMs: config.watchPollMs
  });
  return { apollo, app, ops, live };
}
const DRAIN_MS = 8e3;
const SHUTDOWN_LIMIT_MS = 2e4;
async function drain(server) {
  const closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  try {
    await closed;
  } finally {
    clearTimeout(cut);
  }
}
async function main() {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  const auditLog = openAuditLog(config.auditLogPath);
  const { apollo, app, live } = await createApi({ config, logger, auditLog, db });
  const server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s)).on("error", reject);
  });
  const subscriptions = live(server);
  const url = `http://${config.host}:${config.port}`;
  logger.info({ url: `${url}/graphql`, explorer: config.mode === "local" ? `${url}/graphiql` : void 0, viewer: config.mode === "local" ? `${url}/viewer` : void 0, metrics: config.ops.metrics ? `${url}/metrics` : void 0, startupMs: Date.now() - started }, "Skein is ready");
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting without draining");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests");
    const deadline = setTimeout(() => {
      logger.error({ limitMs: SHUTDOWN_LIMIT_MS }, "shutdown took too long: exiting");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    deadline.unref();
    await Promise.all([drain(server), subscriptions.close()]);
    await apollo.stop();
    await auditLog.flush();
    await db.close();
    logger.info({}, "stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
export {
  createApi,
  main
};
