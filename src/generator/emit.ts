// Writes generated records as native NDJSON: nodes to the output file, relationships to a side file
// appended at the end, so the output is "nodes first" (loadable in one pass by any UNWIND script)
// without holding anything in memory.
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Marking, NodeType, RelationshipType } from '../model/graphModel.js';
import { LineWriter } from '../ingest/import/lineWriter.js';
import type { Rng } from './random.js';

export const AGENCIES = ['TR-INTEL', 'NL-INTEL', 'BE-INTEL', 'FR-INTEL', 'ID-CT', 'AU-INTEL', 'IL-INTEL', 'EU-POLICE'] as const;
export type Agency = (typeof AGENCIES)[number];

const MARKING_WEIGHTS: ReadonlyArray<readonly [Marking, number]> = [['CLEAR', 8], ['GREEN', 25], ['AMBER', 42], ['AMBER_STRICT', 15], ['RED', 10]];
const DAY = 86_400_000;
const EPOCH = Date.UTC(2012, 0, 1);

export interface Prov {
  source: string;
  marking: Marking;
  reportedAt: string;
  confidence: number;
  sourceRef?: string;
  validFrom?: string;
  validTo?: string;
}

/** A day between 2012 and 2017, as a timestamp; facts are reported some days after they happen. */
export const dayIn = (rng: Rng, fromDay = 0, span = 6 * 365) => EPOCH + (fromDay + rng.int(0, span)) * DAY;
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
export const isoTime = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

export function prov(rng: Rng, source: string, happened = dayIn(rng), marking?: Marking): Prov {
  return {
    source,
    marking: marking ?? rng.weighted(MARKING_WEIGHTS),
    reportedAt: isoTime(happened + rng.int(1, 120) * DAY),
    confidence: Math.round((0.4 + rng.next() * 0.6) * 100) / 100,
    sourceRef: `${source.split('-')[0]}-${new Date(happened).getUTCFullYear()}-${rng.digits(6)}`,
  };
}

export class Emitter {
  readonly counts: Record<string, number> = {};
  nodes = 0;
  relationships = 0;
  private readonly relWriter: LineWriter;
  private readonly nodeWriter: LineWriter;

  constructor(readonly out: string) {
    this.nodeWriter = new LineWriter(out);
    this.relWriter = new LineWriter(`${out}.relationships.tmp`);
  }

  async node(type: NodeType, id: string, properties: Record<string, unknown>, p: Prov): Promise<void> {
    this.counts[type] = (this.counts[type] ?? 0) + 1;
    this.nodes += 1;
    await this.nodeWriter.write(JSON.stringify({ kind: 'node', type, id, ...p, properties }));
  }

  async rel(type: RelationshipType, id: string, from: string, to: string, p: Prov, properties: Record<string, unknown> = {}): Promise<void> {
    this.counts[type] = (this.counts[type] ?? 0) + 1;
    this.relationships += 1;
    await this.relWriter.write(JSON.stringify({ kind: 'relationship', type, id, from, to, ...p, properties }));
  }

  /** Appends the relationships after the nodes and removes the side file. */
  async close(): Promise<void> {
    await this.relWriter.close();
    await this.nodeWriter.close();
    await pipeline(createReadStream(this.relWriter.path), createWriteStream(this.out, { flags: 'a' }));
    rmSync(this.relWriter.path, { force: true });
  }
}
