// Opaque alert cursors. A cursor carries an outbox sequence number, and raw sequence numbers would
// tell any agency how many writes every other agency made; so cursors are sealed (AES-256-GCM) with a
// key kept in the database itself: every API instance on one Neo4j reads the same key, and a client
// resumes on any of them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { GraphExecutor } from '../graph/executor.js';
import { badInput } from '../errors.js';

/** A feed position: changes up to `seq` are done, or (with `watch`) only the alerts of watches up to it. */
export interface FeedPosition {
  seq: number;
  watch: string | null;
}

const KEY_QUERY = `
MERGE (m:SkeinMeta {key: 'cursorKey'})
ON CREATE SET m.value = $fresh
RETURN m.value AS value`;

const keys = new WeakMap<GraphExecutor, Promise<Buffer>>();

/** The sealing key of this database: created once, then the same for every instance and process. */
export function cursorKey(executor: GraphExecutor): Promise<Buffer> {
  executor = executor.root; // kept per process, and read outside any one request's deadline
  let key = keys.get(executor);
  if (!key) {
    key = executor
      .trustedWrite(KEY_QUERY, { fresh: randomBytes(32).toString('hex') })
      .then(([row]) => Buffer.from(String(row?.value), 'hex'));
    key.catch(() => keys.delete(executor));
    keys.set(executor, key);
  }
  return key;
}

export function sealPosition(key: Buffer, agency: string, pos: FeedPosition): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ a: agency, s: pos.seq, w: pos.watch }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** A cursor that was not sealed here, or for another agency, is bad input like any forged cursor. */
export function openPosition(key: Buffer, agency: string, cursor: string): FeedPosition {
  const bad = () => badInput('after: not a cursor this API issued to your agency', 'after');
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length < 29 || raw.length > 512) throw bad();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const parsed = JSON.parse(text) as { a?: unknown; s?: unknown; w?: unknown };
    if (parsed.a !== agency || !Number.isSafeInteger(parsed.s) || (parsed.w !== null && typeof parsed.w !== 'string')) throw bad();
    return { seq: parsed.s as number, watch: parsed.w as string | null };
  } catch {
    throw bad();
  }
}
