import { buildDemoWorld } from "../../seed/world.js";
import { writeAgencies, writeRecords } from "./writeRecords.js";
async function loadDemoWorld(graph, onProgress) {
  const world = buildDemoWorld();
  await writeAgencies(graph, world.agencies, world.agreements);
  await writeRecords(graph, world.records, { onProgress });
  return { records: world.records.length, summary: world.summary };
}
export {
  loadDemoWorld
};
