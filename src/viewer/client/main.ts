/// <reference lib="dom" />
// Browser entry of the viewer (bundled by esbuild into /viewer/app.js): sigma on one graphology graph,
// wired to the controls: shapes per record type, type toggles, search, shortest path, exports.
import Sigma from 'sigma';
import { createNodeImageProgram } from '@sigma/node-image';
import { initControls, setStatus } from './controls.js';
import { createGraph, type EdgeAttributes, type NodeAttributes, type ViewerGraph } from './graphData.js';
import { clearPanel, renderLegend, showEdge, showNode } from './panel.js';
import { Session } from './session.js';
import { LABEL_FONT, LABEL_SIZE, ViewState, type LabelBox } from './view.js';
import { exportJson, exportPng, subgraphJson } from './exports.js';
import { fetchWatches, Live } from './live.js';

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** What tests and the browser console can reach; the page itself never reads it. */
export interface ViewerHandle {
  graph: ViewerGraph;
  renderer: Renderer;
  view: ViewState;
  load: (replay?: boolean) => Promise<void>;
  expand: (id: string) => Promise<number>;
  expanded: () => readonly string[];
  labels: () => LabelBox[];
  subgraphJson: () => string;
}

declare global {
  interface Window {
    __skeinViewer?: ViewerHandle;
  }
}

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer page lacks #${id}`);
  return found as T;
}

function createRenderer(graph: ViewerGraph, container: HTMLElement, view: ViewState): Renderer {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: 'arrow',
    // A pictogram per record type (shapes.ts), tinted with the community colour; no disc behind it.
    nodeProgramClasses: { shape: createNodeImageProgram({ drawingMode: 'color', keepWithinCircle: false, padding: 0, size: { mode: 'force', value: 64 } }) },
    // Edge hover shows a relationship's own provenance, which can differ from both ends'.
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    // Labels are chosen by view.ts (importance, no collision, inside the canvas): sigma adds none of its own.
    labelRenderedSizeThreshold: Number.POSITIVE_INFINITY,
    labelSize: LABEL_SIZE,
    labelFont: LABEL_FONT,
    nodeReducer: view.nodeReducer,
    edgeReducer: view.edgeReducer,
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
  });
}

/** Hover shows provenance in the side panel; a click expands a node, Shift+click selects it for a path. */
function wireEvents(renderer: Renderer, graph: ViewerGraph, session: Session, view: ViewState, redraw: () => void): void {
  const panel = element('details');
  const container = renderer.getContainer();
  const hover = (node: string | null) => {
    const before = view.hovered;
    view.hovered = node;
    const nodes = [before, node].filter((n): n is string => n !== null && graph.hasNode(n));
    if (nodes.length) renderer.refresh({ partialGraph: { nodes }, skipIndexation: true });
  };
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    hover(node);
    showNode(panel, node, graph.getNodeAttributes(node));
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    hover(null);
    clearPanel(panel);
  });
  renderer.on('enterEdge', ({ edge }) => showEdge(panel, graph, edge, graph.getEdgeAttributes(edge)));
  renderer.on('leaveEdge', () => clearPanel(panel));
  renderer.on('clickNode', ({ node, event }) => {
    if (event.original.shiftKey) {
      view.select(node);
      redraw();
    } else void session.expand(node);
  });
}

function describePath(graph: ViewerGraph, view: ViewState): string {
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  if (view.selected.length < 2) return view.selected.length ? `From ${name(view.selected[0]!)}: Shift+click a second node.` : 'Shift+click two nodes for the shortest path between them.';
  if (!view.path) return `No path between ${name(view.selected[0]!)} and ${name(view.selected[1]!)} in this picture.`;
  return `Shortest path, ${view.path.length - 1} link(s): ${view.path.map(name).join(' → ')}`;
}

function start(): void {
  const graph = createGraph();
  const view = new ViewState(graph);
  const renderer = createRenderer(graph, element('graph'), view);
  const legend = element('legend');
  let session: Session;
  const onToggle = (type: string, shown: boolean) => {
    if (shown) view.hiddenTypes.delete(type);
    else view.hiddenTypes.add(type);
    redraw();
  };
  // Counts on <body> give tests and scripts a stable thing to wait for.
  function redraw(): void {
    view.updatePath();
    element('path-info').textContent = describePath(graph, view);
    document.body.dataset.nodes = String(graph.order);
    document.body.dataset.edges = String(graph.size);
    document.body.dataset.shown = String(graph.filterNodes(view.shown).length);
    renderLegend(legend, graph, view.hiddenTypes, onToggle);
    renderer.refresh();
    if (view.placeLabels(renderer)) renderer.refresh();
  }
  session = new Session(graph, redraw);
  let pending = false;
  renderer.getCamera().on('updated', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (view.placeLabels(renderer)) renderer.refresh();
    });
  });
  wireEvents(renderer, graph, session, view, redraw);
  initControls({
    onLoad: () => void session.load(false).then(() => renderer.getCamera().animatedReset()),
    onWindowChange: () => void session.load(true),
  });
  wireTools(renderer, graph, session, view, redraw);
  wireLive(graph, session, redraw);
  window.__skeinViewer = {
    graph,
    renderer,
    view,
    load: (replay = false) => session.load(replay),
    expand: (id) => session.expand(id),
    expanded: () => session.expanded,
    labels: () => view.boxes,
    subgraphJson: () => subgraphJson(graph, view.shown, session.wasTruncated),
  };
  void session.load(false);
}

/** The watch selector: the agency's watches (refreshed with the token); choosing one follows it live. */
function wireLive(graph: ViewerGraph, session: Session, redraw: () => void): void {
  const select = element<HTMLSelectElement>('watch');
  const info = element('live-info');
  const token = () => element<HTMLInputElement>('token').value;
  const live = new Live(graph, session, (text) => {
    info.textContent = text;
    document.body.dataset.live = String(live.highlighted.size);
    redraw();
  });
  const refresh = async () => {
    const watches = await fetchWatches(token()).catch(() => []);
    const chosen = select.value;
    select.replaceChildren(new Option('off', ''), ...watches.map((w) => new Option(`${w.name} (${w.kind.toLowerCase()})`, w.id)));
    select.value = watches.some((w) => w.id === chosen) ? chosen : '';
    document.body.dataset.watches = String(watches.length);
  };
  select.addEventListener('focus', () => void refresh());
  select.addEventListener('change', () => void live.follow(token(), select.value || null, select.selectedOptions[0]?.text ?? ''));
  element('token').addEventListener('change', () => {
    void live.follow(token(), null);
    void refresh();
  });
  void refresh();
}

/** Find, clear, and the two exports. */
function wireTools(renderer: Renderer, graph: ViewerGraph, session: Session, view: ViewState, redraw: () => void): void {
  const find = () => {
    const text = element<HTMLInputElement>('search').value;
    const hits = view.search(text);
    view.focus = hits[0] ?? null;
    redraw();
    if (!view.focus) return setStatus(`No node named like "${text}" is shown.`, 'ready');
    const at = renderer.getNodeDisplayData(view.focus);
    if (at) void renderer.getCamera().animate({ x: at.x, y: at.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 300 });
    showNode(element('details'), view.focus, graph.getNodeAttributes(view.focus));
    setStatus(`Found ${graph.getNodeAttribute(view.focus, 'name')}${hits.length > 1 ? ` (${hits.length} matches, best first)` : ''}`, 'ready');
  };
  element('find').addEventListener('click', find);
  element('search').addEventListener('keydown', (event) => event.key === 'Enter' && find());
  element('clear').addEventListener('click', () => {
    view.clearSelection();
    redraw();
  });
  const fileName = () => `skein-${element<HTMLInputElement>('seed').value || 'view'}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  element('export-png').addEventListener('click', () => void exportPng(renderer, fileName()));
  element('export-json').addEventListener('click', () => exportJson(graph, view.shown, session.wasTruncated, fileName()));
}

start();
