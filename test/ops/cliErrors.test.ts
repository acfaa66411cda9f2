// The command-line tools end on bad input or a bad setting with one line naming the tool, never a stack
// trace (seed, audit:verify and audit:index printed Node's uncaught-error report with file paths).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

const noStack = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at \S/);
  expect(stderr).not.toMatch(/node:internal|\.ts:\d+/);
};

describe('command-line tools on bad input', () => {
  it.each([
    ['seed', 'src/cli/seed.ts'],
    ['audit:index', 'src/cli/auditIndex.ts'],
    ['audit:verify', 'src/cli/auditVerify.ts'],
  ])('%s with an invalid setting names the setting, in words', (tool, script) => {
    const r = run(script, [], { SKEIN_DB_PORT: 'abc' });
    expect(r.status).toBe(1);
    noStack(r.stderr);
    expect(r.stderr).toBe(`skein ${tool}: invalid configuration:\n  SKEIN_DB_PORT: Invalid input: expected number, received NaN\n`);
  });

  it('audit:verify of a file that is not there says so', () => {
    const r = run('src/cli/auditVerify.ts', ['/no/such/audit.log']);
    expect(r.status).toBe(1);
    noStack(r.stderr);
    expect(r.stderr).toBe("skein audit:verify: ENOENT: no such file or directory, open '/no/such/audit.log'\n");
  });
});
