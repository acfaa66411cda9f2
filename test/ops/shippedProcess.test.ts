// The shipped process as users run it: `npm start` with its own local Neo4j (no NEO4J_URI), the CLIs
// beside it, then `kill -TERM <pid>`. Issue 14 items 1 and 2.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registryFile, type RunningNeo4j } from '../../src/localdb/registry.js';
import { loadConfig } from '../../src/config.js';
import { signLocalToken } from '../../src/auth/tokens.js';
import { INLINE_BELOW } from '../../src/network/analysisPool.js';
import { freePort } from '../helpers/ports.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'skein-shipped-'));
let env: NodeJS.ProcessEnv;
let api: ChildProcess;
let apiPort: number;
let output = ''; // the server's log (stdout) and errors (stderr)

/** Every process still in the group `npm start` leads (npm, sh, tsx, node, the JVM). */
function groupMembers(pgid: number): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((l) => l.trim().split(/\s+/)[1] === String(pgid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm run <script>` as a user types it, in the same environment as the server. */
function npmRun(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: root, env });
    let [out, err] = ['', ''];
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('close', (code) => resolve({ code, stdout: out, stderr: err, ms: Date.now() - started }));
  });
}

function running(): RunningNeo4j {
  return JSON.parse(readFileSync(registryFile(join(dataDir, 'neo4j')), 'utf8')) as RunningNeo4j;
}

beforeAll(async () => {
  apiPort = await freePort();
  // As a user's shell has it: no NEO4J_URI (the local launcher), no NODE_ENV (vitest sets `test`,
  // under which Apollo skips its own signal handlers, so the test would prove another program).
  const { NEO4J_URI: _uri, NODE_ENV: _env, ...rest } = process.env;
  env = {
    ...rest, SKEIN_PORT: String(apiPort), SKEIN_DB_PORT: String(await freePort()), SKEIN_DATA_DIR: dataDir,
    SKEIN_SEED_ON_EMPTY: 'false', SKEIN_DB_HEAP: '512m', SKEIN_DB_PAGECACHE: '64m', SKEIN_LOG_LEVEL: 'info',
  };
  // Its own process group, so the test sees every process it leaves behind (the JVM included).
  api = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout!.on('data', (c: Buffer) => (output += c));
  api.stderr!.on('data', (c: Buffer) => (output += c));
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${apiPort}/readyz`)).ok) return;
    } catch { /* starting */ }
    if (api.exitCode !== null) throw new Error(`npm start exited (${api.exitCode}): ${output}`);
    if (Date.now() - t0 > 240_000) throw new Error('npm start not ready within 240 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}, 300_000);

afterAll(() => {
  // Only if a test failed and left it running: nothing of ours may outlive the suite.
  if (api.pid && groupMembers(api.pid).length) process.kill(-api.pid, 'SIGKILL');
  const file = registryFile(join(dataDir, 'neo4j'));
  if (existsSync(file)) process.kill(running().pid, 'SIGKILL');
});

it('npm run seed and npm run import use the local Neo4j that npm start runs, and say so', async () => {
  const db = running();
  expect(alive(db.pid)).toBe(true);
  const seed = await npmRun(['seed']);
  expect(seed.code, seed.stderr).toBe(0);
  expect(seed.stderr).toContain(`using the local Neo4j already running at ${db.uri} (pid ${db.pid}`);
  const file = join(dataDir, 'one.ndjson');
  writeFileSync(file, `${JSON.stringify({ kind: 'node', type: 'Person', id: 'SHIPPED-1', marking: 'GREEN', reportedAt: '2020-01-01T00:00:00Z', confidence: 1, properties: { name: 'Shipped Person' } })}\n`);
  const imported = await npmRun(['import', '--', file, '--agency', 'NL-INTEL']);
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stderr).toContain(`using the local Neo4j already running at ${db.uri} (pid ${db.pid}`);
  expect(JSON.parse(imported.stdout).totals.rejected).toBe(0);
  // Neither CLI stopped the server's database.
  expect(running().pid).toBe(db.pid);
  expect((await fetch(`http://127.0.0.1:${apiPort}/readyz`)).status).toBe(200);
}, 240_000);

it('the worker threads of the compiled build run: the audit index answers, a large network is analysed off the request thread', async () => {
  // npm start runs build/ with plain node: its threads start from the compiled .js files (workerEntry.ts),
  // not through tsx as every in-process test does.
  const config = loadConfig(env);
  const post = async (role: 'ANALYST' | 'ADMIN', query: string, variables: Record<string, unknown> = {}) => {
    const token = await signLocalToken(config, { agency: 'NL-INTEL', role });
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  const people = (await post('ANALYST', '{ people(first: 60) { edges { node { id } } } }')).people.edges.map((e: { node: { id: string } }) => e.node.id);
  expect(people.length).toBeGreaterThan(0);
  const net = await post('ANALYST', 'query($seeds: [ID!]!) { network(seeds: $seeds, depth: 2, limit: 2000) { subgraph { nodes { key } } metrics { betweenness } } }', { seeds: people });
  // Above INLINE_BELOW nodes the metrics are computed in the analysis pool's thread.
  expect(net.network.subgraph.nodes.length).toBeGreaterThanOrEqual(INLINE_BELOW);
  expect(net.network.metrics).toHaveLength(net.network.subgraph.nodes.length);
  // The reads just made are in the audit index, which its own thread keeps (SERVICE_UNAVAILABLE without it).
  const audit = await post('ADMIN', '{ auditReads(first: 500) { reads { recordIds } } }');
  const read = new Set(audit.auditReads.reads.flatMap((r: { recordIds: string[] }) => r.recordIds));
  expect(people.filter((id: string) => id.startsWith('NL-INTEL:') && read.has(id)).length).toBeGreaterThan(0);
}, 120_000);

it('SIGTERM to the API process under npm start: exit 0 within 15 s, the local Neo4j stopped, no process left', async () => {
  // The API process is the one that started (and recorded) the JVM. npm itself dies on SIGTERM
  // without passing it on, so process managers must signal the API (or run it without npm).
  const { pid: jvm, ownerPid: apiPid } = running();
  const pgid = api.pid!;
  const t0 = Date.now();
  const exited = new Promise<number | null>((resolve) => api.once('exit', (code) => resolve(code)));
  process.kill(apiPid, 'SIGTERM');
  const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000))]);
  const ms = Date.now() - t0;
  console.log(`SIGTERM to exit of npm start: ${ms} ms`);
  expect(code, output.slice(-2000)).toBe(0);
  expect(ms).toBeLessThan(15_000);
  expect(output).toContain('"msg":"stopped"');
  // The group may need a moment to be reaped after the leader's exit.
  for (let i = 0; i < 20 && (groupMembers(pgid).length || alive(jvm)); i++) await new Promise((r) => setTimeout(r, 100));
  expect(groupMembers(pgid)).toEqual([]);
  expect(alive(jvm)).toBe(false);
  expect(existsSync(registryFile(join(dataDir, 'neo4j')))).toBe(false);
}, 60_000);

it('with no npm start running, a CLI starts its own local Neo4j, says so, and stops it when done', async () => {
  const file = join(dataDir, 'two.ndjson');
  writeFileSync(file, `${JSON.stringify({ kind: 'node', type: 'Person', id: 'SHIPPED-2', marking: 'GREEN', reportedAt: '2020-01-01T00:00:00Z', confidence: 1, properties: { name: 'Second Person' } })}\n`);
  const imported = await npmRun(['import', '--', file, '--agency', 'NL-INTEL', '--dry-run']);
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stderr).toMatch(/no local Neo4j was running on .*: started one at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+\); it stops when this command ends/);
  const pid = Number(/\(pid (\d+)\); it stops/.exec(imported.stderr)![1]);
  expect(alive(pid)).toBe(false);
  expect(existsSync(registryFile(join(dataDir, 'neo4j')))).toBe(false);
}, 300_000);
