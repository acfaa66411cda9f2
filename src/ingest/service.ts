// Rules of the `ingest` mutation: who may call it, how much per call, validation per record, and one
// atomic write of the valid records under the caller's agency, reported per record and in summary.
import type { Context } from '../context.js';
import type { IngestRecordInput } from '../generated/graphql.js';
import type { NodeType } from '../model/graphModel.js';
import { badInput, forbidden } from '../errors.js';
import { validateRecord } from './validate.js';
import { applyGovernance, isGovernanceLine, validateGovernance, type GovernanceLine } from './governance.js';
import { runBatch, type BatchItem } from './batch.js';
import { viewerRunner } from './runner.js';
import { lastOfEachId, withPending } from './pending.js';
import type { Rejection } from './outcomes.js';
import type { IngestErrorModel, IngestReportModel, MutationRejectCode } from './models.js';

/** Records per call; larger loads belong to `npm run import`, which streams them in batches. */
export const MAX_RECORDS_PER_CALL = 5000;

type Indexed = BatchItem & { index: number };
type IndexedLine = { index: number; line: GovernanceLine };

function errorOf(index: number, id: unknown, r: Rejection): IngestErrorModel {
  return {
    index,
    id: typeof id === 'string' ? id : null,
    code: r.code as MutationRejectCode, // validation and the database only produce mutation codes
    field: r.field ?? null,
    message: r.message,
  };
}

function checkCaller(ctx: Context, count: number): void {
  if (ctx.viewer.role !== 'INGEST' && ctx.viewer.role !== 'ADMIN') throw forbidden('ingest needs the INGEST or ADMIN role');
  if (count > MAX_RECORDS_PER_CALL) throw badInput(`at most ${MAX_RECORDS_PER_CALL} records per call; use npm run import for more`, 'records');
}

const NOT_ADMIN: Rejection = { code: 'NOT_ALLOWED', field: 'kind', message: 'kind: retract and erase lines need the ADMIN role of your agency' };

function validateAll(ctx: Context, inputs: readonly IngestRecordInput[], errors: IngestErrorModel[], lines: IndexedLine[]): Indexed[] {
  const rule = { agency: ctx.viewer.agency, trustSources: false };
  const valid: Indexed[] = [];
  inputs.forEach((input, index) => {
    if (isGovernanceLine(input)) {
      const g = validateGovernance(input, rule);
      if (!g.ok) errors.push(errorOf(index, input.id, g.rejection));
      else if (ctx.viewer.role !== 'ADMIN') errors.push(errorOf(index, input.id, NOT_ADMIN));
      else lines.push({ index, line: g.line });
      return;
    }
    const v = validateRecord(input, rule);
    if (v.ok) valid.push({ index, record: v.record });
    else errors.push(errorOf(index, input.id, v.rejection));
  });
  return lastOfEachId(valid, (dropped, kept) =>
    errors.push(errorOf(dropped.index, inputs[dropped.index]!.id, { code: 'DUPLICATE', field: 'id', message: `id: repeated at index ${kept.index}, which is the one written` })),
  );
}

export async function ingest(ctx: Context, inputs: readonly IngestRecordInput[], dryRun: boolean): Promise<IngestReportModel> {
  checkCaller(ctx, inputs.length);
  const errors: IngestErrorModel[] = [];
  const lines: IndexedLine[] = [];
  let items = validateAll(ctx, inputs, errors, lines);
  if (dryRun) {
    const nodeTypes = new Map<string, NodeType>(items.flatMap((i) => (i.record.kind === 'node' ? [[i.record.id, i.record.type] as const] : [])));
    items = items.map((i) => withPending(i, nodeTypes));
  }
  const result = await runBatch(viewerRunner(ctx), items, { dryRun });
  // Errors name a record by the id the caller sent (its own, local id), whatever the stored form.
  for (const r of result.rejected) errors.push(errorOf(items[r.index]!.index, inputs[items[r.index]!.index]!.id, r.rejection));
  if (!dryRun) {
    const refused = new Set(result.rejected.map((r) => r.index));
    ctx.audit.add(items.filter((_, i) => !refused.has(i)).map((i) => i.record.id));
  }
  // Retractions and erasures act after the records of the same call are written (governance.ts).
  const actor = { executor: ctx.executor, agency: ctx.viewer.agency, by: ctx.viewer.subject, stats: ctx.stats };
  const pending = new Set(items.filter((i) => i.record.kind === 'node').map((i) => i.record.id));
  const governed = await applyGovernance(actor, lines.map((l) => l.line), dryRun, pending);
  for (const r of governed.rejected) errors.push(errorOf(lines[r.index]!.index, inputs[lines[r.index]!.index]!.id, r.rejection));
  if (!dryRun) ctx.audit.add(lines.map((l) => l.line.id));
  errors.sort((a, b) => a.index - b.index);
  const { created, updated, unchanged } = result.counts;
  const summary = { received: inputs.length, created, updated, unchanged: unchanged + governed.unchanged, retracted: governed.retracted, erased: governed.erased, rejected: errors.length };
  return { dryRun, summary, errors };
}
