// Reads and validates every environment variable once, at start-up, with one clear message per bad variable.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  SKEIN_MODE: z.enum(['local', 'production']).default('local'),
  SKEIN_HOST: z.string().min(1).default('127.0.0.1'),
  SKEIN_PORT: int(0, 65535).default(4000),
  SKEIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SKEIN_DATA_DIR: z.string().min(1).default('.data'),
  SKEIN_AUDIT_LOG: z.string().min(1).optional(),
  SKEIN_AUDIT_INDEX: z.string().min(1).optional(),
  SKEIN_SEED_ON_EMPTY: bool.default(true),
  SKEIN_STALE_AFTER_DAYS: int(1, 36_500).default(365),
  SKEIN_WATCH_POLL_MS: int(20, 60_000).default(250),
  SKEIN_WATCH_SLOW_MS: int(100, 600_000).default(10_000),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s / +ssc)')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9.-]+$/, 'must be a Neo4j database name').optional(),
  SKEIN_QUERY_TIMEOUT_MS: int(100, 600_000).default(15_000),
  SKEIN_BATCH_STATEMENTS: int(1, 256).default(4),
  NEO4J_MAX_POOL_SIZE: int(1, 1000).default(50),
  SKEIN_DB_PORT: int(1, 65535).default(7687),
  SKEIN_DB_DATA: z.string().min(1).optional(),
  SKEIN_DB_HEAP: z.string().regex(/^\d+[mMgG]$/, 'must look like 512m or 2g').default('1g'),
  SKEIN_DB_PAGECACHE: z.string().regex(/^\d+[mMgG]$/, 'must look like 256m or 1g').default('256m'),
  SKEIN_DB_TX_TIMEOUT: z.string().regex(/^\d+(ms|s|m)$/, 'must look like 30s, 500ms or 2m').default('60s'),

  SKEIN_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SKEIN_JWKS_URL: z.url().optional(),
  SKEIN_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM (SPKI) public key' }).optional(),
  SKEIN_HIT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SKEIN_JWT_ISSUER: z.string().default('skein-local'),
  SKEIN_JWT_AUDIENCE: z.string().default('skein'),

  SKEIN_MAX_DEPTH: int(1, 100).default(10),
  SKEIN_MAX_ALIASES: int(1, 1000).default(30),
  SKEIN_MAX_COST: int(100, 1_000_000).default(20_000),
  SKEIN_MAX_TOKENS: int(100, 1_000_000).default(5_000),
  SKEIN_MAX_DIRECTIVES: int(1, 1000).default(50),

  SKEIN_REQUEST_TIMEOUT_MS: int(1000, 600_000).default(30_000),
  SKEIN_MAX_IN_FLIGHT: int(0, 10_000).default(24),
  SKEIN_RESPONSE_FLOOR_MS: int(0, 60_000).optional(),
  SKEIN_MAX_BODY_BYTES: int(1024, 100_000_000).default(4_000_000), // a 10,000-row screening manifest is ~1.5 MB
  SKEIN_RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(600),
  SKEIN_METRICS: bool.default(true),
  SKEIN_TRACING: bool.default(false),
  SKEIN_TRUSTED_DOCUMENTS: z.string().min(1).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  mode: 'local' | 'production';
  host: string;
  port: number;
  logLevel: Env['SKEIN_LOG_LEVEL'];
  dataDir: string;
  auditLogPath: string;
  /** The queryable index beside the audit log (derived from it; null: off). */
  auditIndexPath: string | null;
  seedOnEmpty: boolean;
  staleAfterDays: number;
  /** Key of opaque hit-notice references; unset: a random one kept in the data folder. */
  hitSecret: string | undefined;
  /** How often live subscriptions look for new changes in the outbox. */
  watchPollMs: number;
  /** A live subscriber whose socket takes longer than this to accept one alert is slow (watches/stream.ts). */
  watchSlowMs: number;
  neo4j: {
    uri: string | undefined; // undefined: start the local launcher
    user: string;
    password: string;
    database: string | undefined;
    queryTimeoutMs: number;
    /** Screening batch statements running at once in this process (graph/gate.ts). */
    batchStatements?: number;
    maxPoolSize?: number;
    /** Driver retries and connection waits, kept well inside the request timeout (see driverBudget). */
    maxRetryMs?: number;
    connectTimeoutMs?: number;
  };
  localDb: { port: number; dataDir: string; heap: string; pageCache: string; txTimeout: string };
  auth: {
    secret: string | undefined;
    jwksUrl: string | undefined;
    publicKey: string | undefined;
    issuer: string;
    audience: string;
  };
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxDirectives: number };
  ops: {
    requestTimeoutMs: number;
    maxBodyBytes: number;
    /** 0 turns rate limiting off. */
    rateLimitPerMinute: number;
    metrics: boolean;
    tracing: boolean;
    trustedDocumentsPath: string | undefined;
    /** /graphql requests served at once by one process, the rest wait their turn; 0: no limit. */
    maxInFlight: number;
    /** /graphql answers go out no sooner than this, then at twice, four times, …; 0: at once. */
    responseFloorMs: number;
  };
}

/**
 * Production's default floor for answers (docs/access-control.md, "Timing"): several times what a lookup, a
 * search or a neighbourhood takes on its own (2–10 ms on the project machine), so a busy server still answers
 * most of them at the floor; slower answers go out at 100, 200, 400 ms, ….
 */
export const PRODUCTION_RESPONSE_FLOOR_MS = 50;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SKEIN_MODE === 'production') requireProductionAuth(e);
  if (e.SKEIN_RESPONSE_FLOOR_MS !== undefined && e.SKEIN_RESPONSE_FLOOR_MS >= e.SKEIN_REQUEST_TIMEOUT_MS) {
    // Every answer would wait for the deadline.
    throw new ConfigError(`invalid configuration:\n  SKEIN_RESPONSE_FLOOR_MS: must be below SKEIN_REQUEST_TIMEOUT_MS (${e.SKEIN_REQUEST_TIMEOUT_MS})`);
  }
  return {
    mode: e.SKEIN_MODE,
    host: e.SKEIN_HOST,
    port: e.SKEIN_PORT,
    logLevel: e.SKEIN_LOG_LEVEL,
    dataDir: e.SKEIN_DATA_DIR,
    auditLogPath: e.SKEIN_AUDIT_LOG ?? `${e.SKEIN_DATA_DIR}/audit.log`,
    auditIndexPath: e.SKEIN_AUDIT_INDEX === 'off' ? null : (e.SKEIN_AUDIT_INDEX ?? `${e.SKEIN_AUDIT_LOG ?? `${e.SKEIN_DATA_DIR}/audit.log`}.sqlite`),
    seedOnEmpty: e.SKEIN_SEED_ON_EMPTY,
    staleAfterDays: e.SKEIN_STALE_AFTER_DAYS,
    hitSecret: e.SKEIN_HIT_SECRET,
    watchPollMs: e.SKEIN_WATCH_POLL_MS,
    watchSlowMs: e.SKEIN_WATCH_SLOW_MS,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.SKEIN_QUERY_TIMEOUT_MS,
      batchStatements: e.SKEIN_BATCH_STATEMENTS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      ...driverBudget(e.SKEIN_REQUEST_TIMEOUT_MS),
    },
    localDb: {
      port: e.SKEIN_DB_PORT,
      dataDir: e.SKEIN_DB_DATA ?? `${e.SKEIN_DATA_DIR}/neo4j`,
      heap: e.SKEIN_DB_HEAP,
      pageCache: e.SKEIN_DB_PAGECACHE,
      txTimeout: e.SKEIN_DB_TX_TIMEOUT,
    },
    auth: {
      secret: e.SKEIN_JWT_SECRET,
      jwksUrl: e.SKEIN_JWKS_URL,
      publicKey: e.SKEIN_JWT_PUBLIC_KEY,
      issuer: e.SKEIN_JWT_ISSUER,
      audience: e.SKEIN_JWT_AUDIENCE,
    },
    limits: {
      maxDepth: e.SKEIN_MAX_DEPTH,
      maxAliases: e.SKEIN_MAX_ALIASES,
      maxCost: e.SKEIN_MAX_COST,
      maxTokens: e.SKEIN_MAX_TOKENS,
      maxDirectives: e.SKEIN_MAX_DIRECTIVES,
    },
    ops: {
      requestTimeoutMs: e.SKEIN_REQUEST_TIMEOUT_MS,
      maxBodyBytes: e.SKEIN_MAX_BODY_BYTES,
      rateLimitPerMinute: e.SKEIN_RATE_LIMIT_PER_MINUTE,
      metrics: e.SKEIN_METRICS,
      tracing: e.SKEIN_TRACING,
      trustedDocumentsPath: e.SKEIN_TRUSTED_DOCUMENTS,
      maxInFlight: e.SKEIN_MAX_IN_FLIGHT,
      // On in production, so an answer's timing does not say whether hidden records were there.
      responseFloorMs: e.SKEIN_RESPONSE_FLOOR_MS ?? (e.SKEIN_MODE === 'production' ? PRODUCTION_RESPONSE_FLOOR_MS : 0),
    },
  };
}

/**
 * The driver's own waits (retrying a transient failure, opening a connection) must end before the
 * request does, so an outage surfaces as SERVICE_UNAVAILABLE rather than as a request timeout.
 */
export function driverBudget(requestTimeoutMs: number): { maxRetryMs: number; connectTimeoutMs: number } {
  const quarter = Math.floor(requestTimeoutMs / 4);
  return { maxRetryMs: Math.min(5_000, quarter), connectTimeoutMs: Math.min(5_000, quarter) };
}

// An empty variable (FOO=) means "unset", as most deployment tools write it.
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => !!kv[1]));
}

// Production never signs its own tokens: it must be told whom to trust, and where Neo4j is.
function requireProductionAuth(e: Env): void {
  const problems: string[] = [];
  if (!e.SKEIN_JWKS_URL && !e.SKEIN_JWT_PUBLIC_KEY) {
    problems.push('  SKEIN_JWKS_URL or SKEIN_JWT_PUBLIC_KEY: required in production mode (tokens are verified, never signed locally)');
  }
  if (e.SKEIN_JWT_SECRET) problems.push('  SKEIN_JWT_SECRET: not allowed in production mode (use asymmetric keys)');
  if (!e.NEO4J_URI) problems.push('  NEO4J_URI: required in production mode (the local launcher is for development)');
  if (problems.length) throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
}
