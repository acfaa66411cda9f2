// The audit log is hash-chained: verify passes on an intact log (also across a reopen) and names the
// first broken entry when a line is changed or removed; the CLI exits non-zero on a broken chain.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openAuditLog } from '../../src/audit/auditLog.js';
import { verifyChain } from '../../src/audit/chain.js';

const entry = (n: number) => ({ requestId: `r${n}`, subject: 's', agency: 'NL-INTEL', role: 'ANALYST', operation: 'query Q', recordIds: [`per-${n}`], errors: [] });

function writeLog(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'skein-chain-')), 'audit.log');
  const first = openAuditLog(path);
  for (let i = 1; i <= 3; i++) first.write(entry(i));
  const reopened = openAuditLog(path); // a restart resumes the chain from the last line
  reopened.refusal({ requestId: 'r4', address: '127.0.0.1', reason: 'UNAUTHENTICATED', operation: null });
  reopened.write(entry(5));
  return path;
}

describe('audit hash chain', () => {
  it('verifies an intact log written by two openings', () => {
    const path = writeLog();
    expect(verifyChain(readFileSync(path, 'utf8'))).toEqual({ ok: true, entries: 5 });
  });

  it('names the first broken entry when a line is modified or removed', () => {
    const lines = readFileSync(writeLog(), 'utf8').trimEnd().split('\n');
    const modified = [...lines];
    modified[2] = modified[2]!.replace('per-3', 'per-9');
    expect(verifyChain(modified.join('\n'))).toMatchObject({ ok: false, firstBroken: 3, why: 'its content does not match its hash' });
    const removed = lines.filter((_, i) => i !== 1);
    expect(verifyChain(removed.join('\n'))).toMatchObject({ ok: false, firstBroken: 2, why: 'does not follow the entry before it' });
  });

  it('npm run audit:verify exits 1 naming the entry', () => {
    const path = writeLog();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    lines[3] = lines[3]!.replace('127.0.0.1', '10.9.9.9');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const run = spawnSync('npx', ['tsx', 'src/cli/auditVerify.ts', path], { encoding: 'utf8', env: { ...process.env, SKEIN_DATA_DIR: tmpdir() } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('entry 4 of 5 is broken');
  }, 60_000);
});
