// Group commit: small writes from many requests to one contended record (the outbox's sequence
// counter) made as one transaction per turn instead of one each. One writer at a time holds that
// record's lock until commit anyway; queued one by one, 50 screening requests at once spent most of
// their time waiting on it (bench:load, 2026-12-04: 15.6 transactions on average inside the append).
// Each turn is an auto-commit transaction (GraphExecutor.writeAutoCommit): one round trip, not two.
import { newBookmarks, type GraphExecutor, type Params, type StatementScope } from './executor.js';

interface Waiter<T> {
  items: T[];
  scope: StatementScope | undefined;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class GroupWriter<T> {
  private waiting: Array<Waiter<T>> = [];
  private turn: Promise<void> | null = null;

  /** `params` turns the items of one turn (every waiter's, in arrival order) into the statement's parameters. */
  constructor(
    private readonly executor: GraphExecutor,
    private readonly cypher: string,
    private readonly params: (items: T[]) => Params,
  ) {}

  /**
   * Resolves once `items` are committed, with the writes of whoever else asked meanwhile. The caller's
   * request learns the commit's bookmarks (read-after-write) as if it had written them itself; it
   * stops waiting at its deadline (the write goes ahead). `scope`: the caller's request ties (the
   * request's executor's scope()); none outside a request.
   */
  write(items: T[], scope?: StatementScope): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ items, scope, resolve, reject }));
    this.turn ??= this.drain();
    return this.executor.untilDeadline(done, scope);
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const turn = this.waiting.splice(0);
      try {
        await this.commit(turn);
        turn.forEach((w) => w.resolve());
      } catch (err) {
        turn.forEach((w) => w.reject(err));
      }
    }
    this.turn = null;
  }

  // Outside any one request's scope (its deadline must not cut the others' write short), after every
  // waiter's earlier writes (their bookmarks), and each waiter's request gets the commit's bookmarks.
  private async commit(turn: Array<Waiter<T>>): Promise<void> {
    const earlier = await Promise.all(turn.map(async (w) => [...((await w.scope?.bookmarks?.getBookmarks()) ?? [])]));
    const own: StatementScope = { bookmarks: newBookmarks([...new Set(earlier.flat())]) };
    await this.executor.within(own).writeAutoCommit(this.cypher, this.params(turn.flatMap((w) => w.items)));
    const committed = [...(await own.bookmarks!.getBookmarks())];
    await Promise.all(
      turn.map(async ({ scope }) => {
        if (!scope) return;
        await scope.bookmarks?.updateBookmarks([], committed);
        scope.wrote = true;
        scope.writes = (scope.writes ?? 0) + 1;
      }),
    );
  }
}
