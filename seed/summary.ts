// Counts that describe a generated world: per node type, relationship type, marking and source.
import type { GraphRecord } from '../src/model/graphModel.js';

function bump(out: Record<string, number | string>, key: string): void {
  out[key] = (Number(out[key] ?? 0) || 0) + 1;
}

export function summarise(records: GraphRecord[], extra: Record<string, number | string>): Record<string, number | string> {
  const out: Record<string, number | string> = { ...extra, records: records.length, nodes: 0, relationships: 0 };
  for (const r of records) {
    bump(out, r.kind === 'node' ? 'nodes' : 'relationships');
    bump(out, `${r.kind === 'node' ? 'node' : 'rel'}:${r.type}`);
    bump(out, `marking:${r.marking}`);
    bump(out, `${r.kind === 'node' ? 'nodeMarking' : 'relMarking'}:${r.marking}`);
    bump(out, `source:${r.source}`);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b))));
}

/** Plain totals first, then each family of counters together. */
function sortKey(key: string): string {
  return key.includes(':') ? `1${key}` : `0${key}`;
}
