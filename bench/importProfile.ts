// Where a relationship batch of the import spends its time: the import's own statement beside
// variants with one part removed and the raw script's MERGE, each on the same batch, each rolled back.
// `tsx bench/importProfile.ts -- --world FILE --port 7882 [--batch 5000] [--rounds 3]`
import { mkdtempSync, rmSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../src/localdb/launch.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { validateRecord } from '../src/ingest/validate.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { runBatch } from '../src/ingest/batch.js';
import { executorRunner } from '../src/ingest/runner.js';
import { ingestStatement } from '../src/ingest/queries.js';
import { storedProperties } from '../src/ingest/toRows.js';
import { RELATIONSHIP_TYPES, type GraphRecord, type RelationshipRecord } from '../src/model/graphModel.js';

const { values } = parseArgs({ options: { world: { type: 'string' }, port: { type: 'string', default: '7882' }, batch: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '3' } } });
const batch = Number(values.batch);
const rule = { agency: 'EU-POLICE', trustSources: true };
const nodes: GraphRecord[] = [];
const rels = new Map<string, RelationshipRecord[]>();
const readStarted = performance.now();
let jsonMs = 0;
for await (const line of createInterface({ input: createReadStream(values.world!), crlfDelay: Infinity })) {
  const tj = performance.now();
  const parsed: unknown = JSON.parse(line);
  jsonMs += performance.now() - tj;
  const v = validateRecord(parsed, rule);
  if (!v.ok) continue;
  if (v.record.kind === 'node') nodes.push(v.record);
  else {
    const list = rels.get(v.record.type) ?? [];
    list.push(v.record as RelationshipRecord);
    rels.set(v.record.type, list);
  }
}
const readMs = performance.now() - readStarted;
const tp = performance.now();
for (const r of nodes) storedProperties(r);
for (const list of rels.values()) for (const r of list) storedProperties(r);
const propsMs = performance.now() - tp;
const total = nodes.length + [...rels.values()].reduce((a, l) => a + l.length, 0);
console.log(`JS per 1000 records: read+parse+validate ${(readMs / total * 1000).toFixed(1)} ms (JSON.parse alone ${(jsonMs / total * 1000).toFixed(1)}), stored properties ${(propsMs / total * 1000).toFixed(1)} ms`);
console.log(`read ${nodes.length} nodes, rels by type: ${[...rels].map(([t, l]) => `${t} ${l.length}`).join(', ')}`);
const dataDir = mkdtempSync(join(tmpdir(), 'skein-importprof-'));
const db = await startLocalNeo4j({ port: Number(values.port), dataDir, heap: '2g', pageCache: '1g', txTimeout: '600s' });
const driver = createDriver(db.uri, { uri: db.uri, user: 'neo4j', password: '', database: undefined, queryTimeoutMs: 600_000 });

/** Runs one statement in a transaction of its own and rolls it back: its time, and its result. */
async function rolledBack(cypher: string, params: Record<string, unknown>) {
  const session = driver.session();
  try {
    const tx = session.beginTransaction();
    const t = performance.now();
    const res = await tx.run(cypher, params);
    const ms = performance.now() - t;
    await tx.rollback();
    return { ms, res };
  } finally {
    await session.close();
  }
}
try {
  const executor = new GraphExecutor(driver, { database: undefined, timeoutMs: 600_000 });
  await applyMigrations(executor);
  await writeAgencies(executor, [{ code: 'EU-POLICE', name: 'EU-POLICE', country: 'EU' }], []);
  const runner = executorRunner(executor, 'all');
  // A batch of people on the graph as it stands after the other node types (people come first in the file: an empty graph).
  const people = nodes.filter((n) => n.type === 'Person').slice(0, batch);
  const personRows = people.map((r, i) => ({ i, id: r.id, props: storedProperties(r) }));
  const nodeVariants: Array<[string, string]> = [
    ['skein Person', ingestStatement([{ kind: 'node', type: 'Person' }], true)],
    ['raw Person', 'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Person, n += row.props'],
  ];
  const nodeTimes = new Map<string, number[]>();
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [name, cypher] of nodeVariants) {
      const { ms } = await rolledBack(cypher, { rows0: personRows, rows: personRows, type0: 'Person', changeKind: 'IMPORT', idLocks: [] });
      nodeTimes.set(name, [...(nodeTimes.get(name) ?? []), ms]);
    }
  }
  for (const [name, ts] of nodeTimes) console.log(`  ${name.padEnd(22)} ${ts.map((x) => x.toFixed(0)).join(' / ')} ms (batch of ${personRows.length}, empty graph)`);
  const t0 = Date.now();
  for (let i = 0; i < nodes.length; i += batch) await runBatch(runner, nodes.slice(i, i + batch).map((record) => ({ record })), { dryRun: false });
  console.log(`nodes written in ${Date.now() - t0} ms`);
  // the largest type first, then a second one
  const types = [...rels].sort((a, b) => b[1].length - a[1].length).slice(0, 2);
  const noAcl = (c: string) => c.replace(/\bACL\(([A-Za-z_][A-Za-z0-9_]*)\)/g, 'true');
  for (const [type, list] of types) {
    const recs = list.slice(0, batch);
    const rows = recs.map((r, i) => ({ i, id: r.id, props: storedProperties(r), from: r.from, to: r.to, fromPending: null, toPending: null }));
    const full = noAcl(ingestStatement([{ kind: 'relationship', type: type as never }], true));
    const idLocks = [...new Set(recs.map((r) => `relationship-ids:${r.source}`))];
    const anyAt = full.indexOf('any(taken IN [');
    const anyEnd = full.indexOf('] WHERE taken)') + '] WHERE taken)'.length;
    const crossType = full.slice(anyAt, anyEnd);
    const noTaken = full.replace(`WHEN old IS NULL AND ${crossType} THEN 'typeConflict'`, '');
    const noOutbox = full.replace(/CALL \{\n  WITH changed\n[\s\S]*?\n\}\nRETURN outcomes/, 'RETURN outcomes');
    const rawCypher = `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.props`;
    const others = RELATIONSHIP_TYPES.filter((t) => t !== type).join('|');
    const oneSeek = full.replace(crossType, `EXISTS { MATCH ()-[x:${others}]->() WHERE x.id = row.id }`);
    const noLock = full.replace(/^CALL \{\n  UNWIND \$idLocks[\s\S]*?\nWITH locked\n/, '');
    const variants: Array<[string, string]> = [['skein', full], ['no cross-type check', noTaken], ['cross-type disjunction', oneSeek], ['no outbox', noOutbox], ['no id lock', noLock], ['raw MERGE', rawCypher]];
    for (const [n, c] of variants) if (n !== 'skein' && n !== 'raw MERGE' && c === full) throw new Error(`variant ${n} did not change the statement`);
    const params = { rows0: rows, rows, changeKind: 'IMPORT', idLocks };
    console.log(`\n${type}: batch of ${rows.length}`);
    const times = new Map<string, number[]>();
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [name, cypher] of variants) {
        const { ms } = await rolledBack(cypher, params);
        times.set(name, [...(times.get(name) ?? []), ms]);
      }
    }
    for (const [name, ts] of times) console.log(`  ${name.padEnd(22)} ${ts.map((x) => x.toFixed(0)).join(' / ')} ms`);
    for (const [name, cypher] of variants) {
      const { res } = await rolledBack(`PROFILE ${cypher}`, params);
      const plan = res.summary.profile as unknown as { dbHits: number; children: unknown[] };
      let hits = 0;
      const walk = (p: { dbHits: number; children: unknown[]; operatorType?: string }, depth: number, out: string[]) => {
        hits += p.dbHits;
        if (p.dbHits > rows.length) out.push(`${'  '.repeat(depth)}${p.operatorType} ${p.dbHits}`);
        for (const c of p.children as never[]) walk(c, depth + 1, out);
      };
      const out: string[] = [];
      walk(plan as never, 2, out);
      console.log(`  PROFILE ${name}: ${hits} db hits`);
      if (name === 'skein') console.log(out.join('\n'));
    }
  }
  console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await driver.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
