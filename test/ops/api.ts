// The API as `npm start` wires it (src/main.ts createApi), listening on a free port, with HTTP helpers.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { openAuditLog, type AuditLog } from '../../src/audit/auditLog.js';
import { signLocalToken } from '../../src/auth/tokens.js';
import { createApi, type Api } from '../../src/main.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import type { Role } from '../../src/model/graphModel.js';

export const SECRET = 'an-ops-test-secret-that-is-long-enough-0123456789';

export interface RunningApi extends Api {
  base: string;
  config: Config;
  auditLog: AuditLog;
  token(agency: string, role?: Role, subject?: string): Promise<string>;
  /** POST /graphql with a JSON body (or raw text/bytes when `raw` is given). */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startApi(executor: GraphExecutor, env: NodeJS.ProcessEnv = {}, ready?: () => Promise<boolean>): Promise<RunningApi> {
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-ops-')), SKEIN_JWT_SECRET: SECRET, ...env });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const auditLog = openAuditLog(config.auditLogPath, config.auditIndexPath);
  const api = await createApi({ config, logger, auditLog, db: { executor, ready: ready ?? (async () => true) } });
  const server: Server = await new Promise((resolve) => {
    const s = api.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...api,
    base,
    config,
    auditLog,
    token: (agency, role = 'ANALYST', subject) => signLocalToken(config, { agency, role, ...(subject ? { subject } : {}) }),
    post: (body, headers = {}) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
      }),
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.apollo.stop();
      await auditLog.close();
    },
  };
}

export interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  text: string;
}

export async function answer(res: Response | Promise<Response>): Promise<Answer> {
  const r = await res;
  const text = await r.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    throw new Error(`not JSON (status ${r.status}): ${text.slice(0, 300)}`);
  }
  return { status: r.status, body, text };
}

// Driver text, Cypher keywords, stack frames and file paths: none of it may reach a client.
const LEAKS = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|stacktrace|Neo4jError|Neo\.(Client|Transient|Database)Error|\bMATCH\s*\(|\bRETURN\b|\bUNWIND\b|\$acl\b/;

/**
 * Every error is coded, none leaks internals; returns the codes. `echoes` are strings the request
 * itself sent (a reason, a search text): the API may rightly give those back, in data or in a
 * validation message, so they are taken out before looking for leaks.
 */
export function expectMasked(a: Answer, echoes: readonly string[] = []): string[] {
  const forms = echoes.filter((s) => s.length > 0).flatMap((s) => [JSON.stringify(s).slice(1, -1), s]);
  const text = forms.reduce((t, s) => t.split(s).join(''), a.text);
  expect(text).not.toMatch(LEAKS);
  const errors = a.body.errors ?? [];
  for (const e of errors) {
    expect(typeof e.extensions?.code, JSON.stringify(e)).toBe('string');
    expect(e.extensions).not.toHaveProperty('stacktrace');
  }
  return errors.map((e) => String(e.extensions!.code));
}
