// Gives name keys to people stored without them (written before keys existed, or by a writer that
// replaced a person's properties wholesale), in batches: trusted maintenance, run by migrations and
// after bulk imports.
import type { GraphExecutor } from '../graph/executor.js';
import { int } from '../graph/params.js';
import { personKeys } from './nameKeys.js';

export const BACKFILL_BATCH = 5000;

const WITHOUT_KEYS = `
MATCH (p:Person) WHERE p.nameKeys IS NULL
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birthDate AS birthDate
LIMIT $limit`;

const SET_KEYS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.nameKeys = row.nameKeys, p.nameTokens = row.nameTokens`;

/** Returns how many people got keys. A person without a usable name gets empty lists, so it is not read again. */
export async function backfillNameKeys(graph: GraphExecutor, onProgress?: (done: number) => void): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await graph.trustedRead(WITHOUT_KEYS, { limit: int(BACKFILL_BATCH) });
    if (rows.length === 0) return done;
    const keyed = rows.map((r) => ({
      id: r.id,
      ...personKeys({
        name: typeof r.name === 'string' ? r.name : '',
        aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
        birthDate: typeof r.birthDate === 'string' ? r.birthDate : null,
      }),
    }));
    await graph.trustedWrite(SET_KEYS, { rows: keyed });
    done += rows.length;
    onProgress?.(done);
  }
}
