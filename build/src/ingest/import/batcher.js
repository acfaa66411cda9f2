class Batcher {
  constructor(size, onSuperseded) {
    this.size = size;
    this.onSuperseded = onSuperseded;
  }
  size;
  onSuperseded;
  buffers = /* @__PURE__ */ new Map();
  /** Adds a record; returns the batch to write when its type's buffer is full. */
  add(item) {
    const key = `${item.record.kind}:${item.record.type}`;
    let buffer = this.buffers.get(key);
    if (!buffer) this.buffers.set(key, buffer = { items: [], positions: /* @__PURE__ */ new Map() });
    const earlier = buffer.positions.get(item.record.id);
    if (earlier !== void 0) {
      this.onSuperseded(buffer.items[earlier], item);
      buffer.items[earlier] = item;
      return void 0;
    }
    buffer.positions.set(item.record.id, buffer.items.length);
    buffer.items.push(item);
    if (buffer.items.length < this.size) return void 0;
    this.buffers.delete(key);
    return buffer.items;
  }
  /** Empties every buffer of one kind, full or not. */
  take(kind) {
    const out = [];
    for (const [key, buffer] of this.buffers) {
      if (!key.startsWith(`${kind}:`)) continue;
      this.buffers.delete(key);
      out.push(buffer.items);
    }
    return out;
  }
  hasNodes() {
    return [...this.buffers.keys()].some((k) => k.startsWith("node:"));
  }
}
export {
  Batcher
};
