import neo4j, {} from "neo4j-driver";
function createDriver(uri, cfg) {
  const auth = cfg.password ? neo4j.auth.basic(cfg.user, cfg.password) : void 0;
  const connectTimeout = cfg.connectTimeoutMs ?? 5e3;
  return neo4j.driver(uri, auth, {
    // neo4j:// URIs route: READ transactions go to secondaries/followers, WRITE to the leader.
    maxConnectionPoolSize: cfg.maxPoolSize ?? 50,
    // Waiting for a free connection longer than a retry window only queues work behind an outage.
    connectionAcquisitionTimeout: Math.max(connectTimeout, 2 * (cfg.maxRetryMs ?? 5e3)),
    connectionTimeout: connectTimeout,
    // Bounded by the request timeout (config.driverBudget): a retrying driver must not outlive the request.
    maxTransactionRetryTime: cfg.maxRetryMs ?? 5e3,
    userAgent: "skein/0.1",
    logging: { level: "error", logger: () => {
    } }
    // driver noise goes nowhere; failures surface as errors
  });
}
async function isReachable(driver) {
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  }
}
export {
  createDriver,
  isReachable
};
