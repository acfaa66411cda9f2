// Collects validated records into one buffer per node or relationship type and hands out full
// batches. A batch is one type only, so each write is a single UNWIND over rows of one shape.
import type { BatchItem } from '../batch.js';

/** A record on its way in, with where it came from (for reports and the rejects file). */
export interface QueuedItem extends BatchItem {
  file: number;
  line: number;
}

interface Buffer {
  items: QueuedItem[];
  /** id -> position, so a repeated id replaces the earlier record instead of racing it in one statement. */
  positions: Map<string, number>;
}

export class Batcher {
  private readonly buffers = new Map<string, Buffer>();

  constructor(
    private readonly size: number,
    private readonly onSuperseded: (dropped: QueuedItem, kept: QueuedItem) => void,
  ) {}

  /** Adds a record; returns the batch to write when its type's buffer is full. */
  add(item: QueuedItem): QueuedItem[] | undefined {
    const key = `${item.record.kind}:${item.record.type}`;
    let buffer = this.buffers.get(key);
    if (!buffer) this.buffers.set(key, (buffer = { items: [], positions: new Map() }));
    const earlier = buffer.positions.get(item.record.id);
    if (earlier !== undefined) {
      this.onSuperseded(buffer.items[earlier]!, item);
      buffer.items[earlier] = item;
      return undefined;
    }
    buffer.positions.set(item.record.id, buffer.items.length);
    buffer.items.push(item);
    if (buffer.items.length < this.size) return undefined;
    this.buffers.delete(key);
    return buffer.items;
  }

  /** Empties every buffer of one kind, full or not. */
  take(kind: 'node' | 'relationship'): QueuedItem[][] {
    const out: QueuedItem[][] = [];
    for (const [key, buffer] of this.buffers) {
      if (!key.startsWith(`${kind}:`)) continue;
      this.buffers.delete(key);
      out.push(buffer.items);
    }
    return out;
  }

  hasNodes(): boolean {
    return [...this.buffers.keys()].some((k) => k.startsWith('node:'));
  }
}
