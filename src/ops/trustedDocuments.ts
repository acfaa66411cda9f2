// Trusted documents (optional): only operations from a registered manifest are executed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { HttpRefusal } from './requestGuard.js';

export type TrustedDocuments = ReadonlyMap<string, string>;

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads a manifest: either `{ "<sha256>": "<document>" }` or Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`). Every hash
 * is checked against its document, so a typo in the manifest stops the start, not a client later.
 */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`SKEIN_TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${(err as Error).message})`);
  }
  const entries = manifestEntries(raw);
  const docs = new Map<string, string>();
  for (const [hash, body] of entries) {
    if (!SHA256.test(hash) || sha256(body) !== hash) {
      throw new Error(`SKEIN_TRUSTED_DOCUMENTS: ${path}: '${hash.slice(0, 80)}' is not the sha256 of its document`);
    }
    docs.set(hash, body);
  }
  if (docs.size === 0) throw new Error(`SKEIN_TRUSTED_DOCUMENTS: ${path} lists no documents`);
  return docs;
}

function manifestEntries(raw: unknown): Array<[string, string]> {
  const apollo = raw as { format?: unknown; operations?: unknown };
  if (apollo && apollo.format === 'apollo-persisted-query-manifest' && Array.isArray(apollo.operations)) {
    return apollo.operations.map((op: { id?: unknown; body?: unknown }) => [String(op.id), String(op.body)]);
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    return Object.entries(raw).map(([hash, body]) => [hash, String(body)]);
  }
  throw new Error('SKEIN_TRUSTED_DOCUMENTS: the manifest must be an object of sha256 -> document');
}

interface OperationBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/**
 * Resolves `documentId` ("sha256:<hex>" or bare hex), an APQ-style `persistedQuery` hash, or a full
 * `query` whose hash is registered, into the registered text; refuses everything else. POST only:
 * a GET's query string would have to be rewritten too, and locked-down clients can always POST.
 */
export function trustedDocumentsGuard(docs: TrustedDocuments): RequestHandler {
  return (req, _res, next) => {
    if (req.method !== 'POST') {
      return next(new HttpRefusal(405, 'BAD_REQUEST', 'only POST requests are accepted when trusted documents are enforced'));
    }
    const body = (req.body ?? {}) as OperationBody;
    const hash = hashOf(body);
    const text = hash ? docs.get(hash) : undefined;
    if (text === undefined) {
      return next(new HttpRefusal(400, 'PERSISTED_QUERY_NOT_FOUND', 'this server only runs registered operations, and this one is not registered'));
    }
    const { documentId: _id, extensions, ...rest } = body;
    const { persistedQuery: _pq, ...otherExtensions } = extensions ?? {};
    req.body = { ...rest, query: text, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
    next();
  };
}

function hashOf(body: OperationBody): string | undefined {
  if (typeof body.documentId === 'string') return body.documentId.replace(/^sha256:/, '');
  const apq = body.extensions?.persistedQuery?.sha256Hash;
  if (typeof apq === 'string') return apq;
  return typeof body.query === 'string' ? sha256(body.query) : undefined;
}
