/// <reference lib="dom" />
// Exports of the view: a PNG of the canvas (every sigma layer, on white) and the Subgraph JSON of what
// is shown (the API's own shape, so another tool or a colleague's script reads it as it reads the API).
import type Sigma from 'sigma';
import { toBlob } from '@sigma/export-image';
import { toSubgraph, type EdgeAttributes, type NodeAttributes, type ViewerGraph } from './graphData.js';

/** Offers a blob as a download; the link is made and dropped at once (nothing leaves the browser). */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportPng(renderer: Sigma<NodeAttributes, EdgeAttributes>, fileName: string): Promise<void> {
  const blob = await toBlob(renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff', fileName });
  download(blob, `${fileName}.png`);
}

export function subgraphJson(graph: ViewerGraph, shown: (id: string) => boolean, truncated: boolean): string {
  return JSON.stringify(toSubgraph(graph, shown, truncated), null, 2);
}

export function exportJson(graph: ViewerGraph, shown: (id: string) => boolean, truncated: boolean, fileName: string): void {
  download(new Blob([subgraphJson(graph, shown, truncated)], { type: 'application/json' }), `${fileName}.json`);
}
