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
  /**
   * Relationship id -> the buffer (type) holding it: a relationship id is one record whatever its
   * type, so a later record of the id in another type supersedes the buffered one, as it does within
   * one type (and as `import --initial` settles it).
   */
  private readonly relationshipBuffers = new Map<string, string>();

  constructor(
    private readonly size: number,
    private readonly onSuperseded: (dropped: QueuedItem, kept: QueuedItem) => void,
  ) {}

  /** Adds a record; returns the batch to write when its type's buffer is full. */
  add(item: QueuedItem): QueuedItem[] | undefined {
    const key = `${item.record.kind}:${item.record.type}`;
    if (item.record.kind === 'relationship') this.supersedeInOtherType(item, key);
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
    this.remove(key);
    return buffer.items;
  }

  private supersedeInOtherType(item: QueuedItem, key: string): void {
    const other = this.relationshipBuffers.get(item.record.id);
    this.relationshipBuffers.set(item.record.id, key);
    const buffer = other === undefined || other === key ? undefined : this.buffers.get(other);
    const at = buffer?.positions.get(item.record.id);
    if (!buffer || at === undefined) return;
    this.onSuperseded(buffer.items[at]!, item);
    // Rare (an id repeated across types): the buffer is re-indexed rather than kept with a hole.
    buffer.items.splice(at, 1);
    buffer.positions.clear();
    buffer.items.forEach((it, i) => buffer.positions.set(it.record.id, i));
  }

  /** Hands a buffer out: its relationship ids are written (or in flight) and no longer superseded here. */
  private remove(key: string): void {
    const buffer = this.buffers.get(key);
    this.buffers.delete(key);
    if (buffer && key.startsWith('relationship:')) {
      for (const id of buffer.positions.keys()) if (this.relationshipBuffers.get(id) === key) this.relationshipBuffers.delete(id);
    }
  }

  /** Empties every buffer of one kind, full or not. */
  take(kind: 'node' | 'relationship'): QueuedItem[][] {
    const out: QueuedItem[][] = [];
    for (const [key, buffer] of this.buffers) {
      if (!key.startsWith(`${kind}:`)) continue;
      this.remove(key);
      if (buffer.items.length) out.push(buffer.items);
    }
    return out;
  }

  hasNodes(): boolean {
    return [...this.buffers.keys()].some((k) => k.startsWith('node:'));
  }
}
