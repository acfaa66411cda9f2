// Small fixture graphs written through the real ingest path: agencies, agreements, records.
import type { AgreementRecord, GraphRecord, Marking, NodeType, RelationshipType } from '../../src/model/graphModel.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { writeAgencies, writeRecords } from '../../src/ingest/writeRecords.js';
import { resolveRef } from '../../src/model/ids.js';

/**
 * Ids as ingest reads them: a local id is in the record's source namespace (`<source>:<id>`), a
 * global id (`AGENCY:id`, e.g. from gid()) is taken as it is. A record's own id must be in its
 * source's namespace.
 */
function keyed(id: string, source: string): string {
  const global = resolveRef(id, source);
  if (!global) throw new Error(`test fixture: ${id} is neither a local nor a global id`);
  return global;
}

function ownKey(id: string, source: string): string {
  const global = keyed(id, source);
  if (!global.startsWith(`${source}:`)) throw new Error(`test fixture: ${id} is not in ${source}'s namespace`);
  return global;
}

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
  return { kind: 'node', type, id: ownKey(id, source), ...provenance(source, marking), properties };
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
  return { kind: 'relationship', type, id: ownKey(id, source), from: keyed(from, source), to: keyed(to, source), ...provenance(source, marking), properties };
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
