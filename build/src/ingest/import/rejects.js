import { rmSync } from "node:fs";
import { LineWriter } from "./lineWriter.js";
class RejectsFile {
  constructor(path) {
    this.path = path;
    rmSync(path, { force: true });
  }
  path;
  writer;
  count = 0;
  async add(line, id, r, text) {
    this.count += 1;
    this.writer ??= new LineWriter(this.path);
    const entry = { line, ...id ? { id } : {}, code: r.code, ...r.field ? { field: r.field } : {}, reason: r.message, ...text ? { text } : {} };
    await this.writer.write(JSON.stringify(entry));
  }
  /** The path when something was rejected, null otherwise. */
  async close() {
    await this.writer?.close();
    return this.writer ? this.path : null;
  }
}
const rejectsPathOf = (file) => `${file}.rejects.ndjson`;
export {
  RejectsFile,
  rejectsPathOf
};
