import { parentPort, workerData } from "node:worker_threads";
import { shorten } from "../readers/source.js";
import { csvRow, judgeForTables } from "./csvTables.js";
const rule = workerData.rule;
parentPort.on("message", (job) => {
  const out = { rows: [], rejects: [], relationshipKeys: [], records: 0 };
  job.lines.forEach((text, k) => {
    const line = job.firstLine + k;
    if (text.trim() === "") return;
    out.records += 1;
    let raw;
    try {
      raw = JSON.parse(text);
    } catch {
      out.rejects.push({ line, rejection: { code: "MALFORMED", message: "not a JSON object on one line" }, text: shorten(text) });
      return;
    }
    const v = judgeForTables(raw, rule);
    if (!v.ok) {
      out.rejects.push({ line, id: v.id, rejection: v.rejection });
      return;
    }
    const { key, row } = csvRow(v.record);
    out.rows.push([key, row]);
    if (v.record.kind === "relationship") out.relationshipKeys.push([v.record.type, v.record.id]);
  });
  parentPort.postMessage(out);
});
