// The append-only audit log: one JSON line per operation with who asked and which record ids came back.
import { appendFileSync, closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { chainLine, lastHash } from './chain.js';
import { AuditIndexThread, type AuditQueries } from './indexThread.js';

export interface AuditEntry {
  requestId: string;
  subject: string;
  agency: string;
  role: string;
  operation: string; // operation type and name, e.g. "query PersonCard"
  recordIds: string[];
  errors: string[]; // error codes only
}

/**
 * A request refused before it became an operation of a known viewer: no, bad or expired token, an
 * unregistered agency, a rate limit, a malformed body, an unregistered document. The auditor sees
 * every one, even without a viewer to name.
 */
export interface RefusalEntry {
  requestId: string;
  /** The client's address as the socket saw it (a proxy's, behind one). */
  address: string;
  /** The error code the client got, e.g. UNAUTHENTICATED. */
  reason: string;
  /** The operation name the request gave, if any (capped; it is client text). */
  operation: string | null;
  /** The viewer, when a valid token named one before the refusal (a rate limit, an unregistered agency). */
  agency?: string;
  role?: string;
  subject?: string;
}

export interface AuditLog {
  write(entry: AuditEntry): void;
  refusal(entry: RefusalEntry): void;
  /** The queryable index kept beside the log (store.ts, in its own thread: indexThread.ts); null when switched off. */
  readonly store: AuditQueries | null;
  /** Brings the index up to the log (also done every second and before every audit query). */
  flush(): Promise<void>;
  /** Flushes and closes the index (shutdown). */
  close(): Promise<void>;
}

/** How often the index catches up with the log, in its own thread. */
const INDEX_EVERY_MS = 1_000;

/**
 * Opens (appending, never truncating) the audit file. Each line is hash-chained to the one before
 * (chain.ts; `npm run audit:verify` checks it), resuming from the file's last line after a restart.
 */
export function openAuditLog(path: string, indexPath: string | null = `${path}.sqlite`, onIndexError: (err: unknown) => void = () => {}): AuditLog {
  mkdirSync(dirname(path), { recursive: true });
  let prev = lastHash(path);
  // The index lives in a worker thread, which first catches it up with the log (a rebuild when it is
  // missing or belongs to another log), then every INDEX_EVERY_MS and before every query.
  const store = indexPath ? new AuditIndexThread(indexPath, path, INDEX_EVERY_MS, onIndexError) : null;
  const catchUp = async () => {
    try {
      await store?.flush();
    } catch (err) {
      onIndexError(err); // the log is the record; the next catch-up (or a rebuild) repairs the index
    }
  };
  // Synchronous: an operation is not answered before its audit line is written to the file, and lines
  // keep chain order. One descriptor in append mode for the process's life: a write per line, not an
  // open, a write and a close.
  let fd = openSync(path, 'a');
  const append = (event: string, entry: object) => {
    const { line, hash } = chainLine(prev, { level: 30, time: new Date().toISOString(), ...entry, event });
    if (fd >= 0) writeSync(fd, `${line}\n`);
    else appendFileSync(path, `${line}\n`); // a late request after close() is still audited
    prev = hash;
  };
  return {
    write: (entry) => append('graphql', entry),
    refusal: (entry) => append('refusal', entry),
    store,
    flush: catchUp,
    close: async () => {
      if (fd >= 0) closeSync(fd);
      fd = -1;
      try {
        await store?.close(); // its last catch-up included
      } catch (err) {
        onIndexError(err);
      }
    },
  };
}

/** Collects, during one request, the ids of every record handed to the resolvers. */
export class AuditTrail {
  private readonly ids = new Set<string>();

  add(ids: Iterable<string>): void {
    for (const id of ids) this.ids.add(id);
  }

  recordIds(): string[] {
    return [...this.ids];
  }
}
