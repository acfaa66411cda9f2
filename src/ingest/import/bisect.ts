// A batch the database refuses as a whole is split until the refusing records are found, so one
// bad row never stops the good ones. An unavailable database is not a data problem: that stops the import.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors.js';
import { claimNamespaces, freshTextFor, idLocks, planBucketFloor, planRelationshipBatch, runBatch, runFreshBatch, type BatchItem, type BatchResult, type FreshText } from '../batch.js';
import type { RelationshipType } from '../../model/graphModel.js';
import type { IngestRunner } from '../runner.js';
import { addCounts, zeroCounts } from '../outcomes.js';
import type { RelationshipIdLedger } from './idLedger.js';

/** After this many records refused one by one in a row, the fault is ours or the server's, not the data's. */
const MAX_SINGLE_FAILURES = 100;

export class ImportAborted extends Error {
  override name = 'ImportAborted';
}

/** An unavailable database stops the import: rethrown as ImportAborted; any other error returns. */
function abortIfUnavailable(err: unknown): void {
  if (err instanceof GraphQLError && err.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) {
    throw new ImportAborted('the database is unavailable; re-run the same command to finish (imports are idempotent)', { cause: err });
  }
}

function describe(err: unknown): string {
  if (err instanceof GraphQLError) return String(err.extensions.code ?? 'ERROR');
  // Driver errors carry a Neo4j status code (Neo.ClientError...); anything else is named by its class.
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return err instanceof Error ? err.name : 'error';
}

export class BisectingWriter {
  private singleFailures = 0;
  /** Short batches (a type's last, a split's halves) are padded to this many rows: see planBucketFloor. */
  private readonly padTo: number;
  /** Which text of the fresh statement the server takes (asked at the first fresh batch, until answered). */
  private freshText?: Promise<FreshText>;

  constructor(
    private readonly runner: IngestRunner,
    private readonly dryRun: boolean,
    /** What the import has sent of relationship ids (writing imports only; idLedger.ts). */
    private readonly ledger?: RelationshipIdLedger,
    /** The import's batch size. */
    batchSize = 0,
  ) {
    this.padTo = planBucketFloor(batchSize);
  }

  async write(items: readonly BatchItem[]): Promise<BatchResult> {
    const ledger = this.ledger;
    if (!ledger) return await this.split(items);
    ledger.mark(items);
    const keys = idLocks(items);
    // A runner that cannot run a statement once (the mutation's) never takes the fresh path.
    if (!this.runner.runOnce) return await this.split(items);
    if (!(await ledger.holds(keys, (unclaimed) => claimNamespaces(this.runner, unclaimed, ledger.holder)))) return await this.split(items);
    let fresh: Awaited<ReturnType<typeof runFreshBatch>>;
    try {
      fresh = await runFreshBatch(this.runner, items, ledger.holder, { padTo: this.padTo, text: await this.text() });
    } catch (err) {
      abortIfUnavailable(err);
      // The try may have been committed or not (an answer lost on the way): the batch goes the full way,
      // whose lookups find any row it wrote (then `unchanged`), record by record if it must.
      return await this.split(items);
    }
    if (!fresh.known) ledger.lose(keys);
    if (fresh.recheck.length === 0) return fresh.result;
    // The rows it left (ids sent before, or all of them once the namespace is lost), in a transaction of their own.
    const again = await this.split(fresh.recheck.map((i) => items[i]!));
    return {
      counts: addCounts(addCounts(zeroCounts(), fresh.result.counts), again.counts),
      rejected: [...fresh.result.rejected, ...again.rejected.map((r) => ({ ...r, index: fresh.recheck[r.index]! }))].sort((a, b) => a.index - b.index),
    };
  }

  private async split(items: readonly BatchItem[]): Promise<BatchResult> {
    try {
      const result = await runBatch(this.runner, items, { dryRun: this.dryRun, changeKind: 'IMPORT', holder: this.ledger?.holder, padTo: this.padTo });
      this.singleFailures = 0;
      return result;
    } catch (err) {
      abortIfUnavailable(err);
      if (items.length === 1) return this.refuse(err);
      const half = Math.ceil(items.length / 2);
      const left = await this.split(items.slice(0, half));
      const right = await this.split(items.slice(half));
      return {
        counts: addCounts(addCounts(zeroCounts(), left.counts), right.counts),
        rejected: [...left.rejected, ...right.rejected.map((r) => ({ ...r, index: r.index + half }))],
      };
    }
  }

  /** Has Neo4j plan the statement of a `rows`-row batch of `type` (planAhead.ts); writes nothing. */
  async plan(type: RelationshipType, rows: number): Promise<void> {
    await planRelationshipBatch(this.runner, type, rows, { dryRun: this.dryRun, fresh: this.ledger !== undefined ? await this.text() : undefined });
  }

  /** The server's answer, asked once; a probe that failed answered nothing, so the next batch asks again. */
  private text(): Promise<FreshText> {
    this.freshText ??= freshTextFor(this.runner).catch((err: unknown) => {
      this.freshText = undefined;
      throw err;
    });
    return this.freshText;
  }

  /** Judges a batch without writing (a dry run's read statement), whatever mode the import runs in. */
  async judge(items: readonly BatchItem[]): Promise<BatchResult> {
    return await runBatch(this.runner, items, { dryRun: true, padTo: this.padTo });
  }

  private refuse(err: unknown): BatchResult {
    this.singleFailures += 1;
    if (this.singleFailures > MAX_SINGLE_FAILURES) throw new ImportAborted(`the database refuses every record (${describe(err)})`, { cause: err });
    const rejection = { code: 'DATABASE' as const, message: `the database refused this record (${describe(err)})` };
    return { counts: { ...zeroCounts(), rejected: 1 }, rejected: [{ index: 0, outcome: 'refused', rejection }] };
  }
}
