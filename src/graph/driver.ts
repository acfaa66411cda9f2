// Creates the neo4j-driver instance from config and checks that the database answers.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

export function createDriver(uri: string, cfg: Config['neo4j']): Driver {
  const auth = cfg.password ? neo4j.auth.basic(cfg.user, cfg.password) : undefined;
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'skein/0.1',
    logging: { level: 'error', logger: () => {} }, // driver noise goes nowhere; failures surface as errors
  });
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
