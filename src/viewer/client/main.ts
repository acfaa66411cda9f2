/// <reference lib="dom" />
// Browser entry of the viewer (bundled by esbuild into /viewer/app.js): sigma on one graphology graph, wired to the controls.
import Sigma from 'sigma';
import { initControls } from './controls.js';
import { createGraph, type EdgeAttributes, type NodeAttributes, type ViewerGraph } from './graphData.js';
import { clearPanel, renderLegend, showEdge, showNode } from './panel.js';
import { Session } from './session.js';

/** What tests and the browser console can reach; the page itself never reads it. */
export interface ViewerHandle {
  graph: ViewerGraph;
  renderer: Sigma<NodeAttributes, EdgeAttributes>;
  load: (replay?: boolean) => Promise<void>;
  expand: (id: string) => Promise<number>;
  expanded: () => readonly string[];
}

declare global {
  interface Window {
    __skeinViewer?: ViewerHandle;
  }
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer page lacks #${id}`);
  return found;
}

function createRenderer(graph: ViewerGraph, container: HTMLElement): Sigma<NodeAttributes, EdgeAttributes> {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: 'arrow',
    // Edge hover shows a relationship's own provenance, which can differ from both ends'.
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 7,
    // Bigger (more central) nodes drawn last, on top of the crowd.
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
  });
}

/** Hover shows provenance in the side panel; a click on a node expands it. */
function wireEvents(renderer: Sigma<NodeAttributes, EdgeAttributes>, graph: ViewerGraph, session: Session): void {
  const panel = element('details');
  const container = renderer.getContainer();
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    showNode(panel, node, graph.getNodeAttributes(node));
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    clearPanel(panel);
  });
  renderer.on('enterEdge', ({ edge }) => showEdge(panel, graph, edge, graph.getEdgeAttributes(edge)));
  renderer.on('leaveEdge', () => clearPanel(panel));
  renderer.on('clickNode', ({ node }) => void session.expand(node));
}

function start(): void {
  const graph = createGraph();
  const renderer = createRenderer(graph, element('graph'));
  const legend = element('legend');
  // Counts on <body> give tests and scripts a stable thing to wait for.
  const publish = () => {
    document.body.dataset.nodes = String(graph.order);
    document.body.dataset.edges = String(graph.size);
    renderLegend(legend, graph);
  };
  const session = new Session(graph, publish);
  wireEvents(renderer, graph, session);
  initControls({
    onLoad: () => void session.load(false).then(() => renderer.getCamera().animatedReset()),
    onWindowChange: () => void session.load(true),
  });
  window.__skeinViewer = {
    graph,
    renderer,
    load: (replay = false) => session.load(replay),
    expand: (id) => session.expand(id),
    expanded: () => session.expanded,
  };
  void session.load(false);
}

start();
