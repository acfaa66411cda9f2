// `npm run import -- --initial`: the first load of an empty local database at store-file speed.
// Pass 1 reads and validates every record exactly as the transactional import does (same readers,
// same rules, same rejects file) and writes CSV tables; Neo4j's offline importer builds the store;
// then the database starts, the schema is applied and the agencies registered. What the offline
// importer cannot judge is settled afterwards with the transactional rules, so both paths end in
// the same graph and the same rejects: repeated ids (the last record wins), relationships to unknown
// records, endpoints of the wrong type. Pass 2 re-reads the input only when such records exist.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphExecutor } from '../../graph/executor.js';
import type { GraphRecord, RelationshipType } from '../../model/graphModel.js';
import { RELATIONSHIP_TYPES } from '../../model/graphModel.js';
import { AGENCIES, AGREEMENTS } from '../../../seed/agencies.js';
import { loadImportView } from '../../auth/aclFor.js';
import { adminImport, localDatabaseExists } from '../../localdb/adminImport.js';
import type { SourceRule } from '../validate.js';
import { executorRunner } from '../runner.js';
import { runBatch, type BatchItem } from '../batch.js';
import { ENDPOINTS } from '../../model/endpoints.js';
import { writeAgencies } from '../writeRecords.js';
import type { Rejection } from '../outcomes.js';
import { openInput } from '../readers/source.js';
import { RejectsFile, rejectsPathOf } from '../import/rejects.js';
import { newFtmMapper, sortedCounts, sourceItems } from '../import/importer.js';
import type { FtmMapper } from '../ftm/map.js';
import { globalId } from '../../model/ids.js';
import { checkOptions, emptyReport, totalBytes, type ImportOptions, type ImportReport } from '../import/options.js';
import { ARRAY_DELIMITER, CsvTables, judgeForTables } from './csvTables.js';
import { SeenKeys } from './seenKeys.js';
import { CHUNK_LINES, ValidatorPool, type ChunkResult } from './validatorPool.js';
import { createInterface } from 'node:readline';
import { APPEND_BULK_LOAD } from '../../watches/outbox.js';
import { int } from '../../graph/params.js';

export class InitialLoadError extends Error {
  override name = 'InitialLoadError';
}

export interface InitialLoadOptions extends ImportOptions {
  /** The local launcher's data folder (SKEIN_DB_DATA); it must not hold a database yet. */
  dataDir: string;
  /** Heap of the offline importer's JVM. */
  heap?: string;
  /** Starts the freshly imported local database and applies the schema; closes it afterwards. */
  open: () => Promise<{ executor: GraphExecutor; close: () => Promise<void> }>;
  /** Worker threads validating NDJSON in pass 1: default one per core; 0 validates on the main thread. */
  workers?: number;
  /** Lines of the offline importer's own progress. */
  onStage?: (line: string) => void;
}

export function initialLoadProblems(opts: Pick<InitialLoadOptions, 'dataDir' | 'dryRun' | 'agency' | 'trustSources'>): string[] {
  const problems: string[] = [];
  if (opts.dryRun) problems.push('--initial writes store files directly and has no dry run; use --dry-run without --initial');
  if (localDatabaseExists(opts.dataDir)) {
    problems.push(`--initial fills an empty database only, and ${opts.dataDir} already holds one: stop the API and move that folder aside (or point SKEIN_DB_DATA at a new one), or import without --initial`);
  }
  // --trust-sources keeps other agencies' sources, but the importing agency itself must still exist.
  if (!AGENCIES.some((a) => a.code === opts.agency)) problems.push(`agency ${opts.agency} is not registered`);
  return problems;
}

interface Occurrence {
  file: number;
  line: number;
  record: GraphRecord;
}

/** What the offline importer could not judge, found after it ran; keyed as the records are in pass 2. */
interface Settle {
  repeatedNodes: Set<string>;
  /** Relationship ids (whatever their type) written more than once. */
  repeatedRelationships: Set<string>;
  unknownEndpoint: Set<string>;
  endpointType: Set<string>;
}

const DROP_EMPTY_WATCHLISTS = `UNWIND $ids AS id MATCH (w:Watchlist {id: id}) /* ACL_EXEMPT(w): OWN_WRITE */
  WHERE NOT ()-[:LISTED_ON]->(w) DETACH DELETE w`;

const relKey = (type: string, id: string) => `${type}|${id}`;
const tripleKey = (type: string, from: string, to: string) => `${type}|${from}|${to}`;

const REPEATED_NODE = /^Id '(.*)' is defined more than once in group 'Entity'$/;
const MISSING_NODE = /^(.*) \(Entity\)-\[([A-Z_]+)\]->(.*) \(Entity\) referring to missing node /;

export async function initialLoad(opts: InitialLoadOptions): Promise<ImportReport> {
  const problems = [...checkOptions(opts), ...initialLoadProblems(opts)];
  if (problems.length) throw new InitialLoadError(problems.join('\n'));
  const started = Date.now();
  const rule: SourceRule = { agency: opts.agency, trustSources: opts.trustSources ?? false };
  const report: ImportReport = emptyReport({ ...opts, dryRun: false });
  const rejects = opts.files.map((f) => new RejectsFile(rejectsPathOf(f)));
  const reject = async (file: number, line: number, id: string | undefined, r: Rejection, text?: string) => {
    report.totals.rejected += 1;
    await rejects[file]!.add(line, id, r, text);
  };
  const work = mkdtempSync(join(tmpdir(), 'skein-initial-'));
  const bytesTotal = totalBytes(opts.files);
  let mapper: FtmMapper | undefined;

  /** Reads every file once, handing each valid record (with where it came from) to `take`. */
  const pass = async (
    bytesBefore: number,
    take: (o: Occurrence) => Promise<void>,
    onInvalid?: (file: number, line: number, id: string | undefined, r: Rejection, text?: string) => Promise<void>,
    /** Reads a file itself instead (the worker path of pass 1); returns the bytes it read. */
    elsewhere?: (file: number, path: string, bytesBefore: number) => Promise<number> | undefined,
  ) => {
    let bytesDone = bytesBefore;
    let seen = 0;
    for (const [file, path] of opts.files.entries()) {
      const done = elsewhere?.(file, path, bytesDone);
      if (done) {
        bytesDone += await done;
        continue;
      }
      const input = openInput(path);
      try {
        for await (const item of sourceItems(path, report.files[file]!.format, input, opts.csvType, () => (mapper ??= newFtmMapper(opts, started, { eagerWatchlists: true })))) {
          if (++seen % 5000 === 0) progress(bytesDone + input.bytesRead());
          if (item.malformed !== undefined) {
            await onInvalid?.(file, item.line, undefined, { code: 'MALFORMED', message: item.malformed }, item.text);
            continue;
          }
          const v = judgeForTables(item.raw, rule);
          if (v.ok) await take({ file, line: item.line, record: v.record });
          else await onInvalid?.(file, item.line, v.id, v.rejection);
        }
        bytesDone += input.bytesRead();
      } finally {
        input.stream.destroy();
      }
    }
  };
  const progress = (bytesRead: number) =>
    opts.onProgress?.({ bytesRead, bytesTotal, read: report.totals.read, written: 0, rejected: report.totals.rejected, elapsedMs: Date.now() - started });

  try {
    // Pass 1: validate and tabulate.
    const tables = new CsvTables(work);
    // Relationship ids are no ID space to the offline importer: repeats are nominated here. An id is
    // one record whatever its type, so a RECRUITED and an ASSOCIATE_OF with one id are a repeat too.
    const relationshipIds = new SeenKeys();
    const nominated: string[] = [];
    const seenRelationship = (_type: RelationshipType, id: string) => {
      if (relationshipIds.addSeen(id)) nominated.push(id);
    };
    const invalid = async (file: number, line: number, id: string | undefined, r: Rejection, text?: string) => {
      report.files[file]!.read += 1;
      report.totals.read += 1;
      await reject(file, line, id, r, text);
    };
    // NDJSON, the bulk format, is parsed and validated by one worker per core; others here.
    const pool = opts.workers === 0 ? undefined : new ValidatorPool(rule, opts.workers);
    try {
      await pass(
        0,
        async (o) => {
          report.files[o.file]!.read += 1;
          report.totals.read += 1;
          const r = o.record;
          if (r.kind === 'relationship') seenRelationship(r.type, r.id);
          await tables.add(r);
        },
        invalid,
        (file, path, bytesBefore) =>
          pool && report.files[file]!.format === 'ndjson'
            ? ndjsonInWorkers(pool, path, async (result) => {
                for (const [key, row] of result.rows) await tables.addRow(key, row);
                for (const [type, id] of result.relationshipKeys) seenRelationship(type, id);
                report.files[file]!.read += result.rows.length;
                report.totals.read += result.rows.length;
                for (const x of result.rejects) await invalid(file, x.line, x.id, x.rejection, x.text);
              }, (bytes) => progress(bytesBefore + bytes))
            : undefined,
      );
    } finally {
      await pool?.close();
    }
    const csv = await tables.close();
    // Taken now: pass 2 reads the files again through the same mapper, which would count everything twice.
    const ftmCounts = { unmapped: sortedCounts(mapper?.unmapped), dropped: sortedCounts(mapper?.dropped) };
    const validated = Date.now();
    const imported = await adminImport({
      dataDir: opts.dataDir,
      nodes: csv.nodes,
      relationships: csv.relationships,
      arrayDelimiter: ARRAY_DELIMITER,
      reportFile: join(work, 'skipped.txt'),
      ...(opts.heap ? { heap: opts.heap } : {}),
      ...(opts.onStage ? { onLine: opts.onStage } : {}),
    });

    const offlineDone = Date.now();
    const db = await opts.open();
    const opened = Date.now();
    try {
      await writeAgencies(db.executor, AGENCIES, AGREEMENTS);
      const settle = await findUnsettled(db.executor, imported.skipped, nominated);
      const acl = opts.trustSources ? 'all' : await loadImportView(db.executor, opts.agency);
      const runner = executorRunner(db.executor, acl);
      if (settle.repeatedNodes.size + settle.repeatedRelationships.size + settle.unknownEndpoint.size + settle.endpointType.size > 0) {
        await settleRecords(opts, settle, runner, reject, (bytesBefore, take) => pass(bytesBefore, take), 0);
      }
      // The offline importer writes every watchlist node; one whose listings all failed goes again (the
      // graph was empty before this load, so nothing else can have put it there).
      // The mapper knows them by the file's own ids; stored under the importing agency's namespace.
      if (mapper) await db.executor.trustedWrite(DROP_EMPTY_WATCHLISTS, { ids: mapper.watchlistIds().map((id) => globalId(opts.agency, id)) });
      const [row] = await db.executor.trustedRead(
        `CALL { MATCH (n:Entity) RETURN count(n) AS nodes }
         CALL { MATCH ()-[r]->() RETURN count(r) AS all }
         CALL { MATCH ()-[s:SHARES_WITH]->() RETURN count(s) AS agreements }
         RETURN nodes, all - agreements AS relationships`,
      );
      report.totals.nodes = Number(row?.nodes ?? 0);
      report.totals.relationships = Number(row?.relationships ?? 0);
      report.totals.created = report.totals.nodes + report.totals.relationships;
      await db.executor.trustedWrite(APPEND_BULK_LOAD, {
        agency: opts.agency, nodes: int(report.totals.nodes), relationships: int(report.totals.relationships),
      });
    } finally {
      await db.close();
    }
    report.files.forEach((f, i) => (f.rejected = rejects[i]!.count));
    for (const [i, r] of rejects.entries()) report.files[i]!.rejectsFile = await r.close();
    report.unmappedSchemata = ftmCounts.unmapped;
    report.droppedProperties = ftmCounts.dropped;
    report.elapsedMs = Date.now() - started;
    report.phasesMs = { validate: validated - started, offlineImport: offlineDone - validated, startAndIndex: opened - offlineDone, settle: Date.now() - opened };
    progress(bytesTotal);
    return report;
  } finally {
    for (const r of rejects) await r.close().catch(() => null);
    rmSync(work, { recursive: true, force: true });
  }
}

/** Sends a file's lines to the workers in chunks; hands their results over in input order. */
async function ndjsonInWorkers(pool: ValidatorPool, path: string, take: (r: ChunkResult) => Promise<void>, onBytes: (bytes: number) => void): Promise<number> {
  const input = openInput(path);
  const inFlight: Array<Promise<ChunkResult>> = [];
  let lines: string[] = [];
  let lineNo = 0;
  let firstLine = 1;
  const send = async () => {
    const chunk = pool.run({ lines, firstLine });
    // Awaited in order below; one failing before its turn must not be an unhandled rejection meanwhile.
    chunk.catch(() => undefined);
    inFlight.push(chunk);
    lines = [];
    firstLine = lineNo + 1;
    // Two chunks per worker in flight: every worker busy, memory bounded.
    if (inFlight.length >= pool.size * 2) {
      await take(await inFlight.shift()!);
      onBytes(input.bytesRead());
    }
  };
  try {
    for await (const text of createInterface({ input: input.stream, crlfDelay: Infinity })) {
      lineNo += 1;
      lines.push(text);
      if (lines.length >= CHUNK_LINES) await send();
    }
    if (lines.length) await send();
    while (inFlight.length) await take(await inFlight.shift()!);
    return input.bytesRead();
  } finally {
    input.stream.destroy();
  }
}

/**
 * Reads the importer's skip report and checks, type by type, what only the graph can show: a
 * relationship id written twice, in one type or several (nominated in pass 1, confirmed here by the id indexes), and an
 * endpoint of a type the relationship cannot join (the count store answers "none" in O(1) per type;
 * only a type whose counts disagree is scanned). Offending relationships are deleted here.
 */
async function findUnsettled(executor: GraphExecutor, skipped: string[], nominated: readonly string[]): Promise<Settle> {
  const settle: Settle = { repeatedNodes: new Set(), repeatedRelationships: new Set(), unknownEndpoint: new Set(), endpointType: new Set() };
  for (const line of skipped) {
    const repeated = REPEATED_NODE.exec(line);
    if (repeated) settle.repeatedNodes.add(repeated[1]!);
    const missing = MISSING_NODE.exec(line);
    if (missing) settle.unknownEndpoint.add(tripleKey(missing[2]!, missing[1]!, missing[3]!));
  }
  // Labels and types below come from the closed tables only. A nominated id is repeated when it has
  // more than one copy over all types (the id index is per type: one seek per type).
  const copies = new Map<string, number>();
  for (const type of nominated.length ? RELATIONSHIP_TYPES : []) {
    const found = await executor.trustedRead(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() RETURN id, count(r) AS n`, { ids: nominated });
    for (const { id, n } of found) copies.set(String(id), (copies.get(String(id)) ?? 0) + Number(n));
  }
  const repeatedIds = [...copies].filter(([, n]) => n > 1).map(([id]) => id);
  for (const type of repeatedIds.length ? RELATIONSHIP_TYPES : []) {
    // Every copy goes; pass 2 writes the last record of the id through ingest.
    await executor.trustedWrite(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, { ids: repeatedIds });
  }
  for (const id of repeatedIds) settle.repeatedRelationships.add(id);
  const count = async (pattern: string) => Number((await executor.trustedRead(`MATCH ${pattern} RETURN count(r) AS n`))[0]?.n ?? 0);
  for (const type of RELATIONSHIP_TYPES) {
    const total = await count(`()-[r:${type}]->()`);
    if (total === 0) continue;
    const [from, to] = ENDPOINTS[type];
    let fromOk = 0;
    for (const l of from) fromOk += await count(`(:${l})-[r:${type}]->()`);
    let toOk = 0;
    for (const l of to) toOk += await count(`()-[r:${type}]->(:${l})`);
    if (fromOk === total && toOk === total) continue;
    const test = (v: string, types: readonly string[]) => types.map((t) => `${v}:${t}`).join(' OR ');
    const wrong = await executor.trustedWrite(
      `MATCH (a)-[r:${type}]->(b) WHERE NOT (${test('a', from)}) OR NOT (${test('b', to)})
       WITH r, r.id AS id DELETE r RETURN id`,
    );
    for (const { id } of wrong) settle.endpointType.add(relKey(type, String(id)));
  }
  return settle;
}

type Reject = (file: number, line: number, id: string | undefined, r: Rejection) => Promise<void>;
type Pass = (bytesBefore: number, take: (o: Occurrence) => Promise<void>) => Promise<void>;

/**
 * Pass 2: rejects what the importer skipped or the graph refused, by line, and writes the last of
 * each repeated id with the transactional rules (so a repeat is judged exactly as ingest judges it).
 */
async function settleRecords(opts: InitialLoadOptions, settle: Settle, runner: ReturnType<typeof executorRunner>, reject: Reject, pass: Pass, bytesBefore: number): Promise<void> {
  const repeats = new Map<string, Occurrence[]>();
  await pass(bytesBefore, async (o) => {
    const r = o.record;
    if (r.kind === 'node') {
      if (settle.repeatedNodes.has(r.id)) push(repeats, `node|${r.id}`, o);
      return;
    }
    if (settle.unknownEndpoint.has(tripleKey(r.type, r.from, r.to))) {
      return reject(o.file, o.line, r.id, { code: 'UNKNOWN_ENDPOINT', message: 'from/to: no such record (unknown id, or not visible to your agency)' });
    }
    if (settle.endpointType.has(relKey(r.type, r.id))) {
      return reject(o.file, o.line, r.id, { code: 'ENDPOINT_TYPE', message: 'from/to: an endpoint has a type this relationship cannot join' });
    }
    if (settle.repeatedRelationships.has(r.id)) push(repeats, `rel|${r.id}`, o);
  });
  const last: Occurrence[] = [];
  for (const list of repeats.values()) {
    const kept = list[list.length - 1]!;
    last.push(kept);
    for (const dropped of list.slice(0, -1)) {
      const where = kept.file === dropped.file ? `line ${kept.line}` : `line ${kept.line} of ${opts.files[kept.file]}`;
      await reject(dropped.file, dropped.line, dropped.record.id, { code: 'DUPLICATE', field: 'id', message: `id: repeated at ${where}, which is the one written` });
    }
  }
  // Nodes before relationships, as everywhere; one statement per chunk.
  last.sort((a, b) => (a.record.kind === b.record.kind ? 0 : a.record.kind === 'node' ? -1 : 1));
  for (let i = 0; i < last.length; i += 1000) {
    const chunk = last.slice(i, i + 1000);
    const result = await runBatch(runner, chunk.map((o): BatchItem => ({ record: o.record })), { dryRun: false, changeKind: 'IMPORT' });
    for (const r of result.rejected) {
      const o = chunk[r.index]!;
      await reject(o.file, o.line, o.record.id, r.rejection);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


