// Gives every stored record its `names` (search/names.ts), in bounded batches: trusted maintenance run
// by migrations for graphs written before the property existed. Restartable: the last id done is kept
// on a SkeinMeta node in the same transaction as each batch, so an interrupted start resumes there.
import type { GraphExecutor } from '../graph/executor.js';
import { inIdBatches } from '../graph/idBatches.js';
import { NAMES, namesOf } from './names.js';

export const NAMES_META = 'searchNames';
/** Raised when what `names` holds changes; a graph marked with an older one is filled again. */
export const NAMES_VERSION = 1;
export const NAMES_BATCH = 5000;

const READ_META = 'MATCH (m:SkeinMeta {key: $key}) RETURN m.version AS version, m.after AS after';
const ANY_ENTITY = 'MATCH (n:Entity) RETURN n.id AS id LIMIT 1';
const BATCH_AFTER = `
MATCH (n:Entity) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, n.name AS name, n.aliases AS aliases`;
const SET_NAMES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.${NAMES} = row.names
WITH count(*) AS done
MERGE (m:SkeinMeta {key: $key}) SET m.version = $version, m.after = $after`;
const DONE = 'MERGE (m:SkeinMeta {key: $key}) SET m.version = $version, m.after = null, m.filledAt = datetime()';

/**
 * Fills `names` on every record unless the graph is marked as written with them (NAMES_VERSION, no
 * cursor left). An empty graph is only marked: every writer of this release stores `names` itself.
 * Returns how many records were read.
 */
export async function ensureSearchNames(graph: GraphExecutor, onProgress?: (done: number) => void): Promise<number> {
  const [meta] = await graph.trustedRead(READ_META, { key: NAMES_META });
  const version = meta?.version === undefined || meta.version === null ? null : Number(meta.version);
  const cursor = typeof meta?.after === 'string' ? meta.after : null;
  if (version === NAMES_VERSION && cursor === null) return 0;
  let done = 0;
  if (meta !== undefined || (await graph.trustedRead(ANY_ENTITY)).length > 0) {
    const after = version === NAMES_VERSION && cursor !== null ? cursor : '';
    done = await inIdBatches(graph, BATCH_AFTER, { after, limit: NAMES_BATCH, onProgress }, async (rows, last) => {
      const named = rows.flatMap((r) => {
        const names = namesOf({ name: r.name, aliases: r.aliases });
        return names ? [{ id: r.id, names }] : [];
      });
      await graph.trustedWrite(SET_NAMES, { rows: named, key: NAMES_META, version: NAMES_VERSION, after: last });
    });
  }
  await graph.trustedWrite(DONE, { key: NAMES_META, version: NAMES_VERSION });
  return done;
}
