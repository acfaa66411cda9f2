// Small fixture graphs written through the real ingest path: agencies, agreements, records.
import type { AgreementRecord, GraphRecord, Marking, NodeType, RelationshipType } from '../../src/model/graphModel.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { writeAgencies, writeRecords } from '../../src/ingest/writeRecords.js';

const provenance = (source: string, marking: Marking) => ({
  source,
  marking,
  reportedAt: '2015-06-01T00:00:00Z',
  validFrom: null,
  validTo: null,
  confidence: 0.8,
  sourceRef: `${source}-REF`,
});

export function node(type: NodeType, id: string, source: string, marking: Marking, properties: Record<string, unknown>): GraphRecord {
  return { kind: 'node', type, id, ...provenance(source, marking), properties };
}

export function rel(
  type: RelationshipType,
  id: string,
  from: string,
  to: string,
  source: string,
  marking: Marking,
  properties: Record<string, unknown> = {},
): GraphRecord {
  return { kind: 'relationship', type, id, from, to, ...provenance(source, marking), properties };
}

export async function writeWorld(
  graph: GraphExecutor,
  agencies: string[],
  agreements: AgreementRecord[],
  records: GraphRecord[],
): Promise<void> {
  await writeAgencies(graph, agencies.map((code) => ({ code, name: `${code} (test)`, country: 'EU' })), agreements);
  const nodes = records.filter((r) => r.kind === 'node');
  const rels = records.filter((r) => r.kind === 'relationship');
  await writeRecords(graph, [...nodes, ...rels]);
}
