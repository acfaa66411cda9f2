// The append-only audit log: one JSON line per operation with who asked and which record ids came back.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';

export interface AuditEntry {
  requestId: string;
  subject: string;
  agency: string;
  role: string;
  operation: string; // operation type and name, e.g. "query PersonCard"
  recordIds: string[];
  errors: string[]; // error codes only
}

export interface AuditLog {
  write(entry: AuditEntry): void;
  flush(): Promise<void>;
}

/** Opens (appending, never truncating) the audit file. */
export function openAuditLog(path: string): AuditLog {
  mkdirSync(dirname(path), { recursive: true });
  // Synchronous: an operation is not answered before its audit line is on disk.
  const destination = pino.destination({ dest: path, append: true, sync: true, mkdir: true });
  const logger: Logger = pino({ base: null, messageKey: 'event', timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return {
    write: (entry) => logger.info(entry, 'graphql'),
    flush: async () => destination.flushSync(),
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
