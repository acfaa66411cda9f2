// The CLI as data teams run it: a child process killed with SIGKILL after its first batches are in,
// then run again, ends with exactly the graph of a clean run: no record missing, none duplicated.
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { generateWorld } from '../../src/generator/world.js';
import { countsOf, fixture, rejectsOf } from './fixtures.js';
import { writeAgencies } from '../../src/ingest/writeRecords.js';
import { agencyCode, uid } from '../helpers/ids.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const graph = testExecutor();
// Small enough for a busy 2-core box, large enough for dozens of batches on each side of the kill.
const PEOPLE = 1500;
const BATCH = 250;

afterAll(async () => {
  await closeTestDriver();
});

const children = new Set<ChildProcess>();

afterEach(() => {
  // A test that timed out must not leave an importer writing into the next one.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
});

function importCli(file: string, args = ['--agency', 'EU-POLICE', '--trust-sources', '--batch', String(BATCH)]) {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-cli-')) };
  // `node --import tsx`, not npx: one process, so SIGKILL really kills the importer.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file, ...args], { cwd: root, env });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function holdsWritten(prefix: string): Promise<number> {
  // Ids are global (`<AGENCY>:<prefix>-…`): the generated records belong to several agencies.
  const [row] = await graph.trustedRead('MATCH ()-[r:HOLDS]->() WHERE r.id CONTAINS $p RETURN count(r) AS n', { p: `:${prefix}-` });
  return Number(row?.n ?? 0);
}

describe('import CLI, interrupted and re-run', () => {
  it('ends with exactly the counts of a clean run', async () => {
    // The importing agency must be registered, --trust-sources or not (issue 12 finding 1).
    await writeAgencies(graph, [{ code: 'EU-POLICE', name: 'EU-POLICE', country: 'EU' }], []);
    const prefix = `k${randomBytes(4).toString('hex')}`;
    const out = join(mkdtempSync(join(tmpdir(), 'skein-world-')), 'world.ndjson');
    const world = await generateWorld({ people: PEOPLE, seed: 5, out, prefix });

    const first = importCli(out);
    // Kill once the nodes and the first relationship batch are committed: mid-way through the file.
    while ((await holdsWritten(prefix)) < BATCH) {
      if (first.child.exitCode !== null) throw new Error(`import ended before it could be killed: ${first.output().stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const partial = await countsOf(graph, prefix);
    expect(partial.relationships).toBeLessThan(world.relationships);

    const second = importCli(out);
    expect(await second.exited).toBe(0);
    const report = JSON.parse(second.output().stdout.trim().split('\n').pop()!) as { totals: Record<string, number> };
    expect(report.totals).toMatchObject({ rejected: 0, nodes: world.nodes, relationships: world.relationships });
    expect(report.totals.unchanged).toBeGreaterThanOrEqual(partial.nodes + partial.relationships);
    expect(await countsOf(graph, prefix)).toEqual({ nodes: world.nodes, relationships: world.relationships, distinctRelationships: world.relationships });
  }, 480_000); // two CLI processes and a first plan of every statement: minutes on a loaded 2-core box

  it('reports bad rows in FILE.rejects.ndjson with exit code 3, the report as JSON on stdout', async () => {
    const agency = agencyCode('cli');
    await writeAgencies(graph, [{ code: agency, name: agency, country: 'EU' }], []);
    const file = fixture('bad.ndjson', uid('clibad'));
    const cli = importCli(file, ['--agency', agency]);
    expect(await cli.exited).toBe(3);
    const report = JSON.parse(cli.output().stdout.trim().split('\n').pop()!) as { totals: Record<string, number>; files: Array<{ rejectsFile: string }> };
    expect(report.totals).toMatchObject({ created: 3, rejected: 9 });
    expect(report.files[0]!.rejectsFile).toBe(`${file}.rejects.ndjson`);
    expect(rejectsOf(file).map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 12]);
    expect(cli.output().stderr).toMatch(/created 3, updated 0, unchanged 0, rejected 9/);
  }, 60_000);

  it('bad usage exits 2 with a one-line reason', async () => {
    const noAgency = importCli('/nonexistent.ndjson', []);
    expect(await noAgency.exited).toBe(2);
    expect(noAgency.output().stderr).toMatch(/--agency CODE is required/);
    const badBatch = importCli('/nonexistent.ndjson', ['--agency', 'EU-POLICE', '--batch', '50000']);
    expect(await badBatch.exited).toBe(2);
    expect(badBatch.output().stderr).toMatch(/--batch must be 1..20000[\s\S]*does not exist/);
  }, 60_000);
});
