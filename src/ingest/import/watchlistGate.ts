// A FollowTheMoney Sanction becomes a LISTED_ON entry on its programme's Watchlist. The watchlist is
// written only once one of its entries will stand: a Sanction whose entity is unknown (or of a schema
// we do not map, such as a Vessel) is rejected by line, and must not leave an empty watchlist behind.
// So listings on programmes not written yet wait for the final pass; there each batch is first judged
// as if its watchlists existed, the watchlists with a standing entry are written, then the batch.
import type { GraphRecord, NodeType } from '../../model/graphModel.js';
import type { FtmMapper } from '../ftm/map.js';
import type { Counts, Rejection } from '../outcomes.js';
import { zeroCounts, addCounts } from '../outcomes.js';
import { withPending } from '../pending.js';
import { validateRecord, type SourceRule } from '../validate.js';
import type { BisectingWriter } from './bisect.js';
import type { QueuedItem } from './batcher.js';

export interface Released {
  counts: Counts;
  /** Watchlists that could not be written, reported at the line of their first listing. */
  rejected: Array<{ file: number; line: number; id: string; rejection: Rejection }>;
}

export class WatchlistGate {
  private readonly written = new Set<string>();

  constructor(
    private readonly mapper: FtmMapper,
    private readonly writer: BisectingWriter,
    private readonly rule: SourceRule,
    /** Dry runs: node types read so far; a released watchlist joins them. */
    private readonly nodeTypes: Map<string, NodeType> | undefined,
  ) {}

  /** True for a listing on an FtM watchlist of this import that is not written yet. */
  waits(r: GraphRecord): boolean {
    return r.kind === 'relationship' && r.type === 'LISTED_ON' && !this.written.has(r.to) && this.waiting(r.to, r.source) !== undefined;
  }

  /**
   * The mapper's waiting watchlist for a validated (global) listing target: the mapper keys them by
   * the file's own ids, which validation put in the listing's source namespace.
   */
  private waiting(to: string, source: string): unknown {
    return to.startsWith(`${source}:`) ? this.mapper.waitingWatchlist(to.slice(source.length + 1)) : undefined;
  }

  /** Writes the watchlists of `items` that get at least one standing listing. */
  async release(items: readonly QueuedItem[]): Promise<Released> {
    const out: Released = { counts: zeroCounts(), rejected: [] };
    const waiting = items.filter((it) => this.waits(it.record));
    if (waiting.length === 0) return out;
    const judged = await this.writer.judge(
      waiting.map((it) => ({ ...(this.nodeTypes ? withPending(it, this.nodeTypes) : it), pendingTo: 'Watchlist' as const })),
    );
    const refused = new Set(judged.rejected.map((r) => r.index));
    const firstListing = new Map<string, QueuedItem>(); // by global watchlist id
    waiting.forEach((it, i) => {
      const to = (it.record as { to: string }).to;
      if (!refused.has(i) && !firstListing.has(to)) firstListing.set(to, it);
    });
    const nodes: QueuedItem[] = [];
    for (const [id, listing] of firstListing) {
      const v = validateRecord(this.waiting(id, listing.record.source), this.rule);
      if (v.ok) nodes.push({ record: v.record, file: listing.file, line: listing.line });
      else out.rejected.push({ file: listing.file, line: listing.line, id, rejection: v.rejection });
    }
    if (nodes.length === 0) return out;
    const result = await this.writer.write(nodes);
    out.counts = addCounts(out.counts, result.counts);
    const failed = new Set(result.rejected.map((r) => r.index));
    nodes.forEach((n, i) => {
      if (failed.has(i)) return;
      this.written.add(n.record.id);
      this.nodeTypes?.set(n.record.id, 'Watchlist');
    });
    for (const r of result.rejected) {
      const n = nodes[r.index]!;
      out.rejected.push({ file: n.file, line: n.line, id: n.record.id, rejection: r.rejection });
    }
    return out;
  }
}
