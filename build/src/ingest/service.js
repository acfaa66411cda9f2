import { badInput, forbidden } from "../errors.js";
import { validateRecord } from "./validate.js";
import { runBatch } from "./batch.js";
import { viewerRunner } from "./runner.js";
import { lastOfEachId, withPending } from "./pending.js";
const MAX_RECORDS_PER_CALL = 5e3;
function errorOf(index, id, r) {
  return {
    index,
    id: typeof id === "string" ? id : null,
    code: r.code,
    // validation and the database only produce mutation codes
    field: r.field ?? null,
    message: r.message
  };
}
function checkCaller(ctx, count) {
  if (ctx.viewer.role !== "INGEST" && ctx.viewer.role !== "ADMIN") throw forbidden("ingest needs the INGEST or ADMIN role");
  if (count > MAX_RECORDS_PER_CALL) throw badInput(`at most ${MAX_RECORDS_PER_CALL} records per call; use npm run import for more`, "records");
}
function validateAll(ctx, inputs, errors) {
  const rule = { agency: ctx.viewer.agency, trustSources: false };
  const valid = [];
  inputs.forEach((input, index) => {
    const v = validateRecord(input, rule);
    if (v.ok) valid.push({ index, record: v.record });
    else errors.push(errorOf(index, input.id, v.rejection));
  });
  return lastOfEachId(
    valid,
    (dropped, kept) => errors.push(errorOf(dropped.index, dropped.record.id, { code: "DUPLICATE", field: "id", message: `id: repeated at index ${kept.index}, which is the one written` }))
  );
}
async function ingest(ctx, inputs, dryRun) {
  checkCaller(ctx, inputs.length);
  const errors = [];
  let items = validateAll(ctx, inputs, errors);
  if (dryRun) {
    const nodeTypes = new Map(items.flatMap((i) => i.record.kind === "node" ? [[i.record.id, i.record.type]] : []));
    items = items.map((i) => withPending(i, nodeTypes));
  }
  const result = await runBatch(viewerRunner(ctx), items, { dryRun });
  for (const r of result.rejected) errors.push(errorOf(items[r.index].index, items[r.index].record.id, r.rejection));
  if (!dryRun) {
    const refused = new Set(result.rejected.map((r) => r.index));
    ctx.audit.add(items.filter((_, i) => !refused.has(i)).map((i) => i.record.id));
  }
  errors.sort((a, b) => a.index - b.index);
  const { created, updated, unchanged } = result.counts;
  return { dryRun, summary: { received: inputs.length, created, updated, unchanged, rejected: errors.length }, errors };
}
export {
  MAX_RECORDS_PER_CALL,
  ingest
};
