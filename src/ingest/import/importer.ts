// Streams input files into the graph at bulk speed: read -> validate -> one buffer per type ->
// a write queue of single-statement transactions. Memory is flat whatever the file size. Node
// buffers are always written before a relationship batch; relationships whose endpoints are still
// missing (named further down, or in a later file) are spilled to disk and written in a second pass.
import type { GraphExecutor } from '../../graph/executor.js';
import { RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../../model/graphModel.js';
import { loadImportView } from '../../auth/aclFor.js';
import { idOf, validateRecord, type SourceRule } from '../validate.js';
import { executorRunner } from '../runner.js';
import { applyGovernance, isGovernanceLine, validateGovernance, type GovernanceLine } from '../governance.js';
import type { GovernanceActor } from '../../sharing/retraction.js';
import { withPending } from '../pending.js';
import type { Counts, Rejection } from '../outcomes.js';
import { openInput, type OpenInput, type SourceItem } from '../readers/source.js';
import { readNdjson } from '../readers/ndjson.js';
import { csvTypeOf, readCsv } from '../readers/csv.js';
import { readFtm } from '../readers/ftm.js';
import { FtmMapper, type FtmMapperOptions } from '../ftm/map.js';
import { WatchlistGate } from './watchlistGate.js';
import { Batcher, type QueuedItem } from './batcher.js';
import { WriteQueue, type WriteKind } from './writeQueue.js';
import { BisectingWriter } from './bisect.js';
import { RelationshipIdLedger } from './idLedger.js';
import { PlanAhead } from './planAhead.js';
import { RejectsFile, rejectsPathOf } from './rejects.js';
import { DeferredSpill } from './deferred.js';
import { checkOptions, DEFAULT_BATCH, DEFAULT_PARALLEL, DEFAULT_RELATIONSHIP_PARALLEL, emptyReport, formatOf, totalBytes, type Format, type ImportOptions, type ImportReport } from './options.js';
import { byCodeUnit } from '../../model/order.js';

/** Who retractions and erasures from a file are recorded as done by (`retractedBy`, `erasedBy`). */
export const IMPORT_SUBJECT = 'npm run import';
/** `retract` / `erase` lines applied at once (after every record read before them is written). */
const GOVERNANCE_CHUNK = 1000;

export class ImportOptionsError extends Error {
  override name = 'ImportOptionsError';
}

export async function importFiles(executor: GraphExecutor, opts: ImportOptions): Promise<ImportReport> {
  const problems = checkOptions(opts);
  if (problems.length) throw new ImportOptionsError(problems.join('\n'));
  // Loading the ACL map also proves the agency is registered (an unknown one is refused), even when
  // --trust-sources then lets relationships join any agency's records.
  const own = await loadImportView(executor, opts.agency);
  const acl = opts.trustSources ? 'all' : own;
  const actor = { executor, agency: opts.agency, by: IMPORT_SUBJECT };
  const dryRun = opts.dryRun ?? false;
  const writer = new BisectingWriter(executorRunner(executor, acl), dryRun, dryRun ? undefined : new RelationshipIdLedger(), opts.batchSize ?? DEFAULT_BATCH);
  const run = new ImportRun(writer, opts, actor);
  try {
    for (let i = 0; i < opts.files.length; i++) await run.readFile(i);
    return await run.finish();
  } finally {
    run.dispose();
  }
}

async function* malformedFile(message: string): AsyncGenerator<SourceItem> {
  yield { line: 0, malformed: message };
}

/** The candidate records of one input file in its format (shared with the offline initial load). */
export function sourceItems(file: string, format: Format, input: OpenInput, csvType: string | undefined, mapper: () => FtmMapper): AsyncGenerator<SourceItem> {
  if (format === 'ndjson') return readNdjson(input.stream);
  if (format === 'ftm') return readFtm(input.stream, mapper());
  const type = csvTypeOf(file, csvType);
  if (!type) return malformedFile('cannot tell the record type: name the file after it (Person.csv, RECRUITED.csv) or pass --type');
  return readCsv(input.stream, type);
}

/** FtM entities carry no provenance of their own: the options give it. */
export function newFtmMapper(opts: ImportOptions, started: number, mapperOpts: FtmMapperOptions = {}): FtmMapper {
  const given = opts.ftm;
  const reportedAt = given?.reportedAt ?? new Date(started).toISOString();
  return new FtmMapper({ source: opts.agency, marking: given?.marking ?? 'AMBER', reportedAt, confidence: given?.confidence ?? 1 }, mapperOpts);
}

class ImportRun {
  private readonly started = Date.now();
  private readonly rule: SourceRule;
  private readonly batcher: Batcher;
  private readonly queue: WriteQueue<QueuedItem[]>;
  private readonly rejects: RejectsFile[];
  private readonly spill = new DeferredSpill();
  /** Dry runs only: types of the nodes read so far, to judge relationships as if those were written. */
  private readonly nodeTypes: Map<string, NodeType> | undefined;
  private readonly superseded: Array<[QueuedItem, QueuedItem]> = [];
  /** Relationship statements planned while node batches write (planAhead.ts); null when switched off. */
  private readonly planAhead: PlanAhead | null;
  private readonly bytesTotal: number;
  private bytesDone = 0;
  private current: OpenInput | undefined;
  private mapper: FtmMapper | undefined;
  private gate: WatchlistGate | undefined;
  private finalPass = false;
  private firstRelationshipMs: number | null = null;
  private readonly report: ImportReport;
  private lines: Array<{ file: number; line: number; item: GovernanceLine }> = [];

  constructor(
    private readonly writer: BisectingWriter,
    private readonly opts: ImportOptions,
    private readonly actor: GovernanceActor,
  ) {
    this.rule = { agency: opts.agency, trustSources: opts.trustSources ?? false };
    const batchSize = opts.batchSize ?? DEFAULT_BATCH;
    this.batcher = new Batcher(batchSize, (dropped, kept) => void this.superseded.push([dropped, kept]));
    this.queue = new WriteQueue(
      (items) => this.writeBatch(items),
      opts.parallel ?? DEFAULT_PARALLEL,
      opts.relationshipParallel ?? DEFAULT_RELATIONSHIP_PARALLEL,
      // Order decides between two batches sharing a relationship id (the first record wins), and in the
      // final pass the watchlist gate writes as it goes: those run one after the other.
      (a, b) => this.finalPass || sharesId(a, b),
    );
    this.rejects = opts.files.map((f) => new RejectsFile(rejectsPathOf(f)));
    this.planAhead = (opts.planAhead ?? false) ? new PlanAhead((type) => writer.plan(type, batchSize), RELATIONSHIP_TYPES) : null;
    this.nodeTypes = opts.dryRun ? new Map() : undefined;
    this.bytesTotal = totalBytes(opts.files);
    this.report = emptyReport(opts);
  }

  async readFile(index: number): Promise<void> {
    const file = this.opts.files[index]!;
    this.current = openInput(file);
    try {
      for await (const item of this.itemsOf(file, this.report.files[index]!.format, this.current)) await this.accept(index, item);
      this.bytesDone += this.current.bytesRead();
    } finally {
      this.current.stream.destroy();
      this.current = undefined;
    }
  }

  private itemsOf(file: string, format: Format, input: OpenInput): AsyncGenerator<SourceItem> {
    return sourceItems(file, format, input, this.opts.csvType, () => {
      this.mapper ??= newFtmMapper(this.opts, this.started);
      this.gate ??= new WatchlistGate(this.mapper, this.writer, this.rule, this.nodeTypes);
      return this.mapper;
    });
  }

  private async accept(file: number, item: SourceItem): Promise<void> {
    this.report.files[file]!.read += 1;
    this.report.totals.read += 1;
    if (this.report.totals.read % 2000 === 0) this.progress();
    if (item.malformed !== undefined) return this.reject(file, item.line, undefined, { code: 'MALFORMED', message: item.malformed }, item.text);
    if (isGovernanceLine(item.raw)) return this.acceptLine(file, item.line, item.raw as object);
    const v = validateRecord(item.raw, this.rule);
    if (!v.ok) return this.reject(file, item.line, idOf(item.raw), v.rejection);
    if (this.nodeTypes && v.record.kind === 'node') this.nodeTypes.set(v.record.id, v.record.type);
    if (v.record.kind === 'relationship') this.planAhead?.met(v.record.type);
    // A listing on a sanctions programme not written yet waits for the final pass (watchlistGate.ts).
    if (this.gate?.waits(v.record)) return this.spill.add({ file, line: item.line, record: v.record });
    const full = this.batcher.add({ record: v.record, file, line: item.line });
    await this.rejectSuperseded();
    if (full) await this.submit(full);
  }

  private async acceptLine(file: number, line: number, raw: object): Promise<void> {
    const g = validateGovernance(raw, this.rule);
    if (!g.ok) return this.reject(file, line, idOf(raw), g.rejection);
    this.lines.push({ file, line, item: g.line });
    if (this.lines.length >= GOVERNANCE_CHUNK) await this.applyLines();
  }

  /** Retractions and erasures act on what the input has written so far: every record batch is flushed first. */
  private async applyLines(): Promise<void> {
    if (this.lines.length === 0) return;
    await this.flushAll();
    const lines = this.lines;
    this.lines = [];
    const result = await applyGovernance(this.actor, lines.map((l) => l.item), this.opts.dryRun ?? false, this.nodeTypes && new Set(this.nodeTypes.keys()));
    const t = this.report.totals;
    t.retracted += result.retracted;
    t.erased += result.erased;
    t.unchanged += result.unchanged;
    for (const r of result.rejected) await this.reject(lines[r.index]!.file, lines[r.index]!.line, lines[r.index]!.item.id, r.rejection);
  }

  private async rejectSuperseded(): Promise<void> {
    for (const [dropped, kept] of this.superseded.splice(0)) {
      const where = kept.file === dropped.file ? `line ${kept.line}` : `line ${kept.line} of ${this.opts.files[kept.file]}`;
      await this.reject(dropped.file, dropped.line, dropped.record.id, { code: 'DUPLICATE', field: 'id', message: `id: repeated at ${where}, which is the one written` });
    }
  }

  private async submit(items: QueuedItem[]): Promise<void> {
    // An input of at least one full batch: worth the plans of the relationship statements it may meet.
    this.planAhead?.start();
    // Endpoints first: a relationship batch waits for every node read before it.
    if (items[0]!.record.kind === 'relationship') for (const nodes of this.batcher.take('node')) await this.queue.submit(nodes, 'shared');
    await this.queue.submit(items, kindOfWrite(items));
  }

  private async flushAll(): Promise<void> {
    for (const kind of ['node', 'relationship'] as const) for (const batch of this.batcher.take(kind)) await this.queue.submit(batch, kindOfWrite(batch));
    await this.queue.drain();
  }

  private async writeBatch(items: QueuedItem[]): Promise<void> {
    const relationships = items[0]!.record.kind === 'relationship';
    if (relationships) {
      this.firstRelationshipMs ??= Date.now() - this.started;
      await this.planAhead?.ready(items[0]!.record.type as RelationshipType);
    }
    const nodeTypes = this.nodeTypes;
    if (relationships && this.finalPass && this.gate) {
      const lists = await this.gate.release(items);
      this.count(lists.counts, false);
      for (const r of lists.rejected) await this.reject(r.file, r.line, r.id, r.rejection);
    }
    const batch = nodeTypes ? items.map((it) => withPending(it, nodeTypes)) : items;
    const { counts, rejected } = await this.writer.write(batch);
    this.count(counts, relationships);
    for (const r of rejected) {
      const it = items[r.index]!;
      if (r.outcome === 'unknownEndpoint' && !this.finalPass) await this.spill.add({ file: it.file, line: it.line, record: it.record });
      else await this.reject(it.file, it.line, it.record.id, r.rejection);
    }
    this.progress();
  }

  private count(counts: Counts, relationships: boolean): void {
    const t = this.report.totals;
    t.created += counts.created;
    t.updated += counts.updated;
    t.unchanged += counts.unchanged;
    t[relationships ? 'relationships' : 'nodes'] += counts.created + counts.updated + counts.unchanged;
  }

  async finish(): Promise<ImportReport> {
    await this.planAhead?.stop();
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
    await this.applyLines();
    this.report.files.forEach((f, i) => (f.rejected = this.rejects[i]!.count));
    for (const [i, r] of this.rejects.entries()) this.report.files[i]!.rejectsFile = await r.close();
    this.report.unmappedSchemata = sortedCounts(this.mapper?.unmapped);
    this.report.droppedProperties = sortedCounts(this.mapper?.dropped);
    this.report.elapsedMs = Date.now() - this.started;
    this.report.firstRelationshipMs = this.firstRelationshipMs;
    this.progress();
    return this.report;
  }

  private async reject(file: number, line: number, id: string | undefined, r: Rejection, text?: string): Promise<void> {
    this.report.totals.rejected += 1;
    await this.rejects[file]!.add(line, id, r, text);
  }

  private progress(): void {
    const t = this.report.totals;
    this.opts.onProgress?.({
      bytesRead: this.bytesDone + (this.current?.bytesRead() ?? 0),
      bytesTotal: this.bytesTotal,
      read: t.read,
      written: t.created + t.updated + t.unchanged,
      rejected: t.rejected,
      elapsedMs: Date.now() - this.started,
    });
  }

  dispose(): void {
    void this.planAhead?.stop();
    this.spill.dispose();
  }
}

export const sortedCounts = (m: ReadonlyMap<string, number> | undefined): Record<string, number> =>
  Object.fromEntries([...(m ?? [])].sort(([a], [b]) => byCodeUnit(a, b)));

/** A batch's record ids, made once per batch (the queue asks again each time a write ends). */
const idsOf = new WeakMap<readonly QueuedItem[], Set<string>>();

/** True when two batches hold a record id in common. */
function sharesId(a: readonly QueuedItem[], b: readonly QueuedItem[]): boolean {
  let ids = idsOf.get(a);
  if (!ids) idsOf.set(a, (ids = new Set(a.map((it) => it.record.id))));
  return b.some((it) => ids.has(it.record.id));
}

/** Node batches may overlap each other; relationship batches run alone or two at once (see writeQueue.ts). */
const kindOfWrite = (items: QueuedItem[]): WriteKind => (items[0]!.record.kind === 'node' ? 'shared' : 'exclusive');

