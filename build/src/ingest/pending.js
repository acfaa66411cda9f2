function lastOfEachId(items, onDropped) {
  const lastIndex = /* @__PURE__ */ new Map();
  items.forEach((item, i) => lastIndex.set(`${item.record.kind}:${item.record.id}`, i));
  return items.filter((item, i) => {
    const last = lastIndex.get(`${item.record.kind}:${item.record.id}`);
    if (last !== i) onDropped(item, items[last]);
    return last === i;
  });
}
function withPending(item, nodeTypes) {
  const r = item.record;
  if (r.kind !== "relationship") return item;
  return { ...item, pendingFrom: nodeTypes.get(r.from), pendingTo: nodeTypes.get(r.to) };
}
export {
  lastOfEachId,
  withPending
};
