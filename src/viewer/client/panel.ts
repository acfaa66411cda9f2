/// <reference lib="dom" />
// The details panel (provenance of the hovered node or edge) and the legend; text only, never HTML from the API.
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './graphData.js';
import { presentKinds } from './graphData.js';
import { communityColour, edgeColour, UNANALYSED_COLOUR } from './style.js';
import { shapeImage } from './shapes.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function definitions(rows: Array<[string, string]>): HTMLDListElement {
  const dl = el('dl');
  for (const [term, value] of rows) dl.append(el('dt', term), el('dd', value));
  return dl;
}

/** reportedAt as the analyst reads it: a date and a time in UTC, as the agencies report. */
function when(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export function showNode(panel: HTMLElement, id: string, a: NodeAttributes): void {
  const rows: Array<[string, string]> = [
    ['id', id],
    ['type', a.recordType],
    ['source', a.provenance.source],
    ['marking', a.provenance.marking],
    ['reportedAt', when(a.provenance.reportedAt)],
    ['hops', String(a.depth)],
    ['community', a.community === undefined ? 'not analysed' : String(a.community)],
    ['betweenness', a.betweenness === undefined ? '–' : a.betweenness.toFixed(4)],
  ];
  if (a.members.length > 1) rows.push(['members', a.members.join(', ')]);
  panel.dataset.kind = 'node';
  panel.replaceChildren(el('h2', a.name), definitions(rows));
}

export function showEdge(panel: HTMLElement, graph: ViewerGraph, id: string, a: EdgeAttributes): void {
  const name = (node: string) => graph.getNodeAttribute(node, 'name');
  const rows: Array<[string, string]> = [
    ['id', id],
    ['from', name(graph.source(id))],
    ['to', name(graph.target(id))],
    ['source', a.provenance.source],
    ['marking', a.provenance.marking],
    ['reportedAt', when(a.provenance.reportedAt)],
  ];
  panel.dataset.kind = 'edge';
  panel.replaceChildren(el('h2', a.relType), definitions(rows));
}

export function clearPanel(panel: HTMLElement): void {
  delete panel.dataset.kind;
  panel.replaceChildren();
}

function legendItem(colour: string, text: string, round: boolean): HTMLDivElement {
  const swatch = el('span', undefined, round ? 'dot' : 'swatch');
  swatch.style.background = colour;
  const item = el('div', undefined, 'item');
  item.append(swatch, el('span', text));
  return item;
}

/** A record type: its shape, its name and count, and a checkbox that shows or hides it. */
function typeItem(type: string, count: number, hidden: boolean, onToggle: (type: string, shown: boolean) => void): HTMLLabelElement {
  const box = el('input');
  box.type = 'checkbox';
  box.checked = !hidden;
  box.dataset.type = type;
  box.addEventListener('change', () => onToggle(type, box.checked));
  const img = el('img', undefined, 'shape');
  img.src = shapeImage(type, '#4a5160');
  img.alt = '';
  const item = el('label', undefined, 'item');
  item.append(box, img, el('span', `${type} (${count})`));
  return item;
}

/**
 * Only what is on screen: twelve community colours repeat, so listing absent ones would mislead.
 * Shapes say the record type (with a toggle each), colours the community, grey tones the links.
 */
export function renderLegend(legend: HTMLElement, graph: ViewerGraph, hiddenTypes: ReadonlySet<string>, onToggle: (type: string, shown: boolean) => void): void {
  const { communities, recordTypes, relTypes, unanalysed } = presentKinds(graph);
  const items: HTMLElement[] = [el('strong', 'Record types (shape; untick to hide)')];
  for (const [type, count] of [...recordTypes].sort(([a], [b]) => a.localeCompare(b))) items.push(typeItem(type, count, hiddenTypes.has(type), onToggle));
  items.push(el('strong', 'Communities (colour; size: betweenness)'));
  for (const c of communities) items.push(legendItem(communityColour(c), `community ${c}`, true));
  if (unanalysed > 0) items.push(legendItem(UNANALYSED_COLOUR, `not analysed (${unanalysed})`, true));
  items.push(el('strong', 'Relationships (grey tones)'));
  for (const type of relTypes) items.push(legendItem(edgeColour(type), type, false));
  legend.replaceChildren(...items);
}