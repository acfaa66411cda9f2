// Resolved identities: records joined by visible SAME_AS links are one identity (a whole component).
import type { Context } from '../context.js';
import type { Plain } from '../graph/convert.js';
import type { SubgraphNodeModel } from './models.js';
import { toSubgraphNode } from './mapSubgraph.js';
import { SAME_AS_PARTNERS } from './queries.js';
import type { View } from '../records/view.js';

/** Rounds of partner lookups: a chain of identity links longer than this is a data error, not a person. */
const MAX_CHAIN = 20;

/** Union-find over record ids; the representative of a cluster is its smallest id (stable). */
export class IdentityClusters {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(id, root);
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }

  members(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      out.set(root, [...(out.get(root) ?? []), id]);
    }
    for (const list of out.values()) list.sort();
    return out;
  }
}

/** One identity: its key is the lowest member id, its head that member's record. */
export interface Identity {
  key: string;
  members: string[];
  head: SubgraphNodeModel;
}

/**
 * The identity of each given record. Resolved, it is the record's whole visible SAME_AS component (links
 * in the window and reported by asOf), so it is the same whichever member a query reaches first;
 * unresolved, each record is its own identity.
 */
export async function identitiesOf(
  ctx: Context,
  records: SubgraphNodeModel[],
  resolve: boolean,
  window: object,
  view: View,
  /** SAME_AS partners already read for some records (by the walk that reached them). */
  oneHop: Map<string, Plain[]> = new Map(),
): Promise<Map<string, Identity>> {
  const out = new Map<string, Identity>();
  if (!resolve) {
    for (const r of records) out.set(r.id, { key: r.id, members: [r.id], head: r });
    return out;
  }
  const clusters = new IdentityClusters();
  const known = new Map(records.map((r) => [r.id, r]));
  for (const [a, partners] of oneHop) {
    for (const plain of partners) {
      const b = toSubgraphNode(plain, 0, view);
      clusters.union(a, b.id);
      if (!known.has(b.id)) known.set(b.id, b);
    }
  }
  let frontier = [...known.keys()].filter((id) => !oneHop.has(id));
  for (let round = 0; round < MAX_CHAIN && frontier.length > 0; round++) {
    const rows = await ctx.graph.read(SAME_AS_PARTNERS, { ids: frontier, ...window });
    frontier = [];
    for (const row of rows) {
      const b = toSubgraphNode(row.b as Plain, 0, view);
      clusters.union(String(row.a), b.id);
      if (!known.has(b.id)) frontier.push(b.id);
      known.set(b.id, b);
    }
  }
  for (const id of known.keys()) clusters.find(id);
  for (const [key, members] of clusters.members()) {
    const identity = { key, members, head: known.get(key)! };
    for (const m of members) out.set(m, identity);
  }
  return out;
}
