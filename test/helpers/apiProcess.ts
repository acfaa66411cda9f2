// The API as it ships: `npm start` (no NODE_ENV) as its own process against the test Neo4j, ready when
// /readyz answers, stopped with SIGTERM. For tests that need several real API processes on one Neo4j.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ApiProcess {
  proc: ChildProcess;
  port: number;
  log: string;
}

export async function startApiProcess(neo4jUri: string, secret: string, extraEnv: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const { NODE_ENV: _env, ...rest } = process.env;
  const env = {
    ...rest, NEO4J_URI: neo4jUri, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
    SKEIN_PORT: String(port), SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-proc-')), SKEIN_SEED_ON_EMPTY: 'false',
    SKEIN_JWT_SECRET: secret, SKEIN_LOG_LEVEL: 'warn', ...extraEnv,
  };
  const api: ApiProcess = { proc: spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }), port, log: '' };
  api.proc.stdout!.on('data', (c: Buffer) => (api.log += c));
  api.proc.stderr!.on('data', (c: Buffer) => (api.log += c));
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return api;
    } catch { /* starting */ }
    if (api.proc.exitCode !== null) throw new Error(`npm start exited (${api.proc.exitCode}): ${api.log}`);
    if (Date.now() - t0 > 180_000) throw new Error(`npm start not ready within 180 s: ${api.log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function stopApiProcess(api: ApiProcess): Promise<number | null> {
  if (api.proc.exitCode !== null) return api.proc.exitCode;
  const exited = new Promise<number | null>((resolve) => api.proc.once('exit', (code) => resolve(code)));
  api.proc.kill('SIGTERM');
  return exited;
}

/** POST /graphql to one process. */
export async function postTo(api: ApiProcess, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: Array<{ extensions?: { code?: string } }> }> {
  const res = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any };
}
