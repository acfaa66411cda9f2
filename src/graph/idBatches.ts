// Trusted maintenance that walks stored records in id order, a bounded batch at a time: each batch a
// range seek on the id constraint's index (`WHERE x.id > $after ... ORDER BY x.id LIMIT $limit`),
// never a scan of what is already done. Shared by the migrations' backfills (search/namesBackfill.ts,
// identity/backfill.ts).
import type { GraphExecutor } from './executor.js';
import { int } from './params.js';

type Row = Record<string, unknown>;

/**
 * Reads `batchAfter` (parameters `$after`, `$limit`; returns `id` in ascending order) from `after`
 * until it returns nothing; `write` gets each batch with the batch's last id — store it with the batch
 * to resume there after an interruption. Returns how many rows were read.
 */
export async function inIdBatches(
  graph: GraphExecutor,
  batchAfter: string,
  opts: { after?: string; limit: number; onProgress?: (done: number) => void },
  write: (rows: Row[], lastId: string) => Promise<void>,
): Promise<number> {
  let done = 0;
  let after = opts.after ?? '';
  for (;;) {
    const rows = await graph.trustedRead(batchAfter, { after, limit: int(opts.limit) });
    if (rows.length === 0) return done;
    after = String(rows[rows.length - 1]!.id);
    await write(rows, after);
    done += rows.length;
    opts.onProgress?.(done);
  }
}
