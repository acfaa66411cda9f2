/// <reference lib="dom" />
// What the canvas emphasises, as sigma reducers over the one graph: hidden record types, the two
// nodes selected for a path and the shortest path between them, the search hit, and which labels are
// drawn. Labels are chosen by importance (seed, selection, expanded, betweenness) and kept only
// where they collide with no other label and stay inside the canvas; zooming in makes room for more.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './graphData.js';
import { shortestPath } from './graphData.js';

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const LABEL_SIZE = 12;
export const LABEL_FONT = 'Arial';
const DIMMED = '#e4e6ea';
const PATH_EDGE = '#111111';
/** Labels drawn at once, at most: beyond that a picture is text, not a graph. */
const MAX_LABELS = 60;

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export class ViewState {
  readonly hiddenTypes = new Set<string>();
  /** Up to two nodes, selected with Shift+click, for the shortest path. */
  selected: string[] = [];
  path: string[] | null = null;
  focus: string | null = null;
  /** The node under the pointer: its label is drawn whatever the collision rule chose. */
  hovered: string | null = null;
  boxes: LabelBox[] = [];
  private labels = new Set<string>();
  private pathEdges = new Set<string>();
  private measure: CanvasRenderingContext2D | null = null;

  constructor(private readonly graph: ViewerGraph) {}

  readonly shown = (id: string): boolean => !this.hiddenTypes.has(this.graph.getNodeAttribute(id, 'recordType'));

  /** Adds a node to the path selection (a third replaces the oldest) and recomputes the path. */
  select(id: string): void {
    this.selected = this.selected.includes(id) ? this.selected.filter((s) => s !== id) : [...this.selected, id].slice(-2);
    this.updatePath();
  }

  clearSelection(): void {
    this.selected = [];
    this.focus = null;
    this.updatePath();
  }

  updatePath(): void {
    this.selected = this.selected.filter((id) => this.graph.hasNode(id) && this.shown(id));
    const [a, b] = this.selected;
    this.path = a && b ? shortestPath(this.graph, a, b, this.shown) : null;
    this.pathEdges = new Set();
    const p = this.path ?? [];
    for (let i = 1; i < p.length; i += 1) for (const e of this.graph.edges(p[i - 1]!, p[i]!).concat(this.graph.edges(p[i]!, p[i - 1]!))) this.pathEdges.add(e);
  }

  private emphasised(id: string): boolean {
    return this.selected.includes(id) || this.focus === id || (this.path?.includes(id) ?? false);
  }

  readonly nodeReducer = (id: string, data: NodeAttributes): Partial<NodeAttributes> & { hidden?: boolean; highlighted?: boolean; zIndex?: number } => {
    if (!this.shown(id)) return { ...data, hidden: true };
    const labelled = this.labels.has(id) || this.hovered === id;
    const out = { ...data, label: labelled ? data.label : '', forceLabel: labelled, zIndex: 0 } as NodeAttributes & { highlighted?: boolean; zIndex: number };
    if (this.path && !this.path.includes(id)) out.color = DIMMED;
    if (this.emphasised(id)) Object.assign(out, { highlighted: true, zIndex: 2 });
    // A live alert's record (its community colour kept: every hue already means a community): drawn larger, haloed and on top, and labelled, until the analyst stops following.
    if (data.live) Object.assign(out, { highlighted: true, zIndex: 3, size: data.size * 1.6, label: data.label, forceLabel: true });
    return out;
  };

  readonly edgeReducer = (id: string, data: EdgeAttributes): Partial<EdgeAttributes> & { hidden?: boolean; zIndex?: number } => {
    const [s, t] = this.graph.extremities(id);
    if (!this.shown(s) || !this.shown(t)) return { ...data, hidden: true };
    if (!this.path) return data;
    return this.pathEdges.has(id) ? { ...data, color: PATH_EDGE, size: 4, zIndex: 2 } : { ...data, color: DIMMED };
  };

  /** Highest first: what the analyst chose, then the seed and what they opened, then the brokers. */
  private importance(id: string): number {
    const a = this.graph.getNodeAttributes(id);
    if (this.emphasised(id)) return 4e6;
    if (a.depth === 0) return 3e6;
    if (a.forceLabel) return 2e6;
    return (a.betweenness ?? 0) * 1e3 + (a.recordType === 'Person' ? 100 : 0) + this.graph.degree(id);
  }

  private textWidth(text: string): number {
    this.measure ??= document.createElement('canvas').getContext('2d');
    if (!this.measure) return text.length * LABEL_SIZE * 0.6;
    this.measure.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    return this.measure.measureText(text).width;
  }

  /** Chooses the labels for the current camera; true when the choice changed (the caller refreshes). */
  placeLabels(renderer: Sigma<NodeAttributes, EdgeAttributes>): boolean {
    const { width, height } = renderer.getDimensions();
    const candidates = this.graph.filterNodes((id) => this.shown(id) && (!this.path || this.path.includes(id)));
    candidates.sort((x, y) => this.importance(y) - this.importance(x));
    const boxes: LabelBox[] = [];
    for (const id of candidates) {
      const a = this.graph.getNodeAttributes(id);
      const p = renderer.graphToViewport({ x: a.x, y: a.y });
      const radius = renderer.scaleSize(renderer.getNodeDisplayData(id)?.size ?? a.size);
      // Where sigma writes a label: right of the node, vertically centred on it.
      const box = { id, x: p.x + radius + 2, y: p.y - LABEL_SIZE / 2 - 2, width: this.textWidth(a.label) + 4, height: LABEL_SIZE + 4 };
      if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) continue;
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      if (boxes.length >= MAX_LABELS) break;
    }
    const next = new Set(boxes.map((b) => b.id));
    const changed = next.size !== this.labels.size || [...next].some((id) => !this.labels.has(id));
    this.boxes = boxes;
    this.labels = next;
    return changed;
  }

  /** Nodes whose name (or id) holds the text, accents and case ignored; best first. */
  search(text: string): string[] {
    const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const q = fold(text.trim());
    if (!q) return [];
    const score = (id: string) => {
      const name = fold(this.graph.getNodeAttribute(id, 'name'));
      return name === q || fold(id) === q ? 3 : name.startsWith(q) ? 2 : name.includes(q) || fold(id).includes(q) ? 1 : 0;
    };
    return this.graph
      .filterNodes((id) => this.shown(id) && score(id) > 0)
      .sort((x, y) => score(y) - score(x) || this.importance(y) - this.importance(x));
  }
}
