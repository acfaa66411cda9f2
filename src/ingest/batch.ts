// Writes (or, dry, judges) one batch of validated records with one statement in one transaction,
// and turns the statement's outcome summary back into counts and per-item rejections.
import { NODE_TYPES, RELATIONSHIP_TYPES, type GraphRecord, type NodeType, type RelationshipType } from '../model/graphModel.js';
import { ingestStatement, NO_LOCK, type IngestGroup } from './queries.js';
import { storedProperties } from './toRows.js';
import type { IngestRunner } from './runner.js';
import type { ChangeKind } from '../watches/outbox.js';
import { dbRejection, isWritten, zeroCounts, type Counts, type DbRejected, type Outcome, type Rejection } from './outcomes.js';

export interface BatchItem {
  record: GraphRecord;
  /** Dry runs only: endpoint types of records earlier in the same input, judged as if written. */
  pendingFrom?: NodeType | undefined;
  pendingTo?: NodeType | undefined;
}

export interface BatchResult {
  counts: Counts;
  /** Positions in the batch of the items the database refused, with the outcome and the reason. */
  rejected: Array<{ index: number; outcome: DbRejected | 'refused'; rejection: Rejection }>;
}

const ORDER = [...NODE_TYPES.map((t) => `node:${t}`), ...RELATIONSHIP_TYPES.map((t) => `relationship:${t}`)];

function groupsOf(items: readonly BatchItem[]): Array<{ group: IngestGroup; rows: Array<Record<string, unknown>> }> {
  const byKey = new Map<string, { group: IngestGroup; rows: Array<Record<string, unknown>> }>();
  const relationshipIds = new Set<string>();
  items.forEach(({ record: r, pendingFrom, pendingTo }, i) => {
    // The statement creates a new relationship without looking its id up again (queries.ts), so one batch
    // must not carry an id twice; every caller already keeps only the last record of an id (DUPLICATE).
    if (r.kind === 'relationship') {
      if (relationshipIds.has(r.id)) throw new Error(`relationship id ${r.id} twice in one batch`);
      relationshipIds.add(r.id);
    }
    const key = `${r.kind}:${r.type}`;
    let entry = byKey.get(key);
    if (!entry) {
      const group = (r.kind === 'node' ? { kind: 'node', type: r.type } : { kind: 'relationship', type: r.type }) as IngestGroup;
      byKey.set(key, (entry = { group, rows: [] }));
    }
    const row: Record<string, unknown> = { i, id: r.id, props: storedProperties(r) };
    if (r.kind === 'relationship') Object.assign(row, { from: r.from, to: r.to, fromPending: pendingFrom ?? null, toPending: pendingTo ?? null });
    entry.rows.push(row);
  });
  return [...byKey.entries()].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([, v]) => v);
}

/** The namespaces whose relationship ids the batch may create, as lock keys (see RELATIONSHIP_ID_LOCK). */
function idLocks(items: readonly BatchItem[]): string[] {
  const sources = new Set(items.filter((it) => it.record.kind === 'relationship').map((it) => it.record.source));
  return [...sources].sort().map((s) => `relationship-ids:${s}`);
}

/**
 * Runs the statement a batch of `rows` relationships of `type` runs, on as many rows that name no
 * record: each is judged an unknown endpoint, nothing is written (not even the outbox), and Neo4j keeps
 * the plan for the batches to come (import/planAhead.ts). Its lists have the sizes of such a batch's,
 * since the plan is cached per size bucket: `rows` rows, and one lock key (a batch of one namespace's
 * records) that locks nothing.
 */
export async function planRelationshipBatch(runner: IngestRunner, type: RelationshipType, rows: number, opts: { dryRun: boolean }): Promise<void> {
  const empty = Array.from({ length: rows }, (_, i) => ({ i }));
  const cypher = ingestStatement([{ kind: 'relationship', type }], !opts.dryRun);
  await runner.run(opts.dryRun ? 'READ' : 'WRITE', cypher, { rows0: empty, changeKind: 'IMPORT', idLocks: [NO_LOCK] });
}

interface OutcomeSummary {
  outcome: Outcome;
  n: number;
  at: number[];
}

/** One round trip: the write statement (or its read-only twin for a dry run) for every group at once. */
export async function runBatch(runner: IngestRunner, items: readonly BatchItem[], opts: { dryRun: boolean; changeKind?: ChangeKind }): Promise<BatchResult> {
  const result: BatchResult = { counts: zeroCounts(), rejected: [] };
  if (items.length === 0) return result;
  const groups = groupsOf(items);
  const params: Record<string, unknown> = Object.fromEntries(groups.map((g, k) => [`rows${k}`, g.rows]));
  params.changeKind = opts.changeKind ?? 'INGEST';
  params.idLocks = idLocks(items);
  const cypher = ingestStatement(groups.map((g) => g.group), !opts.dryRun);
  const [row] = await runner.run(opts.dryRun ? 'READ' : 'WRITE', cypher, params);
  for (const s of (row?.outcomes ?? []) as unknown as OutcomeSummary[]) {
    if (isWritten(s.outcome)) {
      result.counts[s.outcome] += s.n;
      continue;
    }
    result.counts.rejected += s.n;
    const outcome = s.outcome;
    for (const index of s.at) result.rejected.push({ index, outcome, rejection: dbRejection(outcome, items[index]!.record.id) });
  }
  result.rejected.sort((a, b) => a.index - b.index);
  return result;
}
