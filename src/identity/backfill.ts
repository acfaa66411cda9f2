// Keeps stored name keys current, in batches: trusted maintenance run by migrations. People stored
// without keys (written before keys existed, or by a writer that does not compute them) get them;
// when the key algorithm changed since the graph was keyed (NAME_KEYS_VERSION, recorded on a
// SkeinMeta node), every person is re-keyed once.
import type { GraphExecutor } from '../graph/executor.js';
import { inIdBatches } from '../graph/idBatches.js';
import { int } from '../graph/params.js';
import { NAME_KEYS_VERSION, personKeys } from './nameKeys.js';

export const BACKFILL_BATCH = 5000;

const WITHOUT_KEYS = `
MATCH (p:Person) WHERE p.nameKeys IS NULL
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birthDate AS birthDate
LIMIT $limit`;

const SET_KEYS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.nameKeys = row.nameKeys, p.nameTokens = row.nameTokens, p.undatedKeys = row.undatedKeys`;

const ALL_AFTER = `
MATCH (p:Person) WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birthDate AS birthDate`;

export const KEYS_META = 'nameKeys';
const READ_VERSION = 'MATCH (m:SkeinMeta {key: $key}) RETURN m.version AS version';
const ANY_PERSON = 'MATCH (p:Person) RETURN p.id AS id LIMIT 1';
const SET_VERSION = 'MERGE (m:SkeinMeta {key: $key}) SET m.version = $version, m.keyedAt = datetime()';

type KeyRow = Record<string, unknown>;

function keysOf(r: KeyRow): Record<string, unknown> {
  return {
    id: r.id,
    ...personKeys({
      name: typeof r.name === 'string' ? r.name : '',
      aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
      birthDate: r.birthDate ? String(r.birthDate) : null,
    }),
  };
}

/**
 * Brings every stored person's keys to NAME_KEYS_VERSION. A graph with no record of its key
 * version but with people in it was keyed by an older release: it is re-keyed. Returns what it did.
 */
export async function ensureNameKeys(graph: GraphExecutor, onProgress?: (done: number) => void): Promise<{ rekeyed: number; backfilled: number }> {
  const [meta] = await graph.trustedRead(READ_VERSION, { key: KEYS_META });
  const version = meta?.version === undefined || meta.version === null ? null : Number(meta.version);
  let rekeyed = 0;
  if (version !== NAME_KEYS_VERSION && (version !== null || (await graph.trustedRead(ANY_PERSON)).length > 0)) {
    rekeyed = await rekeyAll(graph, onProgress);
  }
  const backfilled = await backfillNameKeys(graph, onProgress);
  if (version !== NAME_KEYS_VERSION) await graph.trustedWrite(SET_VERSION, { key: KEYS_META, version: NAME_KEYS_VERSION });
  return { rekeyed, backfilled };
}

/** Every person, in id order by the constraint's index, a batch at a time. */
function rekeyAll(graph: GraphExecutor, onProgress?: (done: number) => void): Promise<number> {
  return inIdBatches(graph, ALL_AFTER, { limit: BACKFILL_BATCH, onProgress }, async (rows) => {
    await graph.trustedWrite(SET_KEYS, { rows: rows.map(keysOf) });
  });
}

/** Returns how many people got keys. A person without a usable name gets empty lists, so it is not read again. */
export async function backfillNameKeys(graph: GraphExecutor, onProgress?: (done: number) => void): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await graph.trustedRead(WITHOUT_KEYS, { limit: int(BACKFILL_BATCH) });
    if (rows.length === 0) return done;
    await graph.trustedWrite(SET_KEYS, { rows: rows.map(keysOf) });
    done += rows.length;
    onProgress?.(done);
  }
}
