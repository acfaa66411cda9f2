// Rules shared by the mutation and the CLI for records that meet inside one input:
// a repeated id (the later record wins) and, in dry runs, endpoints that exist only in the input.
import type { GraphRecord, NodeType } from '../model/graphModel.js';
import type { BatchItem } from './batch.js';

/**
 * Keeps the last record of each id; `onDropped` hears about each earlier one. Within one statement
 * two rows with one id would both be judged "created", so repeats must be settled before writing.
 */
export function lastOfEachId<T extends { record: GraphRecord }>(items: readonly T[], onDropped: (dropped: T, kept: T) => void): T[] {
  const lastIndex = new Map<string, number>();
  items.forEach((item, i) => lastIndex.set(`${item.record.kind}:${item.record.id}`, i));
  return items.filter((item, i) => {
    const last = lastIndex.get(`${item.record.kind}:${item.record.id}`)!;
    if (last !== i) onDropped(item, items[last]!);
    return last === i;
  });
}

/** Dry runs write nothing, so a relationship to a node of the same input is judged against that node's type. */
export function withPending<T extends BatchItem>(item: T, nodeTypes: ReadonlyMap<string, NodeType>): T {
  const r = item.record;
  if (r.kind !== 'relationship') return item;
  return { ...item, pendingFrom: nodeTypes.get(r.from), pendingTo: nodeTypes.get(r.to) };
}
