// Validated records as the CSV tables `neo4j-admin database import` reads: one node file and one
// relationship file per type, each with a header that types every column. The columns are read off
// the same zod schemas the transactional path validates with, and the stored values are the same
// (provenance, marking rank, temporal types, derived matching keys), so either path builds one graph.
import { join } from 'node:path';
import {
  documentNumberKey,
  markingRank,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
  TEMPORAL_FIELDS,
  type GraphRecord,
  type NodeType,
  type RelationshipType,
} from '../../model/graphModel.js';
import { NAME_KEYS_VERSION, personKeys } from '../../identity/nameKeys.js';
import { KEYS_META } from '../../identity/backfill.js';
import { NAMES, namesOf } from '../../search/names.js';
import { NAMES_META, NAMES_VERSION } from '../../search/namesBackfill.js';
import { cellKind, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from '../schemas.js';
import { LineWriter } from '../import/lineWriter.js';
import { idOf, validateRecord, type SourceRule } from '../validate.js';
import type { Rejection } from '../outcomes.js';

/** Between array elements and labels; refused inside values (validate with `unsafeText`). */
export const ARRAY_DELIMITER = '\u001f';
/** The ID space every record id lives in: the `Entity` label's unique id. */
const ID_SPACE = 'Entity';

type CsvType = 'string' | 'string[]' | 'double' | 'date' | 'datetime';
interface Column {
  name: string;
  type: CsvType;
  value: (r: GraphRecord, derived: Record<string, unknown>) => unknown;
}

const prop = (key: string) => (r: GraphRecord) => r.properties[key];

function ownColumns(type: NodeType | RelationshipType): Column[] {
  const schema = (NODE_PROPERTIES as Record<string, unknown>)[type] ?? (RELATIONSHIP_PROPERTIES as Record<string, unknown>)[type];
  const shape = (schema as { shape: Record<string, unknown> }).shape;
  const temporal = TEMPORAL_FIELDS[type] ?? {};
  return Object.keys(shape).map((key) => {
    const kind = cellKind(schema as never, key);
    const csv: CsvType = temporal[key] ?? (kind === 'list' ? 'string[]' : kind === 'number' ? 'double' : 'string');
    return { name: key, type: csv, value: prop(key) };
  });
}

// JavaScript numbers reach Neo4j through the driver as floats, so the transactional path stores
// doubles; these columns do the same, or a later re-import would see every record as "updated".
/** One offline load per process: its records are stored at its start. */
const STORED_AT = new Date().toISOString();
const PROVENANCE: Column[] = [
  { name: 'source', type: 'string', value: (r) => r.source },
  { name: 'marking', type: 'string', value: (r) => r.marking },
  { name: 'markingRank', type: 'double', value: (r) => markingRank(r.marking) },
  { name: 'reportedAt', type: 'datetime', value: (r) => r.reportedAt },
  { name: 'validFrom', type: 'datetime', value: (r) => r.validFrom },
  { name: 'validTo', type: 'datetime', value: (r) => r.validTo },
  { name: 'confidence', type: 'double', value: (r) => r.confidence },
  { name: 'sourceRef', type: 'string', value: (r) => r.sourceRef },
  // The owner's retention review clock starts when the record is stored, as ingest does (sharing/retention.ts).
  { name: 'reviewedAt', type: 'datetime', value: () => STORED_AT },
];

/** Search's fuzzy field (search/names.ts), on every type with a name. */
const NAMES_COLUMN: Column = { name: NAMES, type: 'string[]', value: (r) => namesOf(r.properties) };

const DERIVED: Partial<Record<NodeType, Column[]>> = {
  Person: [
    { name: 'nameKeys', type: 'string[]', value: (_r, d) => d.nameKeys },
    { name: 'nameTokens', type: 'string[]', value: (_r, d) => d.nameTokens },
    { name: 'undatedKeys', type: 'string[]', value: (_r, d) => d.undatedKeys },
    NAMES_COLUMN,
  ],
  Organisation: [NAMES_COLUMN],
  Location: [NAMES_COLUMN],
  Watchlist: [NAMES_COLUMN],
  Document: [{ name: 'numberKey', type: 'string', value: (r) => documentNumberKey(String(r.properties.number)) }],
};

function derivedOf(r: GraphRecord): Record<string, unknown> {
  if (r.kind !== 'node' || r.type !== 'Person') return {};
  const p = r.properties;
  return { ...personKeys({ name: String(p.name), aliases: p.aliases as string[] | undefined, birthDate: p.birthDate as string | undefined }) };
}

function columnsOf(kind: 'node' | 'relationship', type: NodeType | RelationshipType): Column[] {
  const id: Column = { name: kind === 'node' ? `id:ID(${ID_SPACE})` : 'id', type: 'string', value: (r) => r.id };
  const head: Column[] =
    kind === 'node'
      ? [id, { name: ':LABEL', type: 'string', value: (r) => `${ID_SPACE}${ARRAY_DELIMITER}${r.type}` }]
      : [
          { name: `:START_ID(${ID_SPACE})`, type: 'string', value: (r) => (r.kind === 'relationship' ? r.from : '') },
          { name: `:END_ID(${ID_SPACE})`, type: 'string', value: (r) => (r.kind === 'relationship' ? r.to : '') },
          { name: ':TYPE', type: 'string', value: (r) => r.type },
          id,
        ];
  return [...head, ...ownColumns(type), ...PROVENANCE, ...(kind === 'node' ? DERIVED[type as NodeType] ?? [] : [])];
}

const headerName = (c: Column) => (c.name.startsWith(':') || c.name.includes(':') || c.type === 'string' ? c.name : `${c.name}:${c.type}`);

/** A CSV field: absent values stay empty (no property), text is always quoted. */
function cell(c: Column, v: unknown): string {
  if (v === undefined || v === null) return '';
  if (c.type === 'double') return String(v);
  if (c.type === 'datetime') return new Date(Date.parse(String(v).length === 10 ? `${v}T00:00:00Z` : String(v))).toISOString();
  if (c.type === 'date') return String(v).slice(0, 10);
  const text = c.type === 'string[]' ? (v as unknown[]).map(String).join(ARRAY_DELIMITER) : String(v);
  return `"${text.replaceAll('"', '""')}"`;
}

/** The field whose value would break the CSV encoding (the array delimiter; line breaks are fine, quoted). */
function unsafeText(r: GraphRecord): string | undefined {
  const check = (v: unknown): boolean => (typeof v === 'string' ? v.includes(ARRAY_DELIMITER) : Array.isArray(v) ? v.some(check) : false);
  for (const [k, v] of Object.entries(r.properties)) if (check(v)) return `properties.${k}`;
  if (r.sourceRef?.includes(ARRAY_DELIMITER)) return 'sourceRef';
  return undefined;
}

/** A record as one line of its type's table; `key` names the table (`node:Person`). Pure: workers call it. */
export function csvRow(r: GraphRecord): { key: string; row: string } {
  const columns = columnsFor(r.kind, r.type);
  const derived = derivedOf(r);
  return { key: `${r.kind}:${r.type}`, row: columns.map((c) => cell(c, c.value(r, derived))).join(',') };
}

const columnCache = new Map<string, Column[]>();
function columnsFor(kind: 'node' | 'relationship', type: NodeType | RelationshipType): Column[] {
  const key = `${kind}:${type}`;
  let columns = columnCache.get(key);
  if (!columns) columnCache.set(key, (columns = columnsOf(kind, type)));
  return columns;
}

export type Judged = { ok: true; record: GraphRecord } | { ok: false; id: string | undefined; rejection: Rejection };

/** The transactional import's validation plus what the CSV tables cannot carry: one verdict per raw record. */
export function judgeForTables(raw: unknown, rule: SourceRule): Judged {
  const v = validateRecord(raw, rule);
  if (!v.ok) return { ok: false, id: idOf(raw), rejection: v.rejection };
  const unsafe = unsafeText(v.record);
  if (unsafe) return { ok: false, id: v.record.id, rejection: { code: 'INVALID', field: unsafe, message: `${unsafe}: contains the control character U+001F` } };
  return v;
}

interface Table {
  path: string;
  writer: LineWriter;
}

/** The open CSV files of one load, created on the first record of each type. */
export class CsvTables {
  private readonly tables = new Map<string, Table>();
  rows = 0;

  constructor(private readonly dir: string) {}

  async add(r: GraphRecord): Promise<void> {
    const { key, row } = csvRow(r);
    await this.addRow(key, row);
  }

  /** A line made by `csvRow` (here or in a worker). */
  async addRow(key: string, row: string): Promise<void> {
    let t = this.tables.get(key);
    if (!t) {
      const [kind, type] = key.split(':') as ['node' | 'relationship', NodeType | RelationshipType];
      const path = join(this.dir, `${kind}-${type}.csv`);
      t = { path, writer: new LineWriter(path) };
      await t.writer.write(columnsFor(kind, type).map(headerName).join(','));
      this.tables.set(key, t);
    }
    this.rows += 1;
    await t.writer.write(row);
  }

  /** Closes every file; returns the node files and relationship files, in the model's type order. */
  async close(): Promise<{ nodes: string[]; relationships: string[] }> {
    for (const t of this.tables.values()) await t.writer.close();
    const pick = (kind: string, types: readonly string[]) => types.map((ty) => this.tables.get(`${kind}:${ty}`)?.path).filter((p): p is string => !!p);
    // The name keys and search names above are this release's: recorded, so the first start neither
    // re-keys everyone nor fills `names` again.
    const meta = new LineWriter(join(this.dir, 'meta.csv'));
    await meta.write(':LABEL,key,version:double');
    await meta.write(`"SkeinMeta","${KEYS_META}",${NAME_KEYS_VERSION}`);
    await meta.write(`"SkeinMeta","${NAMES_META}",${NAMES_VERSION}`);
    await meta.close();
    return { nodes: [...pick('node', NODE_TYPES), meta.path], relationships: pick('relationship', RELATIONSHIP_TYPES) };
  }
}
