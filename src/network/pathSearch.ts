// Path algorithms on an in-memory visible graph (nodes are records or resolved identities):
// all shortest paths, and Yen's k shortest *simple* paths (no node twice), both within a hop bound.
import type { SubgraphEdgeModel, SubgraphModel } from './models.js';
import { byCodeUnit } from '../model/order.js';

/** Undirected adjacency: node -> neighbour -> the links between them, lowest key first. */
export type Adjacency = Map<string, Map<string, SubgraphEdgeModel[]>>;

export function adjacency(sub: SubgraphModel): Adjacency {
  const adj: Adjacency = new Map(sub.nodes.map((n) => [n.id, new Map()]));
  for (const e of [...sub.edges].sort((a, b) => byCodeUnit(a.key, b.key))) {
    if (e.source === e.target || !adj.has(e.source) || !adj.has(e.target)) continue;
    for (const [u, v] of [[e.source, e.target], [e.target, e.source]] as const) {
      const links = adj.get(u)!.get(v) ?? [];
      if (!links.some((l) => l.key === e.key)) links.push(e);
      adj.get(u)!.set(v, links);
    }
  }
  return adj;
}

const neighbours = (adj: Adjacency, u: string) => [...(adj.get(u)?.keys() ?? [])].sort(byCodeUnit);

/** Hop distances from `s`, up to `max` hops, avoiding banned nodes and banned (unordered) node pairs. */
export function distances(adj: Adjacency, s: string, max: number, bannedNodes = new Set<string>(), bannedPairs = new Set<string>()): Map<string, number> {
  const dist = new Map([[s, 0]]);
  let level = [s];
  for (let d = 1; d <= max && level.length > 0; d++) {
    const next: string[] = [];
    for (const u of level) {
      for (const v of neighbours(adj, u)) {
        if (dist.has(v) || bannedNodes.has(v) || bannedPairs.has(pair(u, v))) continue;
        dist.set(v, d);
        next.push(v);
      }
    }
    level = next;
  }
  return dist;
}

const pair = (u: string, v: string) => (u < v ? `${u}\u0000${v}` : `${v}\u0000${u}`);

/** Every shortest node sequence from s to t within `max` hops, in lexicographic order, at most `limit`. */
export function allShortest(adj: Adjacency, s: string, t: string, max: number, limit: number): string[][] {
  const fromS = distances(adj, s, max);
  const d = fromS.get(t);
  if (d === undefined) return [];
  const toT = distances(adj, t, d);
  const out: string[][] = [];
  const walk = (path: string[]): void => {
    const u = path[path.length - 1]!;
    if (u === t) return void out.push(path);
    for (const v of neighbours(adj, u)) {
      if (out.length >= limit) return;
      if (fromS.get(v) === path.length && toT.get(v) === d - path.length) walk([...path, v]);
    }
  };
  walk([s]);
  return out;
}

/** One shortest path (the lexicographically first BFS tree's), honouring the bans; null if none within max. */
function shortestPath(adj: Adjacency, s: string, t: string, max: number, bannedNodes: Set<string>, bannedPairs: Set<string>): string[] | null {
  const parent = new Map<string, string>([[s, s]]);
  let level = [s];
  for (let d = 1; d <= max && level.length > 0 && !parent.has(t); d++) {
    const next: string[] = [];
    for (const u of level) {
      for (const v of neighbours(adj, u)) {
        if (parent.has(v) || bannedNodes.has(v) || bannedPairs.has(pair(u, v))) continue;
        parent.set(v, u);
        next.push(v);
      }
    }
    level = next;
  }
  if (!parent.has(t)) return null;
  const path = [t];
  while (path[0] !== s) path.unshift(parent.get(path[0]!)!);
  return path;
}

const byLengthThenNodes = (a: string[], b: string[]) => a.length - b.length || byCodeUnit(a.join('\u0000'), b.join('\u0000'));

/** Yen's algorithm: the k shortest simple paths from s to t of at most `max` hops, shortest first. */
export function kShortestSimple(adj: Adjacency, s: string, t: string, max: number, k: number): string[][] {
  const first = shortestPath(adj, s, t, max, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const seen = new Set([first.join('\u0000')]);
  const candidates: string[][] = [];
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    for (let j = 0; j < prev.length - 1; j++) {
      const root = prev.slice(0, j + 1);
      const bannedPairs = new Set(found.filter((p) => p.length > j + 1 && root.every((x, i) => p[i] === x)).map((p) => pair(p[j]!, p[j + 1]!)));
      const spur = shortestPath(adj, prev[j]!, t, max - j, new Set(root.slice(0, j)), bannedPairs);
      if (!spur) continue;
      const path = [...root.slice(0, j), ...spur];
      const key = path.join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(path);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort(byLengthThenNodes);
    found.push(candidates.shift()!);
  }
  return found;
}
