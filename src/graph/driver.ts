// Creates the neo4j-driver instance from config and checks that the database answers.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { coalesceBoltWrites } from './coalesceWrites.js';

/** A driver for `uri`; its connections send the Bolt messages of one event-loop turn in one write (coalesceWrites.ts). */
export function createDriver(uri: string, cfg: Config['neo4j']): Driver {
  coalesceBoltWrites();
  const auth = cfg.password ? neo4j.auth.basic(cfg.user, cfg.password) : undefined;
  const connectTimeout = cfg.connectTimeoutMs ?? 5_000;
  return neo4j.driver(uri, auth, {
    // neo4j:// URIs route: READ transactions go to secondaries/followers, WRITE to the leader.
    maxConnectionPoolSize: cfg.maxPoolSize ?? 50,
    // Waiting for a free connection longer than a retry window only queues work behind an outage.
    connectionAcquisitionTimeout: Math.max(connectTimeout, 2 * (cfg.maxRetryMs ?? 5_000)),
    connectionTimeout: connectTimeout,
    // Bounded by the request timeout (config.driverBudget): a retrying driver must not outlive the request.
    maxTransactionRetryTime: cfg.maxRetryMs ?? 5_000,
    userAgent: 'skein/0.1',
    // Usage telemetry is one more Bolt message (and server reply) before every transaction's BEGIN.
    telemetryDisabled: true,
    // Server notifications (deprecations, property keys not yet in the database) come back with every
    // statement — 5 to 10 on a compiled lookup — and were serialised by Neo4j and parsed into objects by
    // the driver per request, for nobody: no code reads them.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    logging: { level: 'error', logger: () => {} }, // driver noise goes nowhere; failures surface as errors
  });
}

/**
 * Makes a driver result (`session.run`, `tx.run`) without the stack trace neo4j-driver records for every
 * result (`new Error().stack`, formatted), which it keeps only to put the caller's frames on a failure:
 * 3.8 % of the API's CPU under lookups (CPU profile of bench:load, 2026-12-04). No driver stack ever
 * reaches a client or a log line that needs it: graph/errors.ts maps every failure to a coded error.
 * The limit is restored as soon as the result exists (the driver makes it synchronously).
 */
export function withoutTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** True when a server answers on the driver's URI within the driver's connection timeout. */
export async function isReachable(driver: Driver): Promise<boolean> {
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  }
}
