// Options of a file import (CLI and benchmark), their limits and defaults, and the report it returns.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Marking } from '../../model/graphModel.js';
import type { Counts } from '../outcomes.js';

export const FORMATS = ['ndjson', 'csv', 'ftm'] as const;
export type Format = (typeof FORMATS)[number];

/** Rows per UNWIND (and per transaction); larger batches stop paying off and hold more memory in Neo4j. */
export const DEFAULT_BATCH = 5000;
export const MAX_BATCH = 20000;
/** Node batches written at once. */
export const DEFAULT_PARALLEL = 2;
export const MAX_PARALLEL = 4;
/**
 * Relationship batches in flight at once (writeQueue.ts): the second is planned and sent while the
 * first writes; their writes still take turns on the namespace's id lock, and two batches sharing a
 * relationship id never overlap. 40k-people world 71.4-72.8 s against 80.2-80.6 s with one (docs/import.md).
 */
export const DEFAULT_RELATIONSHIP_PARALLEL = 2;
export const MAX_RELATIONSHIP_PARALLEL = 2;

export interface ImportOptions {
  files: string[];
  /** Detected per file when absent: `.csv` CSV, `.ftm.json` / `.ftm` FtM, another name FtM when its first line is an entity, else NDJSON. */
  format?: Format;
  /** CSV only: the node or relationship type of every file (otherwise named by the file). */
  csvType?: string;
  agency: string;
  /** Keep each record's own `source` (administrators, local use: benchmarks, migrations). */
  trustSources?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  /** Node batches written at once, 1..MAX_PARALLEL. */
  parallel?: number;
  /** Relationship batches in flight at once, 1..MAX_RELATIONSHIP_PARALLEL (see writeQueue.ts). */
  relationshipParallel?: number;
  /**
   * Plan the relationship statements while node batches write (planAhead.ts); default false: on two
   * cores the plans take CPU the node batches and the reading need, and the import is slower with them.
   */
  planAhead?: boolean;
  /** Provenance for FtM entities, which carry none of their own. */
  ftm?: { marking: Marking; reportedAt: string; confidence: number };
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  read: number;
  written: number;
  rejected: number;
  elapsedMs: number;
}

export interface FileReport {
  file: string;
  format: Format;
  /** Records read (an FtM entity may give several, or none). */
  read: number;
  rejected: number;
  rejectsFile: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  files: FileReport[];
  /** `retracted` / `erased`: records retracted and erased by `retract` / `erase` lines (ingest/governance.ts). */
  totals: Counts & { read: number; nodes: number; relationships: number; retracted: number; erased: number };
  /** Relationships written in the second pass because their endpoints came later in the input. */
  deferred: number;
  /** FtM entities of schemata with no mapping, by schema. */
  unmappedSchemata: Record<string, number>;
  /** FtM properties of mapped entities that gave no stored value, by `Schema.property`: how many entities. */
  droppedProperties: Record<string, number>;
  elapsedMs: number;
  /** When the first relationship batch was written (benchmarks split node and relationship rates). */
  firstRelationshipMs: number | null;
  /** `--initial` only: reading and validating; Neo4j's offline importer; start with schema (index builds); settling. */
  phasesMs?: { validate: number; offlineImport: number; startAndIndex: number; settle: number };
}

export function formatOf(file: string, given?: Format): Format {
  if (given) return given;
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.ftm(\.jsonl?)?$/i.test(file)) return 'ftm';
  // Aleph and OpenSanctions exports are often plain `*.json`: their first entity tells them apart.
  return looksLikeFtm(firstLine(file)) ? 'ftm' : 'ndjson';
}

const SNIFF_BYTES = 64 * 1024;

/** The first non-blank line within the first 64 KiB, or '' (unreadable files fail later, with a reason). */
function firstLine(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    const text = buf.subarray(0, readSync(fd, buf, 0, SNIFF_BYTES, 0)).toString('utf8');
    return text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An FtM entity (`{id, schema, properties}`) and not a native record (which has `kind`). */
export function looksLikeFtm(line: string): boolean {
  try {
    const v = JSON.parse(line) as Record<string, unknown> | null;
    return typeof v === 'object' && v !== null && !('kind' in v) && typeof v.schema === 'string' && typeof v.properties === 'object' && v.properties !== null;
  } catch {
    return false;
  }
}

/** Problems with the options themselves, before any file is read. */
export function checkOptions(o: ImportOptions): string[] {
  const problems: string[] = [];
  const batch = o.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batch) || batch < 1 || batch > MAX_BATCH) problems.push(`--batch must be 1..${MAX_BATCH}`);
  const parallel = o.parallel ?? DEFAULT_PARALLEL;
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL) problems.push(`--parallel must be 1..${MAX_PARALLEL}`);
  const rel = o.relationshipParallel ?? DEFAULT_RELATIONSHIP_PARALLEL;
  if (!Number.isInteger(rel) || rel < 1 || rel > MAX_RELATIONSHIP_PARALLEL) problems.push(`--rel-parallel must be 1..${MAX_RELATIONSHIP_PARALLEL}`);
  if (o.files.length === 0) problems.push('name at least one file');
  for (const f of o.files) {
    try {
      if (!statSync(f).isFile()) problems.push(`${f} is not a file`);
    } catch {
      problems.push(`${f} does not exist`);
    }
  }
  return problems;
}

export const totalBytes = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);

/** A report with nothing read yet, one entry per input file. */
export function emptyReport(opts: Pick<ImportOptions, 'files' | 'format' | 'dryRun'>): ImportReport {
  return {
    dryRun: opts.dryRun ?? false,
    files: opts.files.map((file) => ({ file, format: formatOf(file, opts.format), read: 0, rejected: 0, rejectsFile: null })),
    totals: { read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, nodes: 0, relationships: 0, retracted: 0, erased: 0 },
    deferred: 0,
    unmappedSchemata: {},
    droppedProperties: {},
    elapsedMs: 0,
    firstRelationshipMs: null,
  };
}
