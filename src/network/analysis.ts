// Network metrics on a visible subgraph, in-process with graphology: components, cells, centralities, reach.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import componentsModule from 'graphology-components';
import type { GroupModel, KeyPlayerModel, NetworkAnalysisModel, NodeMetricsModel, SubgraphModel } from './models.js';
import { centrality, type CentralityEstimate } from './centrality.js';
import { recruitmentReach } from './reach.js';
import { pageRank } from './pagerank.js';
import { turn } from './listInTurns.js';
import { byCodeUnit } from '../model/order.js';

// These packages are CommonJS with ESM-style typings: the function is the module itself at run time.
const cjs = <T>(mod: T): T extends { default: infer D } ? D : T => ((mod as { default?: unknown }).default ?? mod) as never;
const louvain = cjs(louvainModule);
const { connectedComponents } = cjs(componentsModule);

export const KEY_PLAYERS = 10;
const LOUVAIN_SEED = 0x5ce1;
/** Recruitment cells are sparse trees; at the textbook 1.0 Louvain cuts them into branches. */
export const LOUVAIN_RESOLUTION = 0.3;

/** A small seeded PRNG (mulberry32), so the same subgraph always yields the same communities. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What the metrics need of a subgraph, in parallel arrays: handing 12,000 edge objects to the worker
 * thread took ~20 ms of the API's event loop to copy at 10,000 nodes; ids and typed arrays copy as bytes.
 */
export interface MetricsInput {
  nodes: string[];
  /** Per edge, in any order: its id (edges are added to the graph in id order, so metrics never depend on the query). */
  edgeIds: string[];
  /** Per edge, its two ends as indices into `nodes` (source, target). */
  ends: Int32Array;
  /** Per edge, 1 when it is a RECRUITED link (recruitment reach). */
  recruited: Uint8Array;
  resolution: number;
}

/** Packs nodes and edges given by id into a MetricsInput (an edge with an end outside `nodes` is left out). */
export function packMetricsInput(nodes: string[], edges: ReadonlyArray<{ id: string; source: string; target: string; type: string }>, resolution: number): MetricsInput {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const kept = edges.filter((e) => index.has(e.source) && index.has(e.target));
  const ends = new Int32Array(kept.length * 2);
  const recruited = new Uint8Array(kept.length);
  kept.forEach((e, k) => {
    ends[2 * k] = index.get(e.source)!;
    ends[2 * k + 1] = index.get(e.target)!;
    recruited[k] = e.type === 'RECRUITED' ? 1 : 0;
  });
  return { nodes, edgeIds: kept.map((e) => e.id), ends, recruited, resolution };
}

/**
 * Per node, in `MetricsInput.nodes` order: typed arrays, so handing the result back from the worker
 * thread is a copy of bytes (objects keyed by 10,000 ids took tens of milliseconds of the API's event
 * loop to rebuild).
 */
export interface MetricsOutput {
  degree: Float64Array;
  betweenness: Float64Array;
  pageRank: Float64Array;
  component: Float64Array;
  community: Float64Array;
  recruits: Float64Array;
  recruitReach: Float64Array;
  /** Brokers' inter-community betweenness (only people who link into another community; NaN for everyone else). */
  broker: Float64Array;
  /** Indices into `MetricsInput.nodes` in answer order: betweenness, then degree (both descending), then id. */
  order: Int32Array;
  /** Whether betweenness and broker scores are exact or estimated from a sample of sources. */
  centrality: CentralityEstimate;
}

export function metricsInput(sub: SubgraphModel, resolution: number): MetricsInput {
  return packMetricsInput(sub.nodes.map((n) => n.id), sub.edges, resolution);
}

// Undirected simple graph in id order: insertion order feeds Louvain, so it must not depend on the query.
function toGraph(input: MetricsInput): UndirectedGraph {
  const g = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of [...input.nodes].sort()) g.addNode(id);
  const byId = input.edgeIds.map((_, k) => k).sort((a, b) => byCodeUnit(input.edgeIds[a]!, input.edgeIds[b]!));
  for (const k of byId) {
    const [s, t] = [input.nodes[input.ends[2 * k]!]!, input.nodes[input.ends[2 * k + 1]!]!];
    if (s !== t) g.mergeEdge(s, t);
  }
  return g;
}

function groups(assignment: Map<string, number>): GroupModel[] {
  const members = new Map<number, string[]>();
  for (const [id, group] of assignment) {
    const list = members.get(group);
    if (list) list.push(id);
    else members.set(group, [id]);
  }
  return [...members.entries()]
    .map(([index, list]) => ({ index, size: list.length, members: list.sort() }))
    .sort((a, b) => b.size - a.size || a.index - b.index);
}

/** Renumbers groups by size (largest 0), so ids do not depend on algorithm internals. */
function renumber(raw: Map<string, number>): Map<string, number> {
  const order = groups(raw).map((g) => g.index);
  const rank = new Map(order.map((id, i) => [id, i]));
  return new Map([...raw].map(([node, g]) => [node, rank.get(g)!]));
}

/** The CPU-heavy part, pure and plain in and out: runs in a worker thread (analysisPool.ts) or inline. */
export function computeMetrics(input: MetricsInput): MetricsOutput {
  const g = toGraph(input);
  const component = new Map<string, number>();
  connectedComponents(g).forEach((nodes, i) => nodes.forEach((n) => component.set(n, i)));
  const community: Map<string, number> =
    g.size > 0 ? new Map(Object.entries(louvain(g, { rng: seededRandom(LOUVAIN_SEED), resolution: input.resolution }))) : new Map(g.nodes().map((n, i) => [n, i]));
  const order = g.nodes();
  const index = new Map(order.map((id, i) => [id, i]));
  const adjacency = order.map((id) => g.neighbors(id).map((m) => index.get(m)!));
  const pageRankOf = Object.fromEntries(pageRank(adjacency).map((x, i) => [order[i]!, x]));
  const recruitments = [...input.recruited.keys()]
    .filter((k) => input.recruited[k] === 1)
    .map((k) => ({ source: input.nodes[input.ends[2 * k]!]!, target: input.nodes[input.ends[2 * k + 1]!]! }));
  const reach = recruitmentReach(recruitments);
  const components = renumber(component);
  const communities = renumber(community);
  // Betweenness and brokerage in one Brandes pass: exact within the budget, sampled beyond (centrality.ts).
  const communityOf = order.map((id) => communities.get(id) ?? 0);
  const central = centrality(adjacency, communityOf, LOUVAIN_SEED);
  const n = input.nodes.length;
  const column = () => new Float64Array(n);
  const out: MetricsOutput = {
    degree: column(), betweenness: column(), pageRank: column(), component: column(), community: column(), recruits: column(), recruitReach: column(),
    broker: column().fill(NaN), order: new Int32Array(n), centrality: central.estimate,
  };
  input.nodes.forEach((id, k) => {
    const i = index.get(id)!;
    out.degree[k] = g.degree(id);
    out.betweenness[k] = central.betweenness[i] ?? 0;
    out.pageRank[k] = pageRankOf[id] ?? 0;
    out.component[k] = components.get(id) ?? 0;
    out.community[k] = communities.get(id) ?? 0;
    out.recruits[k] = reach.get(id)?.direct ?? 0;
    out.recruitReach[k] = reach.get(id)?.reach ?? 0;
    // A broker links into another community and lies on shortest paths between communities.
    const bridges = adjacency[i]!.some((j) => communityOf[j] !== communityOf[i]);
    if (bridges && central.brokerage[i]! > 0) out.broker[k] = central.brokerage[i]!;
  });
  // The answer's order, sorted here rather than on the request's thread (tens of ms at 10,000 nodes).
  const ids = input.nodes;
  out.order.set(
    ids
      .map((_, k) => k)
      .sort((a, b) => out.betweenness[b]! - out.betweenness[a]! || out.degree[b]! - out.degree[a]! || byCodeUnit(ids[a]!, ids[b]!)),
  );
  return out;
}

/**
 * The answer from the subgraph and its metrics (`sub.nodes` in the order metricsInput took them), on the
 * request's thread, in steps with a turn of the event loop between them (at 10,000 nodes the whole took
 * ~30 ms in one stretch).
 */
export async function assemble(sub: SubgraphModel, m: MetricsOutput): Promise<NetworkAnalysisModel> {
  const metrics: NodeMetricsModel[] = Array.from(m.order, (k) => ({
    node: sub.nodes[k]!,
    degree: m.degree[k] ?? 0,
    betweenness: m.betweenness[k] ?? 0,
    pageRank: m.pageRank[k] ?? 0,
    component: m.component[k] ?? 0,
    community: m.community[k] ?? 0,
    recruits: m.recruits[k] ?? 0,
    recruitReach: m.recruitReach[k] ?? 0,
  }));
  const brokerScore = new Map<string, number>();
  sub.nodes.forEach((node, k) => {
    if (!Number.isNaN(m.broker[k])) brokerScore.set(node.id, m.broker[k]!);
  });
  const byIds = (field: Float64Array) => new Map(sub.nodes.map((n, k) => [n.id, field[k] ?? 0]));
  await turn();
  const components = groups(byIds(m.component));
  await turn();
  const communities = groups(byIds(m.community));
  await turn();
  return { subgraph: sub, components, communities, metrics, ...keyPlayers(metrics, brokerScore), centrality: m.centrality };
}

export function analyse(sub: SubgraphModel, resolution = LOUVAIN_RESOLUTION): Promise<NetworkAnalysisModel> {
  return assemble(sub, computeMetrics(metricsInput(sub, resolution)));
}

/** Brokers: people linking into another community, by inter-community betweenness (see centrality.ts). */
function keyPlayers(metrics: NodeMetricsModel[], brokerScore: Map<string, number>): { brokers: KeyPlayerModel[]; recruiters: KeyPlayerModel[] } {
  const people = metrics.filter((m) => m.node.type === 'Person');
  const brokers = people
    .filter((m) => brokerScore.has(m.node.id))
    .map((m) => ({ node: m.node, role: 'BROKER' as const, score: brokerScore.get(m.node.id)! }))
    .sort((a, b) => b.score - a.score || byCodeUnit(a.node.id, b.node.id))
    .slice(0, KEY_PLAYERS);
  const recruiters = people
    .filter((m) => m.recruits > 0)
    .sort((a, b) => b.recruitReach - a.recruitReach || b.recruits - a.recruits || byCodeUnit(a.node.id, b.node.id))
    .slice(0, KEY_PLAYERS)
    .map((m) => ({ node: m.node, role: 'RECRUITER' as const, score: m.recruitReach }));
  return { brokers, recruiters };
}
