import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors.js";
import { runBatch } from "../batch.js";
import { addCounts, zeroCounts } from "../outcomes.js";
const MAX_SINGLE_FAILURES = 100;
class ImportAborted extends Error {
  name = "ImportAborted";
}
function fatal(err) {
  return err instanceof GraphQLError && err.extensions.code === ErrorCode.SERVICE_UNAVAILABLE;
}
function describe(err) {
  if (err instanceof GraphQLError) return String(err.extensions.code ?? "ERROR");
  const code = err?.code;
  if (typeof code === "string") return code;
  return err instanceof Error ? err.name : "error";
}
class BisectingWriter {
  constructor(runner, dryRun) {
    this.runner = runner;
    this.dryRun = dryRun;
  }
  runner;
  dryRun;
  singleFailures = 0;
  async write(items) {
    try {
      const result = await runBatch(this.runner, items, { dryRun: this.dryRun, changeKind: "IMPORT" });
      this.singleFailures = 0;
      return result;
    } catch (err) {
      if (fatal(err)) throw new ImportAborted("the database is unavailable; re-run the same command to finish (imports are idempotent)", { cause: err });
      if (items.length === 1) return this.refuse(err);
      const half = Math.ceil(items.length / 2);
      const left = await this.write(items.slice(0, half));
      const right = await this.write(items.slice(half));
      return {
        counts: addCounts(addCounts(zeroCounts(), left.counts), right.counts),
        rejected: [...left.rejected, ...right.rejected.map((r) => ({ ...r, index: r.index + half }))]
      };
    }
  }
  refuse(err) {
    this.singleFailures += 1;
    if (this.singleFailures > MAX_SINGLE_FAILURES) throw new ImportAborted(`the database refuses every record (${describe(err)})`, { cause: err });
    const rejection = { code: "DATABASE", message: `the database refused this record (${describe(err)})` };
    return { counts: { ...zeroCounts(), rejected: 1 }, rejected: [{ index: 0, outcome: "refused", rejection }] };
  }
}
export {
  BisectingWriter,
  ImportAborted
};
