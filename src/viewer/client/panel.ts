/// <reference lib="dom" />
// The details panel (provenance of the hovered node or edge) and the legend; text only, never HTML from the API.
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './graphData.js';
import { presentKinds } from './graphData.js';
import { communityColour, edgeColour, UNANALYSED_COLOUR } from './style.js';

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

/** Only what is on screen: twelve community colours repeat, so listing absent ones would mislead. */
export function renderLegend(legend: HTMLElement, graph: ViewerGraph): void {
  const { communities, relTypes, unanalysed } = presentKinds(graph);
  const items: HTMLElement[] = [el('strong', 'Communities (size: betweenness)')];
  for (const c of communities) items.push(legendItem(communityColour(c), `community ${c}`, true));
  if (unanalysed > 0) items.push(legendItem(UNANALYSED_COLOUR, `not analysed (${unanalysed})`, true));
  items.push(el('strong', 'Relationships'));
  for (const type of relTypes) items.push(legendItem(edgeColour(type), type, false));
  legend.replaceChildren(...items);
}
