// The append-only audit log: one JSON line per operation with who asked and which record ids came back.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chainLine, lastHash } from './chain.js';

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
}

export interface AuditLog {
  write(entry: AuditEntry): void;
  refusal(entry: RefusalEntry): void;
  flush(): Promise<void>;
}

/**
 * Opens (appending, never truncating) the audit file. Each line is hash-chained to the one before
 * (chain.ts; `npm run audit:verify` checks it), resuming from the file's last line after a restart.
 */
export function openAuditLog(path: string): AuditLog {
  mkdirSync(dirname(path), { recursive: true });
  let prev = lastHash(path);
  // Synchronous: an operation is not answered before its audit line is on disk, and lines keep chain order.
  const append = (event: string, entry: object) => {
    const { line, hash } = chainLine(prev, { level: 30, time: new Date().toISOString(), ...entry, event });
    appendFileSync(path, `${line}\n`);
    prev = hash;
  };
  return {
    write: (entry) => append('graphql', entry),
    refusal: (entry) => append('refusal', entry),
    flush: async () => undefined,
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
