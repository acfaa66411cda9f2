import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { HttpRefusal } from "./requestGuard.js";
const SHA256 = /^[0-9a-f]{64}$/;
const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");
function loadTrustedDocuments(path) {
  let raw;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`SKEIN_TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${err.message})`);
  }
  const entries = manifestEntries(raw);
  const docs = /* @__PURE__ */ new Map();
  for (const [hash, body] of entries) {
    if (!SHA256.test(hash) || sha256(body) !== hash) {
      throw new Error(`SKEIN_TRUSTED_DOCUMENTS: ${path}: '${hash.slice(0, 80)}' is not the sha256 of its document`);
    }
    docs.set(hash, body);
  }
  if (docs.size === 0) throw new Error(`SKEIN_TRUSTED_DOCUMENTS: ${path} lists no documents`);
  return docs;
}
function manifestEntries(raw) {
  const apollo = raw;
  if (apollo && apollo.format === "apollo-persisted-query-manifest" && Array.isArray(apollo.operations)) {
    return apollo.operations.map((op) => [String(op.id), String(op.body)]);
  }
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    return Object.entries(raw).map(([hash, body]) => [hash, String(body)]);
  }
  throw new Error("SKEIN_TRUSTED_DOCUMENTS: the manifest must be an object of sha256 -> document");
}
function trustedDocumentsGuard(docs) {
  return (req, _res, next) => {
    if (req.method !== "POST") {
      return next(new HttpRefusal(405, "BAD_REQUEST", "only POST requests are accepted when trusted documents are enforced"));
    }
    const body = req.body ?? {};
    const hash = hashOf(body);
    const text = hash ? docs.get(hash) : void 0;
    if (text === void 0) {
      return next(new HttpRefusal(400, "PERSISTED_QUERY_NOT_FOUND", "this server only runs registered operations, and this one is not registered"));
    }
    const { documentId: _id, extensions, ...rest } = body;
    const { persistedQuery: _pq, ...otherExtensions } = extensions ?? {};
    req.body = { ...rest, query: text, ...Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {} };
    next();
  };
}
function hashOf(body) {
  if (typeof body.documentId === "string") return body.documentId.replace(/^sha256:/, "");
  const apq = body.extensions?.persistedQuery?.sha256Hash;
  if (typeof apq === "string") return apq;
  return typeof body.query === "string" ? sha256(body.query) : void 0;
}
export {
  loadTrustedDocuments,
  sha256,
  trustedDocumentsGuard
};
