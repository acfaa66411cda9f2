import { join } from "node:path";
import {
  documentNumberKey,
  markingRank,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
  TEMPORAL_FIELDS
} from "../../model/graphModel.js";
import { NAME_KEYS_VERSION, personKeys } from "../../identity/nameKeys.js";
import { KEYS_META } from "../../identity/backfill.js";
import { cellKind, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from "../schemas.js";
import { LineWriter } from "../import/lineWriter.js";
import { idOf, validateRecord } from "../validate.js";
const ARRAY_DELIMITER = "";
const ID_SPACE = "Entity";
const prop = (key) => (r) => r.properties[key];
function ownColumns(type) {
  const schema = NODE_PROPERTIES[type] ?? RELATIONSHIP_PROPERTIES[type];
  const shape = schema.shape;
  const temporal = TEMPORAL_FIELDS[type] ?? {};
  return Object.keys(shape).map((key) => {
    const kind = cellKind(schema, key);
    const csv = temporal[key] ?? (kind === "list" ? "string[]" : kind === "number" ? "double" : "string");
    return { name: key, type: csv, value: prop(key) };
  });
}
const PROVENANCE = [
  { name: "source", type: "string", value: (r) => r.source },
  { name: "marking", type: "string", value: (r) => r.marking },
  { name: "markingRank", type: "double", value: (r) => markingRank(r.marking) },
  { name: "reportedAt", type: "datetime", value: (r) => r.reportedAt },
  { name: "validFrom", type: "datetime", value: (r) => r.validFrom },
  { name: "validTo", type: "datetime", value: (r) => r.validTo },
  { name: "confidence", type: "double", value: (r) => r.confidence },
  { name: "sourceRef", type: "string", value: (r) => r.sourceRef }
];
const DERIVED = {
  Person: [
    { name: "nameKeys", type: "string[]", value: (_r, d) => d.nameKeys },
    { name: "nameTokens", type: "string[]", value: (_r, d) => d.nameTokens }
  ],
  Document: [{ name: "numberKey", type: "string", value: (r) => documentNumberKey(String(r.properties.number)) }]
};
function derivedOf(r) {
  if (r.kind !== "node" || r.type !== "Person") return {};
  const p = r.properties;
  return { ...personKeys({ name: String(p.name), aliases: p.aliases, birthDate: p.birthDate }) };
}
function columnsOf(kind, type) {
  const id = { name: kind === "node" ? `id:ID(${ID_SPACE})` : "id", type: "string", value: (r) => r.id };
  const head = kind === "node" ? [id, { name: ":LABEL", type: "string", value: (r) => `${ID_SPACE}${ARRAY_DELIMITER}${r.type}` }] : [
    { name: `:START_ID(${ID_SPACE})`, type: "string", value: (r) => r.kind === "relationship" ? r.from : "" },
    { name: `:END_ID(${ID_SPACE})`, type: "string", value: (r) => r.kind === "relationship" ? r.to : "" },
    { name: ":TYPE", type: "string", value: (r) => r.type },
    id
  ];
  return [...head, ...ownColumns(type), ...PROVENANCE, ...kind === "node" ? DERIVED[type] ?? [] : []];
}
const headerName = (c) => c.name.startsWith(":") || c.name.includes(":") || c.type === "string" ? c.name : `${c.name}:${c.type}`;
function cell(c, v) {
  if (v === void 0 || v === null) return "";
  if (c.type === "double") return String(v);
  if (c.type === "datetime") return new Date(Date.parse(String(v).length === 10 ? `${v}T00:00:00Z` : String(v))).toISOString();
  if (c.type === "date") return String(v).slice(0, 10);
  const text = c.type === "string[]" ? v.map(String).join(ARRAY_DELIMITER) : String(v);
  return `"${text.replaceAll('"', '""')}"`;
}
function unsafeText(r) {
  const check = (v) => typeof v === "string" ? v.includes(ARRAY_DELIMITER) : Array.isArray(v) ? v.some(check) : false;
  for (const [k, v] of Object.entries(r.properties)) if (check(v)) return `properties.${k}`;
  if (r.sourceRef?.includes(ARRAY_DELIMITER)) return "sourceRef";
  return void 0;
}
function csvRow(r) {
  const columns = columnsFor(r.kind, r.type);
  const derived = derivedOf(r);
  return { key: `${r.kind}:${r.type}`, row: columns.map((c) => cell(c, c.value(r, derived))).join(",") };
}
const columnCache = /* @__PURE__ */ new Map();
function columnsFor(kind, type) {
  const key = `${kind}:${type}`;
  let columns = columnCache.get(key);
  if (!columns) columnCache.set(key, columns = columnsOf(kind, type));
  return columns;
}
function judgeForTables(raw, rule) {
  const v = validateRecord(raw, rule);
  if (!v.ok) return { ok: false, id: idOf(raw), rejection: v.rejection };
  const unsafe = unsafeText(v.record);
  if (unsafe) return { ok: false, id: v.record.id, rejection: { code: "INVALID", field: unsafe, message: `${unsafe}: contains the control character U+001F` } };
  return v;
}
class CsvTables {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  tables = /* @__PURE__ */ new Map();
  rows = 0;
  async add(r) {
    const { key, row } = csvRow(r);
    await this.addRow(key, row);
  }
  /** A line made by `csvRow` (here or in a worker). */
  async addRow(key, row) {
    let t = this.tables.get(key);
    if (!t) {
      const [kind, type] = key.split(":");
      const path = join(this.dir, `${kind}-${type}.csv`);
      t = { path, writer: new LineWriter(path) };
      await t.writer.write(columnsFor(kind, type).map(headerName).join(","));
      this.tables.set(key, t);
    }
    this.rows += 1;
    await t.writer.write(row);
  }
  /** Closes every file; returns the node files and relationship files, in the model's type order. */
  async close() {
    for (const t of this.tables.values()) await t.writer.close();
    const pick = (kind, types) => types.map((ty) => this.tables.get(`${kind}:${ty}`)?.path).filter((p) => !!p);
    const meta = new LineWriter(join(this.dir, "meta.csv"));
    await meta.write(":LABEL,key,version:double");
    await meta.write(`"SkeinMeta","${KEYS_META}",${NAME_KEYS_VERSION}`);
    await meta.close();
    return { nodes: [...pick("node", NODE_TYPES), meta.path], relationships: pick("relationship", RELATIONSHIP_TYPES) };
  }
}
export {
  ARRAY_DELIMITER,
  CsvTables,
  csvRow,
  judgeForTables
};
