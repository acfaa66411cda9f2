import { basename } from "node:path";
import { parse } from "csv-parse";
import { NODE_TYPES, RELATIONSHIP_TYPES } from "../../model/graphModel.js";
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, cellKind } from "../schemas.js";
import { shorten } from "./source.js";
const LIST_SEPARATOR = "|";
const PROVENANCE = ["id", "source", "marking", "reportedAt", "validFrom", "validTo", "confidence", "sourceRef"];
const ENDS = ["from", "to"];
function csvTypeOf(file, given) {
  const name = (given ?? basename(file).replace(/\.[^.]*$/, "")).toLowerCase();
  const node = NODE_TYPES.find((t) => t.toLowerCase() === name);
  if (node) return { kind: "node", type: node };
  const rel = RELATIONSHIP_TYPES.find((t) => t.toLowerCase() === name);
  return rel ? { kind: "relationship", type: rel } : void 0;
}
function checkHeader(header, t) {
  const schema = t.kind === "node" ? NODE_PROPERTIES[t.type] : RELATIONSHIP_PROPERTIES[t.type];
  const fixed = t.kind === "node" ? PROVENANCE : [...PROVENANCE, ...ENDS];
  const unknown = header.filter((h) => !fixed.includes(h) && !cellKind(schema, h));
  if (unknown.length) return `unknown column(s) for ${t.type}: ${unknown.join(", ")}`;
  const missing = (t.kind === "node" ? ["id"] : ["id", "from", "to"]).filter((h) => !header.includes(h));
  if (missing.length) return `missing column(s): ${missing.join(", ")}`;
  const twice = header.filter((h, i) => header.indexOf(h) !== i);
  return twice.length ? `repeated column(s): ${twice.join(", ")}` : void 0;
}
function cell(schema, key, value) {
  const kind = cellKind(schema, key);
  if (kind === "list") return value.split(LIST_SEPARATOR).map((v) => v.trim()).filter((v) => v !== "");
  if (kind === "number" || key === "confidence") return Number.isFinite(Number(value)) ? Number(value) : value;
  return value;
}
function rowToRecord(header, row, t) {
  const schema = t.kind === "node" ? NODE_PROPERTIES[t.type] : RELATIONSHIP_PROPERTIES[t.type];
  const record = { kind: t.kind, type: t.type };
  const properties = {};
  header.forEach((key, i) => {
    const value = row[i]?.trim() ?? "";
    if (value === "") return;
    if (PROVENANCE.includes(key) || ENDS.includes(key)) record[key] = cell(schema, key, value);
    else properties[key] = cell(schema, key, value);
  });
  record.properties = properties;
  return record;
}
async function* readCsv(input, t) {
  const skipped = [];
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err, raw) => void skipped.push({ line: Number(err?.lines ?? 0), malformed: `CSV: ${err?.message ?? "unreadable row"}`, text: shorten(raw ?? "") })
    })
  );
  let header;
  for await (const { record, info } of parser) {
    yield* skipped.splice(0);
    if (!header) {
      header = record.map((h) => h.trim());
      const problem = checkHeader(header, t);
      if (problem) return yield { line: info.lines, malformed: `header: ${problem}`, text: shorten(record.join(",")) };
      continue;
    }
    if (record.length !== header.length) {
      yield { line: info.lines, malformed: `expected ${header.length} fields, got ${record.length}`, text: shorten(record.join(",")) };
      continue;
    }
    yield { line: info.lines, raw: rowToRecord(header, record, t) };
  }
  yield* skipped.splice(0);
}
export {
  LIST_SEPARATOR,
  checkHeader,
  csvTypeOf,
  readCsv,
  rowToRecord
};
