// Writes (or, dry, judges) one batch of validated records with one statement in one transaction,
// and turns the statement's outcome summary back into counts and per-item rejections.
import { Neo4jError } from 'neo4j-driver';
import { NODE_TYPES, RELATIONSHIP_TYPES, type GraphRecord, type NodeType, type RelationshipType } from '../model/graphModel.js';
import { CLAIM_ID_NAMESPACES, DYNAMIC_TYPE_PROBE, freshParams, freshRelationshipStatement, idLockKeys, ingestParams, ingestStatement, NO_LOCK, type IngestGroup } from './queries.js';
import { storedProperties } from './toRows.js';
import type { IngestRunner } from './runner.js';
import type { ChangeKind } from '../watches/outbox.js';
import { dbRejection, isWritten, zeroCounts, type Counts, type DbRejected, type Outcome, type Rejection } from './outcomes.js';

export interface BatchItem {
  record: GraphRecord;
  /** Dry runs only: endpoint types of records earlier in the same input, judged as if written. */
  pendingFrom?: NodeType | undefined;
  pendingTo?: NodeType | undefined;
  /**
   * Imports only: the import never sent this relationship id before (import/idLedger.ts). In a namespace
   * the import holds (queries.ts, CLAIM_ID_NAMESPACES), such a row is written without the cross-type id
   * check (runFreshBatch).
   */
  fresh?: boolean;
}

export interface BatchResult {
  counts: Counts;
  /** Positions in the batch of the items the database refused, with the outcome and the reason. */
  rejected: Array<{ index: number; outcome: DbRejected | 'refused'; rejection: Rejection }>;
}

const ORDER = [...NODE_TYPES.map((t) => `node:${t}`), ...RELATIONSHIP_TYPES.map((t) => `relationship:${t}`)];

/**
 * Neo4j keys a cached plan by the statement's text and, for each list parameter, a bucket of its size
 * (0, 1, 2-10, 11-100, 101-1,000, 1,001-10,000, ...; import/planAhead.ts), and plans a statement again for
 * a list in another bucket: 0.3-0.8 s for an ingest statement, a short tail batch of a type planned anew
 * as if it were a new statement. The smallest size in the bucket of `n` rows: an import pads its short
 * batches to it (with nulls the statements skip, queries.ts ROWS_ONLY), so every batch of a type finds
 * the plan of its first.
 */
export function planBucketFloor(n: number): number {
  if (n <= 1) return Math.max(n, 0);
  return 10 ** (Math.ceil(Math.log10(n)) - 1) + 1;
}

type Row = Record<string, unknown> | null;

function groupsOf(items: readonly BatchItem[], padTo = 0): Array<{ group: IngestGroup; rows: Row[] }> {
  const byKey = new Map<string, { group: IngestGroup; rows: Row[] }>();
  const relationshipIds = new Set<string>();
  items.forEach(({ record: r, pendingFrom, pendingTo, fresh }, i) => {
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
    if (r.kind === 'relationship') {
      row.from = r.from;
      row.to = r.to;
      // Sent only when set (a missing key reads as null in Cypher): most rows carry none of the three.
      if (pendingFrom) row.fromPending = pendingFrom;
      if (pendingTo) row.toPending = pendingTo;
      if (fresh) row.fresh = true;
    }
    entry.rows.push(row);
  });
  for (const { rows } of byKey.values()) while (rows.length < padTo) rows.push(null);
  return [...byKey.entries()].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([, v]) => v);
}

/** The namespaces whose relationship ids the batch may create, as lock keys (see RELATIONSHIP_ID_LOCK). */
export function idLocks(items: readonly BatchItem[]): string[] {
  return idLockKeys(items.filter((it) => it.record.kind === 'relationship').map((it) => it.record.source));
}

/**
 * Runs the statement a batch of `rows` relationships of `type` runs, on as many rows that name no
 * record: each is judged an unknown endpoint, nothing is written (not even the outbox), and Neo4j keeps
 * the plan for the batches to come (import/planAhead.ts). Its lists have the sizes of such a batch's,
 * since the plan is cached per size bucket: `rows` rows, and one lock key (a batch of one namespace's
 * records) that locks nothing. `fresh`: the statement of an import holding its namespaces (runFreshBatch).
 */
export async function planRelationshipBatch(runner: IngestRunner, type: RelationshipType, rows: number, opts: { dryRun: boolean; fresh?: FreshText }): Promise<void> {
  const empty = Array.from({ length: rows }, (_, i) => ({ i }));
  const fresh = opts.fresh && !opts.dryRun;
  const cypher = fresh ? freshText(opts.fresh!, type) : ingestStatement([{ kind: 'relationship', type }], !opts.dryRun);
  await runner.run(opts.dryRun ? 'READ' : 'WRITE', cypher, { rows0: empty, changeKind: 'IMPORT', idLocks: [NO_LOCK], holder: null, ...(fresh ? freshParams(type) : {}) });
}

/**
 * Which text of freshRelationshipStatement an import runs: one for every type where the server takes a
 * relationship type as a parameter (`shared`), else one per type.
 */
export type FreshText = 'shared' | 'perType';

const freshText = (text: FreshText, type: RelationshipType) => (text === 'shared' ? freshRelationshipStatement() : freshRelationshipStatement(type));

/**
 * Asks the server (EXPLAIN, nothing runs) whether it creates relationships of a type given as a parameter.
 * A server without (before Neo4j 5.26) refuses the text as a statement error; any other failure (the server
 * unavailable, a timeout) answers nothing and is thrown, for the caller to ask again with its next batch.
 */
export async function freshTextFor(runner: IngestRunner): Promise<FreshText> {
  try {
    await runner.run('READ', DYNAMIC_TYPE_PROBE, { type: RELATIONSHIP_TYPES[0] });
    return 'shared';
  } catch (err) {
    if (err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Statement.')) return 'perType';
    throw err;
  }
}

interface OutcomeSummary {
  outcome: Outcome | 'recheck';
  n: number;
  at: number[];
}

/** Adds a statement's outcome summaries to `result`; returns the positions it left to recheck (runFreshBatch). */
function addOutcomes(result: BatchResult, items: readonly BatchItem[], summaries: readonly OutcomeSummary[]): number[] {
  const recheck: number[] = [];
  for (const s of summaries) {
    const outcome = s.outcome;
    if (outcome === 'recheck') {
      recheck.push(...s.at);
      continue;
    }
    if (isWritten(outcome)) {
      result.counts[outcome] += s.n;
      continue;
    }
    result.counts.rejected += s.n;
    for (const index of s.at) result.rejected.push({ index, outcome, rejection: dbRejection(outcome, items[index]!.record.id) });
  }
  result.rejected.sort((a, b) => a.index - b.index);
  return recheck.sort((a, b) => a - b);
}

/**
 * One round trip: the write statement (or its read-only twin for a dry run) for every group at once.
 * `holder`: an import's token for the namespaces' id locks (queries.ts, RELATIONSHIP_ID_LOCK); other
 * writers pass none. `padTo`: an import's row count to pad short groups to (planBucketFloor).
 */
export async function runBatch(runner: IngestRunner, items: readonly BatchItem[], opts: { dryRun: boolean; changeKind?: ChangeKind; holder?: string; padTo?: number }): Promise<BatchResult> {
  const result: BatchResult = { counts: zeroCounts(), rejected: [] };
  if (items.length === 0) return result;
  const groups = groupsOf(items, opts.padTo);
  const params: Record<string, unknown> = { ...ingestParams(groups.map((g) => g.group)), ...Object.fromEntries(groups.map((g, k) => [`rows${k}`, g.rows])) };
  params.changeKind = opts.changeKind ?? 'INGEST';
  params.idLocks = idLocks(items);
  params.holder = opts.holder ?? null;
  const cypher = ingestStatement(groups.map((g) => g.group), !opts.dryRun);
  const [row] = await runner.run(opts.dryRun ? 'READ' : 'WRITE', cypher, params);
  addOutcomes(result, items, (row?.outcomes ?? []) as unknown as OutcomeSummary[]);
  return result;
}

/**
 * Claims the namespaces of lock keys `keys` for an import (queries.ts, CLAIM_ID_NAMESPACES), in one
 * transaction of its own; returns the keys it now holds (those whose namespace had no relationship).
 */
export async function claimNamespaces(runner: IngestRunner, keys: readonly string[], holder: string): Promise<Set<string>> {
  const rows = await runner.run('WRITE', CLAIM_ID_NAMESPACES, { idLocks: [...keys].sort(), holder });
  return new Set(rows.filter((r) => r.empty === true).map((r) => String(r.key)));
}

/**
 * A relationship batch of one type, written by an import that holds the batch's namespaces: its fresh
 * rows are created at once; `recheck` gives the positions of the rows left for the full statement (all
 * of them, endpoint refusals aside, when `known` says the import no longer holds the namespaces). Tried
 * once (freshRelationshipStatement): when it throws, the caller sends the batch the full way.
 */
export async function runFreshBatch(runner: IngestRunner, items: readonly BatchItem[], holder: string, opts: { padTo?: number; text?: FreshText } = {}): Promise<{ result: BatchResult; recheck: number[]; known: boolean }> {
  const result: BatchResult = { counts: zeroCounts(), rejected: [] };
  const groups = groupsOf(items, opts.padTo);
  const [group] = groups;
  if (groups.length !== 1 || group!.group.kind !== 'relationship') throw new Error('a fresh batch is relationships of one type');
  if (!runner.runOnce) throw new Error('a fresh batch needs a runner that can run a statement once');
  const type = group!.group.type;
  const params = { rows0: group!.rows, changeKind: 'IMPORT', idLocks: idLocks(items), holder, ...freshParams(type) };
  const [row] = await runner.runOnce('WRITE', freshText(opts.text ?? 'perType', type), params);
  const recheck = addOutcomes(result, items, (row?.outcomes ?? []) as unknown as OutcomeSummary[]);
  return { result, recheck, known: row?.known === true };
}
