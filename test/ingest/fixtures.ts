// Copies the ingest fixtures into a temp folder with ids made unique to one test (RUN- -> prefix),
// and counts what a prefix has in the graph.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { GraphExecutor } from '../../src/graph/executor.js';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url).pathname;
// One folder per test file, removed after its tests (vitest ends its workers without an 'exit'
// event): copies and their rejects files do not pile up in /tmp.
let root: string | undefined;
const fixtureRoot = () => (root ??= mkdtempSync(join(tmpdir(), 'skein-ingest-')));
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A file of its own with the given text (removed with the other copies). */
export function fixtureFile(name: string, text: string): string {
  const target = join(mkdtempSync(join(fixtureRoot(), 'f-')), name);
  writeFileSync(target, text);
  return target;
}

/** The fixture (file or folder) with every `RUN-` replaced by `prefix-`; returns its path. */
export function fixture(name: string, prefix: string): string {
  const dir = mkdtempSync(join(fixtureRoot(), 'f-'));
  const target = join(dir, name);
  cpSync(join(FIXTURES, name), target, { recursive: true });
  const rewrite = (path: string) => writeFileSync(path, readFileSync(path, 'utf8').replaceAll('RUN-', `${prefix}-`));
  if (statSync(target).isDirectory()) for (const f of readdirSync(target)) rewrite(join(target, f));
  else rewrite(target);
  return target;
}

/**
 * Records whose local id holds the prefix, in any agency's namespace (`<AGENCY>:<prefix>-…`): `RUN-`
 * ids, and FtM watchlists (`<AGENCY>:wl-<prefix>-authority-programme`).
 */
export async function countsOf(graph: GraphExecutor, prefix: string): Promise<{ nodes: number; relationships: number; distinctRelationships: number }> {
  const [row] = await graph.trustedRead(
    `CALL { MATCH (n:Entity) WHERE n.id CONTAINS $p OR n.id CONTAINS $wl RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() WHERE r.id CONTAINS $p RETURN count(r) AS relationships, count(DISTINCT r.id) AS distinctRelationships }
     RETURN nodes, relationships, distinctRelationships`,
    { p: `:${prefix}-`, wl: `:wl-${prefix.toLowerCase()}-` },
  );
  return row as { nodes: number; relationships: number; distinctRelationships: number };
}

export const rejectsOf = (file: string) =>
  readFileSync(`${file}.rejects.ndjson`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { line: number; id?: string; code: string; reason: string })
    // Written in the order found: deferred relationships are judged last.
    .sort((a, b) => a.line - b.line);
