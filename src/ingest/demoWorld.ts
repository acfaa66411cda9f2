// Loads the deterministic demo world (seed/) into the graph: agencies, agreements, then records.
import type { GraphExecutor } from '../graph/executor.js';
import { buildDemoWorld } from '../../seed/world.js';
import { writeAgencies, writeRecords } from './writeRecords.js';

export async function loadDemoWorld(
  graph: GraphExecutor,
  onProgress?: (done: number, total: number) => void,
): Promise<{ records: number; summary: Record<string, number | string> }> {
  const world = buildDemoWorld();
  await writeAgencies(graph, world.agencies, world.agreements);
  await writeRecords(graph, world.records, { onProgress });
  return { records: world.records.length, summary: world.summary };
}
