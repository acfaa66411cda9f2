// Merges API subgraphs into the one graphology graph that sigma draws, with the visual attributes already set.
import { MultiDirectedGraph } from 'graphology';
import type { Analysis, NodeMetrics, Provenance, SubgraphEdge, SubgraphNode } from './api.js';
import { communityColour, edgeColour, edgeSize, labelFor, nodeSize } from './style.js';
import { shapeImage } from './shapes.js';

// `type` is sigma's render program ('shape', see main.ts); the record's type lives in `recordType`.
export interface NodeAttributes {
  type: 'shape';
  /** The record type's shape (shapes.ts), tinted with `color`. */
  image: string;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel: boolean;
  recordType: string;
  name: string;
  depth: number;
  members: string[];
  provenance: Provenance;
  community?: number;
  betweenness?: number;
  /** Reported by the watch the analyst follows live (live.ts) since they started following it. */
  live?: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  relType: string;
  provenance: Provenance;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): ViewerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

/** What a merge changed: the ids of nodes the graph did not hold before, for the layout to place. */
export interface MergeResult {
  added: string[];
  edgesAdded: number;
}

/**
 * Adds the nodes and edges the graph lacks. Existing nodes keep their position; their colour and
 * size only change when this merge brings metrics (a new analysis), so an expansion never
 * repaints the cells found by the last analysis.
 */
export function mergeAnalysis(graph: ViewerGraph, analysis: Analysis, depthOffset = 0): MergeResult {
  const metrics = new Map<string, NodeMetrics>(analysis.metrics.map((m) => [m.node.key, m]));
  const maxBetweenness = analysis.metrics.reduce((max, m) => Math.max(max, m.betweenness), 0);
  const added: string[] = [];
  for (const node of analysis.subgraph.nodes) {
    // An expansion counts hops from the expanded node; the graph counts them from the first seed.
    const shifted = depthOffset ? { ...node, depth: node.depth + depthOffset } : node;
    if (mergeNode(graph, shifted, metrics.get(node.key), maxBetweenness)) added.push(node.key);
  }
  let edgesAdded = 0;
  for (const edge of analysis.subgraph.edges) {
    if (mergeEdge(graph, edge)) edgesAdded += 1;
  }
  return { added, edgesAdded };
}

function mergeNode(graph: ViewerGraph, node: SubgraphNode, metric: NodeMetrics | undefined, maxBetweenness: number): boolean {
  const visual = metric
    ? { community: metric.community, betweenness: metric.betweenness, color: communityColour(metric.community), size: nodeSize(metric.betweenness, maxBetweenness) }
    : undefined;
  if (graph.hasNode(node.key)) {
    if (visual) graph.mergeNodeAttributes(node.key, visual);
    return false;
  }
  graph.addNode(node.key, {
    type: 'shape',
    image: shapeImage(node.type),
    x: 0,
    y: 0,
    size: nodeSize(undefined, 0),
    color: communityColour(undefined),
    label: labelFor(node.label),
    forceLabel: node.depth === 0,
    recordType: node.type,
    name: node.label,
    depth: node.depth,
    members: node.members,
    provenance: node.provenance,
    ...visual,
  });
  return true;
}

function mergeEdge(graph: ViewerGraph, edge: SubgraphEdge): boolean {
  // An edge to a node outside the answer cannot be drawn; the API should not send one, but a cap might.
  if (graph.hasEdge(edge.key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return false;
  graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
    size: edgeSize(edge.type),
    color: edgeColour(edge.type),
    relType: edge.type,
    provenance: edge.provenance,
  });
  return true;
}

/** Communities, record types and relationship types present, for the legend and the type toggles. */
export function presentKinds(graph: ViewerGraph): { communities: number[]; recordTypes: Map<string, number>; relTypes: string[]; unanalysed: number } {
  const communities = new Set<number>();
  const recordTypes = new Map<string, number>();
  let unanalysed = 0;
  graph.forEachNode((_id, a) => {
    if (a.community === undefined) unanalysed += 1;
    else communities.add(a.community);
    recordTypes.set(a.recordType, (recordTypes.get(a.recordType) ?? 0) + 1);
  });
  const relTypes = new Set<string>();
  graph.forEachEdge((_id, a) => relTypes.add(a.relType));
  return { communities: [...communities].sort((a, b) => a - b), recordTypes, relTypes: [...relTypes].sort(), unanalysed };
}

/**
 * The fewest links between two drawn nodes, either direction, over what is shown (`shown`):
 * breadth-first, so the answer is exact on the picture the analyst sees. Node ids in order, or null.
 */
export function shortestPath(graph: ViewerGraph, from: string, to: string, shown: (id: string) => boolean = () => true): string[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !previous.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of graph.neighbors(id)) {
        if (previous.has(n) || !shown(n)) continue;
        previous.set(n, id);
        next.push(n);
      }
    }
    frontier = next;
  }
  if (!previous.has(to)) return null;
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) path.unshift(at);
  return path;
}

/** The view as the API's Subgraph shape (what a client of `neighbourhood` gets), for export. */
export function toSubgraph(graph: ViewerGraph, shown: (id: string) => boolean, truncated: boolean): { nodes: SubgraphNode[]; edges: SubgraphEdge[]; truncated: boolean } {
  const nodes = graph.filterNodes((id) => shown(id)).map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, type: a.recordType, label: a.name, depth: a.depth, members: a.members, provenance: a.provenance };
  });
  const edges = graph
    .filterEdges((_e, _a, s, t) => shown(s) && shown(t))
    .map((key) => ({ key, type: graph.getEdgeAttribute(key, 'relType'), source: graph.source(key), target: graph.target(key), provenance: graph.getEdgeAttribute(key, 'provenance') }));
  return { nodes, edges, truncated };
}
