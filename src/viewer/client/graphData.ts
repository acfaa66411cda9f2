// Merges API subgraphs into the one graphology graph that sigma draws, with the visual attributes already set.
import { MultiDirectedGraph } from 'graphology';
import type { Analysis, NodeMetrics, Provenance, SubgraphEdge, SubgraphNode } from './api.js';
import { communityColour, edgeColour, labelFor, nodeSize } from './style.js';

// Not `type`: sigma reads `type` to pick a render program, so the record's type lives in `recordType`.
export interface NodeAttributes {
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
    x: 0,
    y: 0,
    size: nodeSize(undefined, 0),
    color: communityColour(undefined),
    label: labelFor(node.label, node.type),
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
    size: edge.type === 'RECRUITED' ? 2 : 1,
    color: edgeColour(edge.type),
    relType: edge.type,
    provenance: edge.provenance,
  });
  return true;
}

/** Communities and relationship types present, for the legend. */
export function presentKinds(graph: ViewerGraph): { communities: number[]; relTypes: string[]; unanalysed: number } {
  const communities = new Set<number>();
  let unanalysed = 0;
  graph.forEachNode((_id, a) => (a.community === undefined ? (unanalysed += 1) : communities.add(a.community)));
  const relTypes = new Set<string>();
  graph.forEachEdge((_id, a) => relTypes.add(a.relType));
  return { communities: [...communities].sort((a, b) => a - b), relTypes: [...relTypes].sort(), unanalysed };
}
