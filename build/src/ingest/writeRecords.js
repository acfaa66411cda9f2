import { markingRank } from "../model/graphModel.js";
import { nodeRow, relationshipRow } from "./toRows.js";
import { withNameKeys } from "../identity/nameKeys.js";
import { COUNT_ENTITIES, UPSERT_AGENCIES, UPSERT_AGREEMENTS, UPSERT_NODES, UPSERT_RELATIONSHIPS } from "./queries.js";
const DEFAULT_BATCH = 2e3;
async function writeAgencies(graph, agencies, agreements) {
  await graph.trustedWriteAll([
    { cypher: UPSERT_AGENCIES, params: { rows: agencies } },
    { cypher: UPSERT_AGREEMENTS, params: { rows: agreements.map((a) => ({ ...a, upToRank: markingRank(a.upTo) })) } }
  ]);
}
function* batches(records, size) {
  let current = [];
  for (const r of records) {
    const head = current[0];
    if (head && (head.kind !== r.kind || head.type !== r.type || current.length >= size)) {
      yield current;
      current = [];
    }
    current.push(r);
  }
  if (current.length) yield current;
}
function statementFor(batch) {
  const head = batch[0];
  if (head.kind === "node") {
    const row = head.type === "Person" ? (r) => withNameKeys(nodeRow(r)) : nodeRow;
    return { cypher: UPSERT_NODES[head.type], params: { rows: batch.map((r) => row(r)) } };
  }
  return { cypher: UPSERT_RELATIONSHIPS[head.type], params: { rows: batch.map((r) => relationshipRow(r)) } };
}
async function writeRecords(graph, records, opts = {}) {
  let done = 0;
  for (const batch of batches(records, opts.batchSize ?? DEFAULT_BATCH)) {
    const { cypher, params } = statementFor(batch);
    await graph.trustedWrite(cypher, params);
    done += batch.length;
    opts.onProgress?.(done, records.length);
  }
}
async function countEntities(graph) {
  const [row] = await graph.trustedRead(COUNT_ENTITIES);
  return Number(row?.n ?? 0);
}
export {
  DEFAULT_BATCH,
  countEntities,
  writeAgencies,
  writeRecords
};
