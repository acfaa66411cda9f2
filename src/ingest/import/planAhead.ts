// Plans the relationship statements of an import before their first batch needs them.
//
// Each relationship type's ingest statement (queries.ts) costs Neo4j a plan of 0.5-1.5 s the first time
// it runs (the first of a fresh server 2-3 s): 13 cross-type id checks, the rule on both endpoints, the
// outcome and the outbox. The raw script's statements plan in ~10 ms. An import meets up to 15 of them,
// each at the first batch of its type, so ~10 s of a 40k-people import went to planning on the path of
// the batches (JFR, session 17: a quarter of the gap to the raw script). While node batches write, the
// importer can have those statements planned in the background, one at a time, in the order their types
// are first met, then the rest.
//
// Off by default (options.ts `planAhead`). Measured on the 2-core box once the plans were really reused
// (below; 40k-people world, one node batch at a time, bench/import.ts, heavy lock, 2026-12-06): 67.0-67.9 s with it against
// 63.5-65.4 s without. The plans then take CPU the node batches and the reading need (node phase ~4.5 s
// longer, Neo4j ~7 s more CPU), and save the relationship phase under a second. It is kept for a
// machine with cores to spare, where that trade may turn; not measured there.
//
// Neo4j keys a plan by the statement's text and, for each list parameter, by a bucket of its size (0, 1,
// 2-10, 11-100, 101-1,000, 1,001-10,000, 10,001-100,000, ...; measured on 5.26), so a statement is
// planned with the lists of a full batch: as many rows, naming no record (each is judged an unknown
// endpoint and nothing is written), and one lock key that locks nothing (batch.ts). Until 2026-12-06 the
// plan passed no lock key where a batch passes one: every plan made ahead was made again by its first
// batch (test/ingest/planAhead.test.ts now asks Neo4j whether the batch found its plan cached).
import type { RelationshipType } from '../../model/graphModel.js';

export class PlanAhead {
  /** Types still to plan, the next first. */
  private readonly queue: RelationshipType[];
  private current: { type: RelationshipType; done: Promise<void> } | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly metTypes = new Set<RelationshipType>();

  constructor(
    /** Plans one type's statement; failures are the batch's to meet (it plans again). */
    private readonly plan: (type: RelationshipType) => Promise<void>,
    types: readonly RelationshipType[],
  ) {
    this.queue = [...types];
  }

  /** Starts planning in the background (once; later calls do nothing). */
  start(): void {
    if (this.running || this.stopped) return;
    this.running = this.work();
  }

  /** A record of `type` was read: the first time, its statement is planned next. */
  met(type: RelationshipType): void {
    if (this.metTypes.has(type)) return;
    this.metTypes.add(type);
    const at = this.queue.indexOf(type);
    if (at > 0) {
      this.queue.splice(at, 1);
      this.queue.unshift(type);
    }
  }

  /**
   * A batch of `type` is about to run: its statement is no longer planned ahead (the batch plans it
   * if that has not happened yet), and when it is being planned right now the batch waits for that
   * plan instead of making a second one beside it.
   */
  async ready(type: RelationshipType): Promise<void> {
    const at = this.queue.indexOf(type);
    if (at >= 0) this.queue.splice(at, 1);
    if (this.current?.type === type) await this.current.done;
  }

  /** Plans nothing more (the list is emptied, and start() no longer starts); waits for the plan under way, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.length = 0;
    await this.running;
  }

  private async work(): Promise<void> {
    for (let type = this.queue.shift(); type; type = this.queue.shift()) {
      const done = this.plan(type).catch(() => {});
      this.current = { type, done };
      await done;
      this.current = undefined;
    }
  }
}
