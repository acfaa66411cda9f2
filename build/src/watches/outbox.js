function nodeItem(id, type) {
  return { id, kind: "node", type, from: id, to: id };
}
function relItem(id, type, from, to) {
  return { id, kind: "rel", type, from, to };
}
function screenedItem(personId) {
  return { id: personId, kind: "screened", type: "SCREENED", from: personId, to: personId };
}
function appendChange(items, kind) {
  return `MERGE (counter:SkeinMeta {key: 'outbox'}) /* ACL_EXEMPT(counter): OUTBOX */
  SET counter.seq = coalesce(counter.seq, 0) + 1
  CREATE (:Change {seq: counter.seq, at: datetime.realtime(), kind: ${kind},
    itemIds: [x IN ${items} | x.id], itemKinds: [x IN ${items} | x.kind], itemTypes: [x IN ${items} | x.type],
    itemFrom: [x IN ${items} | x.from], itemTo: [x IN ${items} | x.to]})`;
}
const APPEND_CHANGE = `WITH $items AS items WHERE size(items) > 0
${appendChange("items", "$kind")}`;
const OUTBOX_HEAD = `OPTIONAL MATCH (counter:SkeinMeta {key: 'outbox'}) RETURN coalesce(counter.seq, 0) AS head`;
export {
  APPEND_CHANGE,
  OUTBOX_HEAD,
  appendChange,
  nodeItem,
  relItem,
  screenedItem
};
