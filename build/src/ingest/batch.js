import { NODE_TYPES, RELATIONSHIP_TYPES } from "../model/graphModel.js";
import { ingestStatement } from "./queries.js";
import { storedProperties } from "./toRows.js";
import { dbRejection, isWritten, zeroCounts } from "./outcomes.js";
const ORDER = [...NODE_TYPES.map((t) => `node:${t}`), ...RELATIONSHIP_TYPES.map((t) => `relationship:${t}`)];
function groupsOf(items) {
  const byKey = /* @__PURE__ */ new Map();
  items.forEach(({ record: r, pendingFrom, pendingTo }, i) => {
    const key = `${r.kind}:${r.type}`;
    let entry = byKey.get(key);
    if (!entry) {
      const group = r.kind === "node" ? { kind: "node", type: r.type } : { kind: "relationship", type: r.type };
      byKey.set(key, entry = { group, rows: [] });
    }
    const row = { i, id: r.id, props: storedProperties(r) };
    if (r.kind === "relationship") Object.assign(row, { from: r.from, to: r.to, fromPending: pendingFrom ?? null, toPending: pendingTo ?? null });
    entry.rows.push(row);
  });
  return [...byKey.entries()].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([, v]) => v);
}
async function runBatch(runner, items, opts) {
  const result = { counts: zeroCounts(), rejected: [] };
  if (items.length === 0) return result;
  const groups = groupsOf(items);
  const params = Object.fromEntries(groups.map((g, k) => [`rows${k}`, g.rows]));
  params.changeKind = opts.changeKind ?? "INGEST";
  const cypher = ingestStatement(groups.map((g) => g.group), !opts.dryRun);
  const [row] = await runner.run(opts.dryRun ? "READ" : "WRITE", cypher, params);
  for (const s of row?.outcomes ?? []) {
    if (isWritten(s.outcome)) {
      result.counts[s.outcome] += s.n;
      continue;
    }
    result.counts.rejected += s.n;
    const outcome = s.outcome;
    for (const index of s.at) result.rejected.push({ index, outcome, rejection: dbRejection(outcome, items[index].record.id) });
  }
  result.rejected.sort((a, b) => a.index - b.index);
  return result;
}
export {
  runBatch
};
