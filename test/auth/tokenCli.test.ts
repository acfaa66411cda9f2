// `npm run token` (issue 14 item 11): refuses agencies its registry does not know, in one line; a
// lower-case agency gets one line with the fix, not a validation dump.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';

// Each run is a fresh tsx process: ~10-20 s on a loaded 2-core box.
vi.setConfig({ testTimeout: 180_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const registered = agencyCode('tok');
const SECRET = 'a-test-secret-that-is-long-enough-token-0123456789';

function token(args: string[], env: Record<string, string> = {}) {
  const { NEO4J_URI: _uri, ...rest } = process.env;
  const dataDir = mkdtempSync(join(tmpdir(), 'skein-token-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', ...args], {
    cwd: root, encoding: 'utf8', env: { ...rest, SKEIN_DATA_DIR: dataDir, SKEIN_JWT_SECRET: SECRET, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  await writeWorld(testExecutor(), [registered], [], []);
});
afterAll(closeTestDriver);

it('a lower-case agency: one line naming the fix', () => {
  const r = token(['--agency', 'nl-intel']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toEqual([
    "skein token: agency codes are capital letters with one optional hyphen, e.g. NL-INTEL, not 'nl-intel'; did you mean --agency NL-INTEL?",
  ]);
});

it('no database running: the demo registry decides', () => {
  expect(token(['--agency', 'NL-INTEL']).stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
  const r = token(['--agency', 'XX-NOPE']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^skein token: agency XX-NOPE is not registered in the demo registry \(no database is running.*\(registered: TR-INTEL, NL-INTEL, .*\); the API would refuse its token\n$/);
});

it('a database configured: its registry decides', () => {
  const env = { NEO4J_URI: inject('neo4jUri') };
  expect(token(['--agency', registered], env).stdout).toMatch(/^eyJ/);
  const unknown = agencyCode('unk');
  const r = token(['--agency', unknown], env);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`skein token: agency ${unknown} is not registered in the database at ${inject('neo4jUri')}`);
});
