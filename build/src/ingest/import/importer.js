import { loadAclMap } from "../../auth/aclFor.js";
import { idOf, validateRecord } from "../validate.js";
import { executorRunner } from "../runner.js";
import { withPending } from "../pending.js";
import { openInput } from "../readers/source.js";
import { readNdjson } from "../readers/ndjson.js";
import { csvTypeOf, readCsv } from "../readers/csv.js";
import { readFtm } from "../readers/ftm.js";
import { FtmMapper } from "../ftm/map.js";
import { Batcher } from "./batcher.js";
import { WriteQueue } from "./writeQueue.js";
import { BisectingWriter } from "./bisect.js";
import { RejectsFile, rejectsPathOf } from "./rejects.js";
import { DeferredSpill } from "./deferred.js";
import { checkOptions, DEFAULT_BATCH, DEFAULT_PARALLEL, emptyReport, formatOf, totalBytes } from "./options.js";
class ImportOptionsError extends Error {
  name = "ImportOptionsError";
}
async function importFiles(executor, opts) {
  const problems = checkOptions(opts);
  if (problems.length) throw new ImportOptionsError(problems.join("\n"));
  const own = await loadAclMap(executor, opts.agency);
  const acl = opts.trustSources ? "all" : own;
  const run = new ImportRun(new BisectingWriter(executorRunner(executor, acl), opts.dryRun ?? false), opts);
  try {
    for (let i = 0; i < opts.files.length; i++) await run.readFile(i);
    return await run.finish();
  } finally {
    run.dispose();
  }
}
async function* malformedFile(message) {
  yield { line: 0, malformed: message };
}
function sourceItems(file, format, input, csvType, mapper) {
  if (format === "ndjson") return readNdjson(input.stream);
  if (format === "ftm") return readFtm(input.stream, mapper());
  const type = csvTypeOf(file, csvType);
  if (!type) return malformedFile("cannot tell the record type: name the file after it (Person.csv, RECRUITED.csv) or pass --type");
  return readCsv(input.stream, type);
}
function newFtmMapper(opts, started) {
  const given = opts.ftm;
  const reportedAt = given?.reportedAt ?? new Date(started).toISOString();
  return new FtmMapper({ source: opts.agency, marking: given?.marking ?? "AMBER", reportedAt, confidence: given?.confidence ?? 1 });
}
class ImportRun {
  constructor(writer, opts) {
    this.writer = writer;
    this.opts = opts;
    this.rule = { agency: opts.agency, trustSources: opts.trustSources ?? false };
    this.batcher = new Batcher(opts.batchSize ?? DEFAULT_BATCH, (dropped, kept) => void this.superseded.push([dropped, kept]));
    this.queue = new WriteQueue((items) => this.writeBatch(items), opts.parallel ?? DEFAULT_PARALLEL);
    this.rejects = opts.files.map((f) => new RejectsFile(rejectsPathOf(f)));
    this.nodeTypes = opts.dryRun ? /* @__PURE__ */ new Map() : void 0;
    this.bytesTotal = totalBytes(opts.files);
    this.report = emptyReport(opts);
  }
  writer;
  opts;
  started = Date.now();
  rule;
  batcher;
  queue;
  rejects;
  spill = new DeferredSpill();
  /** Dry runs only: types of the nodes read so far, to judge relationships as if those were written. */
  nodeTypes;
  superseded = [];
  bytesTotal;
  bytesDone = 0;
  current;
  mapper;
  finalPass = false;
  firstRelationshipMs = null;
  report;
  async readFile(index) {
    const file = this.opts.files[index];
    this.current = openInput(file);
    try {
      for await (const item of this.itemsOf(file, this.report.files[index].format, this.current)) await this.accept(index, item);
      this.bytesDone += this.current.bytesRead();
    } finally {
      this.current.stream.destroy();
      this.current = void 0;
    }
  }
  itemsOf(file, format, input) {
    return sourceItems(file, format, input, this.opts.csvType, () => this.mapper ??= newFtmMapper(this.opts, this.started));
  }
  async accept(file, item) {
    this.report.files[file].read += 1;
    this.report.totals.read += 1;
    if (this.report.totals.read % 2e3 === 0) this.progress();
    if (item.malformed !== void 0) return this.reject(file, item.line, void 0, { code: "MALFORMED", message: item.malformed }, item.text);
    const v = validateRecord(item.raw, this.rule);
    if (!v.ok) return this.reject(file, item.line, idOf(item.raw), v.rejection);
    if (this.nodeTypes && v.record.kind === "node") this.nodeTypes.set(v.record.id, v.record.type);
    const full = this.batcher.add({ record: v.record, file, line: item.line });
    await this.rejectSuperseded();
    if (full) await this.submit(full);
  }
  async rejectSuperseded() {
    for (const [dropped, kept] of this.superseded.splice(0)) {
      const where = kept.file === dropped.file ? `line ${kept.line}` : `line ${kept.line} of ${this.opts.files[kept.file]}`;
      await this.reject(dropped.file, dropped.line, dropped.record.id, { code: "DUPLICATE", field: "id", message: `id: repeated at ${where}, which is the one written` });
    }
  }
  async submit(items) {
    if (items[0].record.kind === "relationship") for (const nodes of this.batcher.take("node")) await this.queue.submit(nodes, "shared");
    await this.queue.submit(items, kindOfWrite(items));
  }
  async flushAll() {
    for (const kind of ["node", "relationship"]) for (const batch of this.batcher.take(kind)) await this.queue.submit(batch, kindOfWrite(batch));
    await this.queue.drain();
  }
  async writeBatch(items) {
    const relationships = items[0].record.kind === "relationship";
    if (relationships) this.firstRelationshipMs ??= Date.now() - this.started;
    const nodeTypes = this.nodeTypes;
    const batch = nodeTypes ? items.map((it) => withPending(it, nodeTypes)) : items;
    const { counts, rejected } = await this.writer.write(batch);
    const t = this.report.totals;
    t.created += counts.created;
    t.updated += counts.updated;
    t.unchanged += counts.unchanged;
    t[relationships ? "relationships" : "nodes"] += counts.created + counts.updated + counts.unchanged;
    for (const r of rejected) {
      const it = items[r.index];
      if (r.outcome === "unknownEndpoint" && !this.finalPass) await this.spill.add({ file: it.file, line: it.line, record: it.record });
      else await this.reject(it.file, it.line, it.record.id, r.rejection);
    }
    this.progress();
  }
  async finish() {
    await this.flushAll();
    this.finalPass = true;
    this.report.deferred = this.spill.count;
    if (this.spill.count > 0) {
      for await (const d of this.spill.drain()) {
        const full = this.batcher.add({ record: d.record, file: d.file, line: d.line });
        await this.rejectSuperseded();
        if (full) await this.queue.submit(full, kindOfWrite(full));
      }
      await this.flushAll();
    }
    this.report.files.forEach((f, i) => f.rejected = this.rejects[i].count);
    for (const [i, r] of this.rejects.entries()) this.report.files[i].rejectsFile = await r.close();
    this.report.unmappedSchemata = Object.fromEntries([...this.mapper?.unmapped ?? []].sort(([a], [b]) => a.localeCompare(b)));
    this.report.elapsedMs = Date.now() - this.started;
    this.report.firstRelationshipMs = this.firstRelationshipMs;
    this.progress();
    return this.report;
  }
  async reject(file, line, id, r, text) {
    this.report.totals.rejected += 1;
    await this.rejects[file].add(line, id, r, text);
  }
  progress() {
    const t = this.report.totals;
    this.opts.onProgress?.({
      bytesRead: this.bytesDone + (this.current?.bytesRead() ?? 0),
      bytesTotal: this.bytesTotal,
      read: t.read,
      written: t.created + t.updated + t.unchanged,
      rejected: t.rejected,
      elapsedMs: Date.now() - this.started
    });
  }
  dispose() {
    this.spill.dispose();
  }
}
const kindOfWrite = (items) => items[0].record.kind === "node" ? "shared" : "exclusive";
export {
  ImportOptionsError,
  importFiles,
  newFtmMapper,
  sourceItems
};
