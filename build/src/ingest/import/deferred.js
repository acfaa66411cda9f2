import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReadStream } from "node:fs";
import { readNdjson } from "../readers/ndjson.js";
import { LineWriter } from "./lineWriter.js";
class DeferredSpill {
  dir = mkdtempSync(join(tmpdir(), "skein-import-"));
  writer = new LineWriter(join(this.dir, "deferred.ndjson"));
  get count() {
    return this.writer.lines;
  }
  async add(d) {
    await this.writer.write(JSON.stringify(d));
  }
  /** Reads the spilled records back (already validated when they were spilled). */
  async *drain() {
    await this.writer.close();
    for await (const item of readNdjson(createReadStream(this.writer.path))) yield item.raw;
  }
  dispose() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
export {
  DeferredSpill
};
