// The real Apollo server over the test Neo4j, with helpers to run operations as an agency and role.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import { createServer } from '../../src/server.js';
import { createContext, type RequestStats } from '../../src/context.js';
import { openAuditLog } from '../../src/audit/auditLog.js';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import type { Role } from '../../src/model/graphModel.js';
import { testExecutor } from './graph.js';
import { uid } from './ids.js';
import { hitKeyOf } from '../../src/screening/hitKey.js';

export interface Result<T = Record<string, any>> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  stats: RequestStats;
}

/**
 * One transaction, or one more for each retry after a stale view (another test file changed the sharing
 * state meanwhile). Statements running side by side that fail on the same stale view are retried in one new
 * transaction, so then there can be fewer new transactions than retries, never more.
 */
export function expectOneTransaction(stats: { transactions?: number; aclRetries: number }): void {
  if (stats.aclRetries === 0) expect(stats.transactions).toBe(1);
  else expect(stats.transactions).toBeLessThanOrEqual(1 + stats.aclRetries);
}

export function testServer(env: NodeJS.ProcessEnv = {}) {
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-test-')), ...env });
  const auditLog = openAuditLog(config.auditLogPath, config.auditIndexPath);
  const apollo = createServer({ config, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), auditLog });
  const executor = testExecutor();
  const hitKey = hitKeyOf(config);
  let started: Promise<void> | undefined;

  async function run<T>(agency: string, role: Role, query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
    await (started ??= apollo.start());
    const contextValue = createContext(executor, { subject: `${agency.toLowerCase()}-tester`, agency, role }, uid('req'), {
      staleAfterDays: config.staleAfterDays,
      hitKey,
      auditStore: auditLog.store,
    });
    const res = await apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
    const { data, errors } = res.body.singleResult;
    // Through JSON, as a client over HTTP sees it (dates become ISO strings).
    const wire = JSON.parse(JSON.stringify({ data: data ?? null })) as { data: T | null };
    return { data: wire.data, errors, stats: contextValue.stats };
  }

  return {
    config,
    auditLog,
    executor,
    /** The started Apollo server, for tests that go through HTTP. */
    apollo: async () => {
      await (started ??= apollo.start());
      return apollo;
    },
    /** Runs operations as an analyst (or another role) of one agency. */
    as: (agency: string, role: Role = 'ANALYST') => ({
      query: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => run<T>(agency, role, query, variables),
    }),
    stop: async () => {
      if (started) await apollo.stop();
      await auditLog.close();
    },
  };
}
