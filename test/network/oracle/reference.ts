// A deliberately naive reference for the network API, written from docs/networks.md and nothing in
// src/: visibility, resolved identities, BFS levels with both caps, betweenness, shortest and simple paths.
import type { GraphRecord, Marking } from '../../../src/model/graphModel.js';

const RANK: Record<Marking, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, AMBER_STRICT: 3, RED: 4 };
type Rel = Extract<GraphRecord, { kind: 'relationship' }>;
type Rec = GraphRecord;

export interface Viewer {
  agency: string;
  /** source agency -> highest marking it shares with this viewer */
  sharedUpTo: Record<string, Marking>;
}

export interface Query {
  types: string[];
  between: { from: string; to: string } | null;
  resolve: boolean;
}

export function visible(rec: Rec, v: Viewer): boolean {
  if (rec.source === v.agency || rec.marking === 'CLEAR') return true;
  if (rec.marking === 'RED') return false;
  const up = v.sharedUpTo[rec.source];
  return up !== undefined && RANK[rec.marking] <= RANK[up];
}

const inWindow = (r: Rel, w: Query['between']) =>
  !w || ((!r.validTo || r.validTo >= w.from) && (!r.validFrom || r.validFrom <= w.to));

/** The visible world of one viewer: records by id, visible relationships with both ends visible. */
export class Reference {
  readonly nodes = new Set<string>();
  readonly rels: Rel[] = [];

  constructor(records: Rec[], v: Viewer) {
    for (const r of records) if (r.kind === 'node' && visible(r, v)) this.nodes.add(r.id);
    for (const r of records) if (r.kind === 'relationship' && visible(r, v) && this.nodes.has(r.from) && this.nodes.has(r.to)) this.rels.push(r);
  }

  /** Identity key of every visible record: the lowest id of its SAME_AS component (links in the window). */
  identities(q: Query): Map<string, string> {
    const key = new Map([...this.nodes].map((n) => [n, n]));
    if (!q.resolve) return key;
    let changed = true;
    while (changed) {
      changed = false;
      for (const r of this.rels) {
        if (r.type !== 'SAME_AS' || !inWindow(r, q.between)) continue;
        const [ka, kb] = [key.get(r.from)!, key.get(r.to)!];
        if (ka === kb) continue;
        const low = ka < kb ? ka : kb;
        for (const [n, k] of key) if (k === ka || k === kb) key.set(n, low);
        changed = true;
      }
    }
    return key;
  }

  /** Links walked: the type filter and window apply; resolved, SAME_AS is identity and never a link. */
  links(q: Query): Rel[] {
    return this.rels.filter((r) => inWindow(r, q.between) && (q.types.length === 0 || q.types.includes(r.type)) && !(q.resolve && r.type === 'SAME_AS'));
  }
}

export interface RefNode { key: string; members: string[]; depth: number }
export interface RefSub { nodes: RefNode[]; edges: Array<{ key: string; source: string; target: string }>; truncated: boolean; capped: string[] }

const byIdThenType = (a: Rel, b: Rel) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

/** The documented BFS: levels in frontier order, a node's links by relationship id, both caps replayed. */
export function neighbourhood(ref: Reference, seeds: string[], depth: number, limit: number, perNode: number, q: Query): RefSub {
  const key = ref.identities(q);
  const links = ref.links(q);
  const members = (k: string) => [...key].filter(([, v]) => v === k).map(([m]) => m).sort();
  const depthOf = new Map<string, number>();
  const edges = new Map<string, { key: string; source: string; target: string }>();
  let truncated = false;
  const capped: string[] = [];
  const add = (k: string, d: number) => {
    if (depthOf.has(k)) return true;
    if (depthOf.size >= limit) return !(truncated = true);
    depthOf.set(k, d);
    return true;
  };
  let frontier: string[] = [];
  for (const s of [...new Set(seeds)].filter((s) => ref.nodes.has(s))) if (!depthOf.has(key.get(s)!) && add(key.get(s)!, 0)) frontier.push(key.get(s)!);
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      const own = new Set(members(f));
      const mine = links.filter((r) => (own.has(r.from) && !own.has(r.to)) || (own.has(r.to) && !own.has(r.from))).sort(byIdThenType);
      if (mine.length > perNode) { capped.push(f); truncated = true; }
      for (const r of mine.slice(0, perNode)) {
        const far = key.get(own.has(r.from) ? r.to : r.from)!;
        const known = depthOf.has(far);
        if (!add(far, d)) continue;
        if (!known) next.push(far);
        edges.set(`${r.type}:${r.id}`, { key: `${r.type}:${r.id}`, source: key.get(r.from)!, target: key.get(r.to)! });
      }
    }
    frontier = next;
  }
  for (const r of links) {
    const [s, t] = [key.get(r.from)!, key.get(r.to)!];
    if (s !== t && depthOf.has(s) && depthOf.has(t)) edges.set(`${r.type}:${r.id}`, { key: `${r.type}:${r.id}`, source: s, target: t });
  }
  const nodes = [...depthOf].map(([k, d]) => ({ key: k, members: members(k), depth: d }));
  return { nodes, edges: [...edges.values()], truncated, capped };
}

/** The whole visible graph (every identity, every walked link), for paths: no caps apply to them. */
export function wholeGraph(ref: Reference, q: Query): Pick<RefSub, 'nodes' | 'edges'> {
  const key = ref.identities(q);
  const nodes = [...new Set(key.values())].map((k) => ({ key: k, members: [], depth: 0 }));
  const edges = ref.links(q).map((r) => ({ key: `${r.type}:${r.id}`, source: key.get(r.from)!, target: key.get(r.to)! }));
  return { nodes, edges };
}

/** Undirected adjacency of a subgraph's edges (node -> neighbour -> link keys). */
export function adjacencyOf(sub: Pick<RefSub, 'nodes' | 'edges'>): Map<string, Map<string, string[]>> {
  const adj = new Map(sub.nodes.map((n) => [n.key, new Map<string, string[]>()]));
  for (const e of sub.edges) {
    if (e.source === e.target) continue;
    adj.get(e.source)!.set(e.target, [...(adj.get(e.source)!.get(e.target) ?? []), e.key]);
    adj.get(e.target)!.set(e.source, [...(adj.get(e.target)!.get(e.source) ?? []), e.key]);
  }
  return adj;
}

/** Every simple path (node sequence) from s to t of at most maxHops hops, by exhaustive search. */
export function simplePaths(adj: Map<string, Map<string, string[]>>, s: string, t: string, maxHops: number): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const u = path[path.length - 1]!;
    if (u === t) return void out.push(path);
    if (path.length > maxHops) return;
    for (const v of adj.get(u)?.keys() ?? []) if (!path.includes(v)) walk([...path, v]);
  };
  walk([s]);
  return out;
}

/** Normalised betweenness by counting shortest paths pair by pair (no Brandes), as networkx normalises. */
export function betweenness(adj: Map<string, Map<string, string[]>>): Map<string, number> {
  const ids = [...adj.keys()];
  const bfs = (s: string) => {
    const dist = new Map([[s, 0]]);
    const sigma = new Map([[s, 1]]);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (const v of adj.get(u)!.keys()) {
        if (!dist.has(v)) { dist.set(v, dist.get(u)! + 1); sigma.set(v, 0); queue.push(v); }
        if (dist.get(v) === dist.get(u)! + 1) sigma.set(v, sigma.get(v)! + sigma.get(u)!);
      }
    }
    return { dist, sigma };
  };
  const all = new Map(ids.map((s) => [s, bfs(s)]));
  const n = ids.length;
  const out = new Map(ids.map((v) => [v, 0]));
  for (const s of ids) for (const t of ids) {
    if (s === t || !all.get(s)!.dist.has(t)) continue;
    const dst = all.get(s)!.dist.get(t)!;
    for (const v of ids) {
      if (v === s || v === t) continue;
      const [dsv, dvt] = [all.get(s)!.dist.get(v), all.get(v)!.dist.get(t)];
      if (dsv !== undefined && dvt !== undefined && dsv + dvt === dst) out.set(v, out.get(v)! + (all.get(s)!.sigma.get(v)! * all.get(v)!.sigma.get(t)!) / all.get(s)!.sigma.get(t)!);
    }
  }
  if (n > 2) for (const v of ids) out.set(v, out.get(v)! / ((n - 1) * (n - 2)));
  return out;
}
