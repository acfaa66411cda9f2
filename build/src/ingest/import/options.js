import { statSync } from "node:fs";
const FORMATS = ["ndjson", "csv", "ftm"];
const DEFAULT_BATCH = 5e3;
const MAX_BATCH = 2e4;
const DEFAULT_PARALLEL = 1;
const MAX_PARALLEL = 4;
function formatOf(file, given) {
  if (given) return given;
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.ftm(\.jsonl?)?$/i.test(file)) return "ftm";
  return "ndjson";
}
function checkOptions(o) {
  const problems = [];
  const batch = o.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batch) || batch < 1 || batch > MAX_BATCH) problems.push(`--batch must be 1..${MAX_BATCH}`);
  const parallel = o.parallel ?? DEFAULT_PARALLEL;
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL) problems.push(`--parallel must be 1..${MAX_PARALLEL}`);
  if (o.files.length === 0) problems.push("name at least one file");
  for (const f of o.files) {
    try {
      if (!statSync(f).isFile()) problems.push(`${f} is not a file`);
    } catch {
      problems.push(`${f} does not exist`);
    }
  }
  return problems;
}
const totalBytes = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0);
function emptyReport(opts) {
  return {
    dryRun: opts.dryRun ?? false,
    files: opts.files.map((file) => ({ file, format: formatOf(file, opts.format), read: 0, rejected: 0, rejectsFile: null })),
    totals: { read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, nodes: 0, relationships: 0 },
    deferred: 0,
    unmappedSchemata: {},
    elapsedMs: 0,
    firstRelationshipMs: null
  };
}
export {
  DEFAULT_BATCH,
  DEFAULT_PARALLEL,
  FORMATS,
  MAX_BATCH,
  MAX_PARALLEL,
  checkOptions,
  emptyReport,
  formatOf,
  totalBytes
};
