import { z } from "zod";
const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");
const int = (min, max) => z.coerce.number().int().min(min).max(max);
const EnvSchema = z.object({
  SKEIN_MODE: z.enum(["local", "production"]).default("local"),
  SKEIN_HOST: z.string().min(1).default("127.0.0.1"),
  SKEIN_PORT: int(0, 65535).default(4e3),
  SKEIN_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SKEIN_DATA_DIR: z.string().min(1).default(".data"),
  SKEIN_AUDIT_LOG: z.string().min(1).optional(),
  SKEIN_SEED_ON_EMPTY: bool.default(true),
  SKEIN_STALE_AFTER_DAYS: int(1, 36500).default(365),
  SKEIN_WATCH_POLL_MS: int(20, 6e4).default(250),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s / +ssc)").optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9.-]+$/, "must be a Neo4j database name").optional(),
  SKEIN_QUERY_TIMEOUT_MS: int(100, 6e5).default(15e3),
  NEO4J_MAX_POOL_SIZE: int(1, 1e3).default(50),
  SKEIN_DB_PORT: int(1, 65535).default(7687),
  SKEIN_DB_DATA: z.string().min(1).optional(),
  SKEIN_DB_HEAP: z.string().regex(/^\d+[mMgG]$/, "must look like 512m or 2g").default("1g"),
  SKEIN_DB_PAGECACHE: z.string().regex(/^\d+[mMgG]$/, "must look like 256m or 1g").default("256m"),
  SKEIN_DB_TX_TIMEOUT: z.string().regex(/^\d+(ms|s|m)$/, "must look like 30s, 500ms or 2m").default("60s"),
  SKEIN_JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SKEIN_JWKS_URL: z.url().optional(),
  SKEIN_JWT_PUBLIC_KEY: z.string().includes("BEGIN PUBLIC KEY", { message: "must be a PEM (SPKI) public key" }).optional(),
  SKEIN_HIT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SKEIN_JWT_ISSUER: z.string().default("skein-local"),
  SKEIN_JWT_AUDIENCE: z.string().default("skein"),
  SKEIN_MAX_DEPTH: int(1, 100).default(10),
  SKEIN_MAX_ALIASES: int(1, 1e3).default(30),
  SKEIN_MAX_COST: int(100, 1e6).default(2e4),
  SKEIN_MAX_TOKENS: int(100, 1e6).default(5e3),
  SKEIN_MAX_DIRECTIVES: int(1, 1e3).default(50),
  SKEIN_REQUEST_TIMEOUT_MS: int(1e3, 6e5).default(3e4),
  SKEIN_MAX_BODY_BYTES: int(1024, 1e8).default(4e6),
  // a 10,000-row screening manifest is ~1.5 MB
  SKEIN_RATE_LIMIT_PER_MINUTE: int(0, 1e6).default(600),
  SKEIN_METRICS: bool.default(true),
  SKEIN_TRACING: bool.default(false),
  SKEIN_TRUSTED_DOCUMENTS: z.string().min(1).optional()
});
class ConfigError extends Error {
  name = "ConfigError";
}
function loadConfig(env = process.env) {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:
${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.SKEIN_MODE === "production") requireProductionAuth(e);
  return {
    mode: e.SKEIN_MODE,
    host: e.SKEIN_HOST,
    port: e.SKEIN_PORT,
    logLevel: e.SKEIN_LOG_LEVEL,
    dataDir: e.SKEIN_DATA_DIR,
    auditLogPath: e.SKEIN_AUDIT_LOG ?? `${e.SKEIN_DATA_DIR}/audit.log`,
    seedOnEmpty: e.SKEIN_SEED_ON_EMPTY,
    staleAfterDays: e.SKEIN_STALE_AFTER_DAYS,
    hitSecret: e.SKEIN_HIT_SECRET,
    watchPollMs: e.SKEIN_WATCH_POLL_MS,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.SKEIN_QUERY_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      ...driverBudget(e.SKEIN_REQUEST_TIMEOUT_MS)
    },
    localDb: {
      port: e.SKEIN_DB_PORT,
      dataDir: e.SKEIN_DB_DATA ?? `${e.SKEIN_DATA_DIR}/neo4j`,
      heap: e.SKEIN_DB_HEAP,
      pageCache: e.SKEIN_DB_PAGECACHE,
      txTimeout: e.SKEIN_DB_TX_TIMEOUT
    },
    auth: {
      secret: e.SKEIN_JWT_SECRET,
      jwksUrl: e.SKEIN_JWKS_URL,
      publicKey: e.SKEIN_JWT_PUBLIC_KEY,
      issuer: e.SKEIN_JWT_ISSUER,
      audience: e.SKEIN_JWT_AUDIENCE
    },
    limits: {
      maxDepth: e.SKEIN_MAX_DEPTH,
      maxAliases: e.SKEIN_MAX_ALIASES,
      maxCost: e.SKEIN_MAX_COST,
      maxTokens: e.SKEIN_MAX_TOKENS,
      maxDirectives: e.SKEIN_MAX_DIRECTIVES
    },
    ops: {
      requestTimeoutMs: e.SKEIN_REQUEST_TIMEOUT_MS,
      maxBodyBytes: e.SKEIN_MAX_BODY_BYTES,
      rateLimitPerMinute: e.SKEIN_RATE_LIMIT_PER_MINUTE,
      metrics: e.SKEIN_METRICS,
      tracing: e.SKEIN_TRACING,
      trustedDocumentsPath: e.SKEIN_TRUSTED_DOCUMENTS
    }
  };
}
function driverBudget(requestTimeoutMs) {
  const quarter = Math.floor(requestTimeoutMs / 4);
  return { maxRetryMs: Math.min(5e3, quarter), connectTimeoutMs: Math.min(5e3, quarter) };
}
function stripEmpty(env) {
  return Object.fromEntries(Object.entries(env).filter((kv) => !!kv[1]));
}
function requireProductionAuth(e) {
  const problems = [];
  if (!e.SKEIN_JWKS_URL && !e.SKEIN_JWT_PUBLIC_KEY) {
    problems.push("  SKEIN_JWKS_URL or SKEIN_JWT_PUBLIC_KEY: required in production mode (tokens are verified, never signed locally)");
  }
  if (e.SKEIN_JWT_SECRET) problems.push("  SKEIN_JWT_SECRET: not allowed in production mode (use asymmetric keys)");
  if (!e.NEO4J_URI) problems.push("  NEO4J_URI: required in production mode (the local launcher is for development)");
  if (problems.length) throw new ConfigError(`invalid configuration:
${problems.join("\n")}`);
}
export {
  ConfigError,
  driverBudget,
  loadConfig
};
