// The baseline for `bench/import.ts`: what a data engineer would write with the bare driver and no
// validation, no ownership or ACL checks and no reporting. Reads the same nodes-first NDJSON,
// groups rows by type, and writes each full batch with one UNWIND + MERGE, awaiting each write.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { markingRank, TEMPORAL_FIELDS, type GraphRecord } from '../src/model/graphModel.js';
import { personKeys } from '../src/identity/nameKeys.js';
import { namesOf } from '../src/search/names.js';
import { resolveRef } from '../src/model/ids.js';

const nodeCypher = (label: string) => `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label}, n += row.props`;
const relCypher = (type: string) => `UNWIND $rows AS row
MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.props`;

function temporal(kind: 'date' | 'datetime', v: string): unknown {
  if (kind === 'datetime') return neo4j.types.DateTime.fromStandardDate(new Date(v.length === 10 ? `${v}T00:00:00Z` : v));
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

// The same stored values as the ingest path writes, so both loads produce the same graph.
function props(r: GraphRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const kinds = TEMPORAL_FIELDS[r.type] ?? {};
  for (const [k, v] of Object.entries(r.properties)) out[k] = kinds[k] ? temporal(kinds[k], String(v)) : v;
  if (r.type === 'Document') out.numberKey = String(r.properties.number).toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  Object.assign(out, { id: r.id, source: r.source, marking: r.marking, markingRank: markingRank(r.marking), reportedAt: temporal('datetime', r.reportedAt), confidence: r.confidence });
  if (r.sourceRef) out.sourceRef = r.sourceRef;
  const names = namesOf(r.properties);
  if (names) out.names = names;
  if (r.type === 'Person') Object.assign(out, personKeys({ name: String(r.properties.name), aliases: r.properties.aliases as string[] | undefined, birthDate: r.properties.birthDate as string | undefined }));
  return out;
}

export interface RawResult {
  records: number;
  relationships: number;
  elapsedMs: number;
  firstRelationshipMs: number | null;
}

export async function rawImport(
  driver: Driver,
  file: string,
  batchSize: number,
  onProgress?: (done: number, total: number) => void,
  onWrite?: (cypher: string, ms: number) => void,
): Promise<RawResult> {
  const total = statSync(file).size;
  const input = createReadStream(file);
  const started = Date.now();
  const buffers = new Map<string, { cypher: string; rows: unknown[] }>();
  const result: RawResult = { records: 0, relationships: 0, elapsedMs: 0, firstRelationshipMs: null };
  const write = async (cypher: string, rows: unknown[]) => {
    const session = driver.session();
    const t = performance.now();
    try {
      await session.executeWrite((tx) => tx.run(cypher, { rows }));
    } finally {
      await session.close();
      onWrite?.(cypher, performance.now() - t);
    }
  };
  const flush = async (prefix: string) => {
    for (const [key, b] of buffers) if (key.startsWith(prefix) && b.rows.length) await write(b.cypher, b.rows.splice(0));
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const raw = JSON.parse(line) as GraphRecord;
    // Keys in the source's namespace, as ingest stores them (the one rule the raw baseline keeps).
    const key0 = (ref: string) => resolveRef(ref, raw.source) ?? ref;
    const r = (raw.kind === 'relationship' ? { ...raw, id: key0(raw.id), from: key0(raw.from), to: key0(raw.to) } : { ...raw, id: key0(raw.id) }) as GraphRecord;
    result.records += 1;
    const key = `${r.kind}:${r.type}`;
    let b = buffers.get(key);
    if (!b) buffers.set(key, (b = { cypher: r.kind === 'node' ? nodeCypher(r.type) : relCypher(r.type), rows: [] }));
    if (r.kind === 'relationship') {
      result.relationships += 1;
      if (result.firstRelationshipMs === null) {
        await flush('node:'); // the file lists nodes first: finish them before any relationship
        result.firstRelationshipMs = Date.now() - started;
      }
      b.rows.push({ id: r.id, from: r.from, to: r.to, props: props(r) });
    } else b.rows.push({ id: r.id, props: props(r) });
    if (b.rows.length >= batchSize) {
      await write(b.cypher, b.rows.splice(0));
      onProgress?.(input.bytesRead, total);
    }
  }
  await flush('node:');
  await flush('relationship:');
  result.elapsedMs = Date.now() - started;
  return result;
}
