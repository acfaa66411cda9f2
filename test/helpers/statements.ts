// Every viewer statement in src/, found by walking the exports of every module (strings, tables of
// strings, statement builders called over their closed inputs), for the structural ACL guard test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../../src/model/graphModel.js';
import { ingestStatement, type IngestGroup } from '../../src/ingest/queries.js';
import { compile, compileBelow } from '../../src/records/prefetch.js';
import { pageQuery } from '../../src/records/queries.js';
import { RELATIONS, type RelationName } from '../../src/records/relations.js';
import type { EntityPlan } from '../../src/records/plan.js';
import { OPEN_WINDOW } from '../../src/time/window.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
/** Entry points (they run on import), browser code and the rule's own modules. */
const SKIP = /^(cli\/|viewer\/client\/|generated\/|main\.ts$|graph\/acl(Guard|Exemptions)?\.ts$)/;
/** Text of a viewer statement: it names the rule or the hit macro. */
const VIEWER = /\b(ACL|ACL_PATH|HIT)\(/;

export interface Statement {
  where: string;
  cypher: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function collect(value: unknown, where: string, out: Statement[], depth = 0): void {
  if (typeof value === 'string') {
    if (VIEWER.test(value)) out.push({ where, cypher: value });
  } else if (value && typeof value === 'object' && depth < 3) {
    for (const [k, v] of Object.entries(value)) collect(v, `${where}.${k}`, out, depth + 1);
  }
}

/** Builders whose statements exist only once called: every input they accept. */
function built(): Statement[] {
  const groups: IngestGroup[] = [
    ...NODE_TYPES.map((type) => ({ kind: 'node' as const, type })),
    ...RELATIONSHIP_TYPES.map((type) => ({ kind: 'relationship' as const, type })),
  ];
  const out: Statement[] = [];
  for (const write of [false, true]) out.push({ where: `ingest/queries.ts ingestStatement(all, ${write})`, cypher: ingestStatement(groups, write) });
  for (const g of groups) out.push({ where: `ingest/queries.ts ingestStatement(${g.type})`, cypher: ingestStatement([g], true) });
  // The look-ahead compiler: every type with every connection it has, each nested one level more.
  for (const type of NODE_TYPES) {
    out.push({ where: `records/prefetch.ts compile(${type})`, cypher: compile(everything(type, 2)!).cypher });
    out.push({ where: `records/queries.ts pageQuery(${type})`, cypher: pageQuery(type, true, compileBelow(everything(type, 2), 'n')) });
  }
  return out;
}

function everything(type: string, depth: number): EntityPlan | null {
  const names = (Object.keys(RELATIONS) as RelationName[]).filter((n) => n.startsWith(`${type}.`));
  if (depth === 0 || names.length === 0) return null;
  return {
    type: type as EntityPlan['type'],
    connections: names.flatMap((name) =>
      [true, false].map((counted) => ({ name, page: { skip: 0, first: 20 }, window: OPEN_WINDOW, counted, nodes: [], child: everything(RELATIONS[name].target, depth - 1) })),
    ),
    props: depth % 2 === 0 ? null : ['id', 'name'],
  };
}

/** All statements, and the source files that mention the rule but contributed none (a walk gap). */
export async function viewerStatements(): Promise<{ statements: Statement[]; unreached: string[] }> {
  const statements: Statement[] = built();
  const reached = new Set(['ingest/queries.ts', 'network/paths.ts', 'records/prefetch.ts']);
  for (const file of files(SRC)) {
    const rel = relative(SRC, file);
    // Only modules whose source names the rule: importing the rest could run workers or entry points.
    if (SKIP.test(rel) || !VIEWER.test(readFileSync(file, 'utf8'))) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    const before = statements.length;
    collect(mod, rel, statements);
    if (statements.length > before) reached.add(rel);
  }
  // A file whose source builds a statement with the rule must be reachable through its exports.
  const unreached = files(SRC)
    .map((f) => relative(SRC, f))
    .filter((rel) => !SKIP.test(rel) && !reached.has(rel) && /`[^`]*\b(ACL|ACL_PATH)\([a-z]/.test(readFileSync(join(SRC, rel), 'utf8')));
  return { statements, unreached };
}
