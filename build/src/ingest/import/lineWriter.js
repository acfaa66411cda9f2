import { createWriteStream } from "node:fs";
import { once } from "node:events";
const CHUNK = 1 << 20;
class LineWriter {
  constructor(path, flags = "w") {
    this.path = path;
    this.stream = createWriteStream(path, { flags });
  }
  path;
  stream;
  chunk = [];
  chunkSize = 0;
  lines = 0;
  async write(line) {
    this.chunk.push(line, "\n");
    this.chunkSize += line.length + 1;
    this.lines += 1;
    if (this.chunkSize >= CHUNK) await this.flush();
  }
  async flush() {
    if (this.chunkSize === 0) return;
    const data = this.chunk.join("");
    this.chunk = [];
    this.chunkSize = 0;
    if (!this.stream.write(data)) await once(this.stream, "drain");
  }
  async close() {
    await this.flush();
    await new Promise((resolve, reject) => this.stream.end((err) => err ? reject(err) : resolve()));
  }
}
export {
  LineWriter
};
