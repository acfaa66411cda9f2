import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { badInput } from "../errors.js";
const KEY_QUERY = `
MERGE (m:SkeinMeta {key: 'cursorKey'})
ON CREATE SET m.value = $fresh
RETURN m.value AS value`;
const keys = /* @__PURE__ */ new WeakMap();
function cursorKey(executor) {
  let key = keys.get(executor);
  if (!key) {
    key = executor.trustedWrite(KEY_QUERY, { fresh: randomBytes(32).toString("hex") }).then(([row]) => Buffer.from(String(row?.value), "hex"));
    key.catch(() => keys.delete(executor));
    keys.set(executor, key);
  }
  return key;
}
function sealPosition(key, agency, pos) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ a: agency, s: pos.seq, w: pos.watch }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}
function openPosition(key, agency, cursor) {
  const bad = () => badInput("after: not a cursor this API issued to your agency", "after");
  const raw = Buffer.from(cursor, "base64url");
  if (raw.length < 29 || raw.length > 512) throw bad();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    const parsed = JSON.parse(text);
    if (parsed.a !== agency || !Number.isSafeInteger(parsed.s) || parsed.w !== null && typeof parsed.w !== "string") throw bad();
    return { seq: parsed.s, watch: parsed.w };
  } catch {
    throw bad();
  }
}
export {
  cursorKey,
  openPosition,
  sealPosition
};
