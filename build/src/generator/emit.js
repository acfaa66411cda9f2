import { createReadStream, createWriteStream, rmSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { LineWriter } from "../ingest/import/lineWriter.js";
const AGENCIES = ["TR-INTEL", "NL-INTEL", "BE-INTEL", "FR-INTEL", "ID-CT", "AU-INTEL", "IL-INTEL", "EU-POLICE"];
const MARKING_WEIGHTS = [["CLEAR", 8], ["GREEN", 25], ["AMBER", 42], ["AMBER_STRICT", 15], ["RED", 10]];
const DAY = 864e5;
const EPOCH = Date.UTC(2012, 0, 1);
const dayIn = (rng, fromDay = 0, span = 6 * 365) => EPOCH + (fromDay + rng.int(0, span)) * DAY;
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);
const isoTime = (t) => new Date(t).toISOString().replace(".000Z", "Z");
function prov(rng, source, happened = dayIn(rng), marking) {
  return {
    source,
    marking: marking ?? rng.weighted(MARKING_WEIGHTS),
    reportedAt: isoTime(happened + rng.int(1, 120) * DAY),
    confidence: Math.round((0.4 + rng.next() * 0.6) * 100) / 100,
    sourceRef: `${source.split("-")[0]}-${new Date(happened).getUTCFullYear()}-${rng.digits(6)}`
  };
}
class Emitter {
  constructor(out) {
    this.out = out;
    this.nodeWriter = new LineWriter(out);
    this.relWriter = new LineWriter(`${out}.relationships.tmp`);
  }
  out;
  counts = {};
  nodes = 0;
  relationships = 0;
  relWriter;
  nodeWriter;
  async node(type, id, properties, p) {
    this.counts[type] = (this.counts[type] ?? 0) + 1;
    this.nodes += 1;
    await this.nodeWriter.write(JSON.stringify({ kind: "node", type, id, ...p, properties }));
  }
  async rel(type, id, from, to, p, properties = {}) {
    this.counts[type] = (this.counts[type] ?? 0) + 1;
    this.relationships += 1;
    await this.relWriter.write(JSON.stringify({ kind: "relationship", type, id, from, to, ...p, properties }));
  }
  /** Appends the relationships after the nodes and removes the side file. */
  async close() {
    await this.relWriter.close();
    await this.nodeWriter.close();
    await pipeline(createReadStream(this.relWriter.path), createWriteStream(this.out, { flags: "a" }));
    rmSync(this.relWriter.path, { force: true });
  }
}
export {
  AGENCIES,
  Emitter,
  dayIn,
  isoDay,
  isoTime,
  prov
};
