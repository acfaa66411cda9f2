import { int } from "../graph/params.js";
import { NAME_KEYS_VERSION, personKeys } from "./nameKeys.js";
const BACKFILL_BATCH = 5e3;
const WITHOUT_KEYS = `
MATCH (p:Person) WHERE p.nameKeys IS NULL
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birthDate AS birthDate
LIMIT $limit`;
const SET_KEYS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.nameKeys = row.nameKeys, p.nameTokens = row.nameTokens`;
const ALL_AFTER = `
MATCH (p:Person) WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birthDate AS birthDate`;
const KEYS_META = "nameKeys";
const READ_VERSION = "MATCH (m:SkeinMeta {key: $key}) RETURN m.version AS version";
const ANY_PERSON = "MATCH (p:Person) RETURN p.id AS id LIMIT 1";
const SET_VERSION = "MERGE (m:SkeinMeta {key: $key}) SET m.version = $version, m.keyedAt = datetime()";
function keysOf(r) {
  return {
    id: r.id,
    ...personKeys({
      name: typeof r.name === "string" ? r.name : "",
      aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
      birthDate: r.birthDate ? String(r.birthDate) : null
    })
  };
}
async function ensureNameKeys(graph, onProgress) {
  const [meta] = await graph.trustedRead(READ_VERSION, { key: KEYS_META });
  const version = meta?.version === void 0 || meta.version === null ? null : Number(meta.version);
  let rekeyed = 0;
  if (version !== NAME_KEYS_VERSION && (version !== null || (await graph.trustedRead(ANY_PERSON)).length > 0)) {
    rekeyed = await rekeyAll(graph, onProgress);
  }
  const backfilled = await backfillNameKeys(graph, onProgress);
  if (version !== NAME_KEYS_VERSION) await graph.trustedWrite(SET_VERSION, { key: KEYS_META, version: NAME_KEYS_VERSION });
  return { rekeyed, backfilled };
}
async function rekeyAll(graph, onProgress) {
  let done = 0;
  let after = "";
  for (; ; ) {
    const rows = await graph.trustedRead(ALL_AFTER, { after, limit: int(BACKFILL_BATCH) });
    if (rows.length === 0) return done;
    await graph.trustedWrite(SET_KEYS, { rows: rows.map(keysOf) });
    done += rows.length;
    after = String(rows[rows.length - 1].id);
    onProgress?.(done);
  }
}
async function backfillNameKeys(graph, onProgress) {
  let done = 0;
  for (; ; ) {
    const rows = await graph.trustedRead(WITHOUT_KEYS, { limit: int(BACKFILL_BATCH) });
    if (rows.length === 0) return done;
    await graph.trustedWrite(SET_KEYS, { rows: rows.map(keysOf) });
    done += rows.length;
    onProgress?.(done);
  }
}
export {
  BACKFILL_BATCH,
  KEYS_META,
  backfillNameKeys,
  ensureNameKeys
};
