// Writes agencies, agreements and records in UNWIND batches, grouped by type, reporting progress.
import { markingRank, type AgencyRecord, type AgreementRecord, type GraphRecord } from '../model/graphModel.js';
import type { GraphExecutor } from '../graph/executor.js';
import { nodeRow, relationshipRow } from './toRows.js';
import { withNameKeys } from '../identity/nameKeys.js';
import { COUNT_ENTITIES, idLockKeys, UPSERT_AGENCIES, UPSERT_AGREEMENTS, UPSERT_NODES, UPSERT_RELATIONSHIPS } from './queries.js';

export const DEFAULT_BATCH = 2000;

export async function writeAgencies(graph: GraphExecutor, agencies: AgencyRecord[], agreements: AgreementRecord[]): Promise<void> {
  await graph.trustedWriteAll([
    { cypher: UPSERT_AGENCIES, params: { rows: agencies } },
    { cypher: UPSERT_AGREEMENTS, params: { rows: agreements.map((a) => ({ ...a, upToRank: markingRank(a.upTo) })) } },
  ]);
}

/** Consecutive records of one kind and type form a batch, so input order (nodes first) is kept. */
function* batches(records: GraphRecord[], size: number): Generator<GraphRecord[]> {
  let current: GraphRecord[] = [];
  for (const r of records) {
    const head = current[0];
    if (head && (head.kind !== r.kind || head.type !== r.type || current.length >= size)) {
      yield current;
      current = [];
    }
    current.push(r);
  }
  if (current.length) yield current;
}

function statementFor(batch: GraphRecord[]): { cypher: string; params: Record<string, unknown> } {
  const head = batch[0]!;
  if (head.kind === 'node') {
    // People get their name keys at write time (identity/nameKeys.ts), so matching is an index lookup.
    const row = head.type === 'Person' ? (r: typeof head) => withNameKeys(nodeRow(r)) : nodeRow;
    return { cypher: UPSERT_NODES[head.type], params: { rows: batch.map((r) => row(r as typeof head)) } };
  }
  // Relationship ids are written under their namespaces' id locks, as every writer of them does (queries.ts).
  const idLocks = idLockKeys(batch.map((r) => r.source));
  return { cypher: UPSERT_RELATIONSHIPS[head.type], params: { rows: batch.map((r) => relationshipRow(r as typeof head)), idLocks, holder: null } };
}

export async function writeRecords(
  graph: GraphExecutor,
  records: GraphRecord[],
  opts: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  let done = 0;
  for (const batch of batches(records, opts.batchSize ?? DEFAULT_BATCH)) {
    const { cypher, params } = statementFor(batch);
    await graph.trustedWrite(cypher, params);
    done += batch.length;
    opts.onProgress?.(done, records.length);
  }
}

export async function countEntities(graph: GraphExecutor): Promise<number> {
  const [row] = await graph.trustedRead(COUNT_ENTITIES);
  return Number(row?.n ?? 0);
}
