// The queryable audit store: an SQLite index kept beside the append-only log. The JSON-lines log stays
// the tamper-evident truth (chain.ts); this index is derived from it, caught up by reading the log from
// the last byte it indexed, and rebuilt from it whenever it is missing, behind or belongs to another log.
// It is disposable, so it is written without fsync (synchronous=OFF): a crash costs a rebuild, not data.
import Database from 'better-sqlite3';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** One indexed read: who asked, when, through which operation, and the asking agency's view of its records. */
export interface AuditReadModel {
  /** 1-based line number of the entry in the log: where `audit:verify` and an auditor find it. */
  line: number;
  time: Date;
  agency: string;
  role: string;
  subject: string;
  operation: string;
  requestId: string;
  /** Only the records of the agency asking: what else the reader saw is not its business. */
  recordIds: string[];
}

/** An operation of the agency's own users that was refused (its error codes). */
export interface AuditRefusalModel {
  line: number;
  time: Date;
  role: string;
  subject: string;
  operation: string;
  requestId: string;
  errors: string[];
}

export interface AuditPage<T> {
  items: T[];
  /** Keyset cursor after the last item (null on an empty page). */
  cursor: string | null;
  hasMore: boolean;
}

export interface AuditQuery {
  /** Agency asking: only its records (id prefix `<AGENCY>:`) are ever matched or shown. */
  owner: string;
  /** Only reads of this record (an id of another agency matches nothing). */
  recordId?: string | null;
  /** Inclusive lower and exclusive upper bound on the entry's time (ms since the epoch). */
  from: number;
  to: number;
  first: number;
  after?: { time: number; line: number } | null;
}

/** The owning agency of a namespaced record id `<AGENCY>:<local>` (null for an id without one). */
export function ownerOf(id: string): string | null {
  const i = id.indexOf(':');
  return i > 0 ? id.slice(0, i) : null;
}

interface LogLine {
  time?: unknown;
  event?: unknown;
  requestId?: unknown;
  agency?: unknown;
  role?: unknown;
  subject?: unknown;
  operation?: unknown;
  recordIds?: unknown;
  errors?: unknown;
  reason?: unknown;
  hash?: unknown;
}

function parseLine(text: string): LogLine | null {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null ? (v as LogLine) : null;
  } catch {
    return null;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const SCHEMA = `
CREATE TABLE IF NOT EXISTS source (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  path TEXT NOT NULL,
  bytes INTEGER NOT NULL,   -- the log is indexed up to this byte offset (a line boundary)
  lines INTEGER NOT NULL,   -- ... which is this many lines
  head TEXT NOT NULL,       -- hash of the log's first line: another log (rotated, replaced) means rebuild
  tail TEXT NOT NULL        -- hash of the last indexed line: a log cut shorter or rewritten means rebuild
);
CREATE TABLE IF NOT EXISTS entry (
  line INTEGER PRIMARY KEY,
  time INTEGER NOT NULL,
  agency TEXT NOT NULL,
  role TEXT NOT NULL,
  subject TEXT NOT NULL,
  operation TEXT NOT NULL,
  request_id TEXT NOT NULL
);
-- One row per (entry, owning agency of records it returned), with that agency's records of the entry.
CREATE TABLE IF NOT EXISTS owner_read (owner TEXT NOT NULL, time INTEGER NOT NULL, line INTEGER NOT NULL, records TEXT NOT NULL);
-- One row per (entry, record returned).
CREATE TABLE IF NOT EXISTS record_read (record TEXT NOT NULL, time INTEGER NOT NULL, line INTEGER NOT NULL);
-- Operations of an agency's users that were refused, with their error codes.
CREATE TABLE IF NOT EXISTS refusal (agency TEXT NOT NULL, time INTEGER NOT NULL, line INTEGER NOT NULL, errors TEXT NOT NULL);
`;

// Created after a bulk load (a sort is much faster than growing a B-tree row by row), present for live catch-up.
const INDEXES = `
CREATE INDEX IF NOT EXISTS owner_read_by_time ON owner_read (owner, time, line);
CREATE INDEX IF NOT EXISTS record_read_by_record ON record_read (record, time, line);
CREATE INDEX IF NOT EXISTS refusal_by_time ON refusal (agency, time, line);
`;
const DROP_INDEXES = `
DROP INDEX IF EXISTS owner_read_by_time;
DROP INDEX IF EXISTS record_read_by_record;
DROP INDEX IF EXISTS refusal_by_time;
`;

/** Lines read and inserted per transaction. */
const BATCH_BYTES = 4 << 20;
/** A catch-up longer than this many bytes loads without indexes, then sorts them in (a rebuild, a long outage). */
const BULK_BYTES = 64 << 20;

export class AuditStore {
  private readonly db: Database.Database;
  private readonly insertEntry: Database.Statement;
  private readonly insertOwner: Database.Statement;
  private readonly insertRecord: Database.Statement;
  private readonly insertRefusal: Database.Statement;
  private readonly saveSource: Database.Statement;
  private readonly readsOfOwner: Database.Statement;
  private readonly readsOfRecord: Database.Statement;
  private readonly refusalsOf: Database.Statement;

  private constructor(
    readonly path: string,
    readonly logPath: string,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -262144'); // 256 MiB
    this.db.exec(SCHEMA);
    this.db.exec(INDEXES);
    this.insertEntry = this.db.prepare('INSERT INTO entry (line, time, agency, role, subject, operation, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertOwner = this.db.prepare('INSERT INTO owner_read (owner, time, line, records) VALUES (?, ?, ?, ?)');
    this.insertRecord = this.db.prepare('INSERT INTO record_read (record, time, line) VALUES (?, ?, ?)');
    this.insertRefusal = this.db.prepare('INSERT INTO refusal (agency, time, line, errors) VALUES (?, ?, ?, ?)');
    this.saveSource = this.db.prepare(
      'INSERT INTO source (one, path, bytes, lines, head, tail) VALUES (1, @path, @bytes, @lines, @head, @tail) ' +
        'ON CONFLICT (one) DO UPDATE SET path = @path, bytes = @bytes, lines = @lines, head = @head, tail = @tail',
    );
    const entryColumns = 'e.agency, e.role, e.subject, e.operation, e.request_id AS requestId';
    this.readsOfOwner = this.db.prepare(
      `SELECT o.line, o.time, o.records, ${entryColumns} FROM owner_read o JOIN entry e ON e.line = o.line
       WHERE o.owner = @owner AND (o.time, o.line) > (@afterTime, @afterLine) AND o.time >= @from AND o.time < @to
       ORDER BY o.time, o.line LIMIT @limit`,
    );
    this.readsOfRecord = this.db.prepare(
      `SELECT r.line, r.time, o.records, ${entryColumns} FROM record_read r
         JOIN owner_read o ON o.owner = @owner AND o.time = r.time AND o.line = r.line
         JOIN entry e ON e.line = r.line
       WHERE r.record = @record AND (r.time, r.line) > (@afterTime, @afterLine) AND r.time >= @from AND r.time < @to
       ORDER BY r.time, r.line LIMIT @limit`,
    );
    this.refusalsOf = this.db.prepare(
      `SELECT f.line, f.time, f.errors, e.role, e.subject, e.operation, e.request_id AS requestId
         FROM refusal f JOIN entry e ON e.line = f.line
       WHERE f.agency = @owner AND (f.time, f.line) > (@afterTime, @afterLine) AND f.time >= @from AND f.time < @to
       ORDER BY f.time, f.line LIMIT @limit`,
    );
  }

  /** Opens (creating) the index of the log at `logPath` and catches it up with the log. */
  static open(path: string, logPath: string): AuditStore {
    let store: AuditStore;
    try {
      store = new AuditStore(path, logPath);
    } catch {
      // Not an index we can read (a different format, a damaged file): it is derived data, so start over.
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      store = new AuditStore(path, logPath);
    }
    store.catchUp();
    return store;
  }

  private source(): { bytes: number; lines: number; head: string; tail: string } | undefined {
    return this.db.prepare('SELECT bytes, lines, head, tail FROM source WHERE one = 1').get() as
      | { bytes: number; lines: number; head: string; tail: string }
      | undefined;
  }

  /** Empties the index (it will be rebuilt from the log by the next catch-up). */
  reset(): void {
    this.db.exec('DELETE FROM source; DELETE FROM entry; DELETE FROM owner_read; DELETE FROM record_read; DELETE FROM refusal;');
  }

  /**
   * Indexes what the log gained since the last call; returns the number of lines indexed. When the log
   * is not the one indexed (another first line), or was cut or rewritten before the indexed point, the
   * index starts over from the log's first line.
   */
  catchUp(): number {
    let fd: number;
    try {
      fd = openSync(this.logPath, 'r');
    } catch {
      return 0; // no log yet
    }
    try {
      const size = fstatSync(fd).size;
      let src = this.source();
      if (src && !this.sameLog(fd, size, src)) {
        this.reset();
        src = undefined;
      }
      let offset = src?.bytes ?? 0;
      let lines = src?.lines ?? 0;
      let head = src?.head ?? '';
      let tail = src?.tail ?? '';
      if (offset >= size) return 0;
      const bulk = size - offset > BULK_BYTES;
      if (bulk) this.db.exec(DROP_INDEXES);
      const buf = Buffer.alloc(Math.min(BATCH_BYTES, size - offset));
      let indexed = 0;
      try {
        while (offset < size) {
          const got = readSync(fd, buf, 0, Math.min(buf.length, size - offset), offset);
          const end = buf.subarray(0, got).lastIndexOf(10); // the last complete line read
          if (end < 0) {
            if (got === buf.length) throw new Error(`audit log ${this.logPath}: a line longer than ${buf.length} bytes at byte ${offset}`);
            break; // a line still being written: the next catch-up takes it
          }
          const chunk = buf.toString('utf8', 0, end);
          this.db.transaction(() => {
            for (const text of chunk.split('\n')) {
              lines += 1;
              indexed += 1;
              const entry = parseLine(text);
              if (!entry) continue; // not JSON: the chain check (audit:verify) names it; nothing to index
              const hash = str(entry.hash);
              if (lines === 1) head = hash;
              tail = hash;
              this.index(lines, entry);
            }
            offset += end + 1;
            this.saveSource.run({ path: this.logPath, bytes: offset, lines, head, tail });
          })();
        }
      } finally {
        if (bulk) this.db.exec(INDEXES);
      }
      return indexed;
    } finally {
      closeSync(fd);
    }
  }

  /** Is the indexed prefix still the start of this log? (Same first line, same line at the indexed end.) */
  private sameLog(fd: number, size: number, src: { bytes: number; head: string; tail: string }): boolean {
    if (size < src.bytes) return false;
    if (src.bytes === 0) return true;
    const firstLine = readLineAt(fd, 0, size);
    if (firstLine === null || str(parseLine(firstLine)?.hash) !== src.head) return false;
    const lastLine = readLineBefore(fd, src.bytes);
    return lastLine !== null && str(parseLine(lastLine)?.hash) === src.tail;
  }

  private index(line: number, entry: LogLine): void {
    const time = Date.parse(str(entry.time));
    const agency = str(entry.agency);
    // A refusal before any viewer was known (no or a bad token) names no agency: the operator's, not an agency's.
    if ((entry.event !== 'graphql' && entry.event !== 'refusal') || !agency || Number.isNaN(time)) return;
    this.insertEntry.run(line, time, agency, str(entry.role), str(entry.subject), str(entry.operation), str(entry.requestId));
    const errors = entry.event === 'refusal' ? [str(entry.reason)] : strings(entry.errors);
    if (errors.length > 0) this.insertRefusal.run(agency, time, line, JSON.stringify(errors));
    const byOwner = new Map<string, string[]>();
    for (const id of strings(entry.recordIds)) {
      const owner = ownerOf(id);
      if (!owner) continue;
      this.insertRecord.run(id, time, line);
      const list = byOwner.get(owner);
      if (list) list.push(id);
      else byOwner.set(owner, [id]);
    }
    for (const [owner, ids] of byOwner) this.insertOwner.run(owner, time, line, JSON.stringify(ids));
  }

  /** Reads of the owner's records (or of one of them), oldest first, one keyset page. */
  reads(q: AuditQuery): AuditPage<AuditReadModel> {
    this.catchUp();
    const after = q.after ?? { time: q.from - 1, line: Number.MAX_SAFE_INTEGER };
    const params = { owner: q.owner, from: q.from, to: q.to, afterTime: after.time, afterLine: after.line, limit: q.first + 1 };
    // Another agency's record is looked up like one nobody read: as the empty id, which matches nothing.
    const rows = (
      q.recordId != null
        ? this.readsOfRecord.all({ ...params, record: ownerOf(q.recordId) === q.owner ? q.recordId : '' })
        : this.readsOfOwner.all(params)
    ) as (Omit<AuditReadModel, 'time' | 'recordIds'> & { time: number; records: string })[];
    const items = rows.slice(0, q.first).map(({ records, time, ...r }) => ({ ...r, time: new Date(time), recordIds: JSON.parse(records) as string[] }));
    return pageOf(items, rows.length > q.first);
  }

  /** Refused operations of the owner's own users, oldest first, one keyset page. */
  refusals(q: Omit<AuditQuery, 'recordId'>): AuditPage<AuditRefusalModel> {
    this.catchUp();
    const after = q.after ?? { time: q.from - 1, line: Number.MAX_SAFE_INTEGER };
    const rows = this.refusalsOf.all({ owner: q.owner, from: q.from, to: q.to, afterTime: after.time, afterLine: after.line, limit: q.first + 1 }) as {
      line: number;
      time: number;
      errors: string;
      role: string;
      subject: string;
      operation: string;
      requestId: string;
    }[];
    const items = rows.slice(0, q.first).map((r) => ({ ...r, time: new Date(r.time), errors: JSON.parse(r.errors) as string[] }));
    return pageOf(items, rows.length > q.first);
  }

  /** Lines indexed so far. */
  indexedLines(): number {
    return this.source()?.lines ?? 0;
  }

  close(): void {
    this.db.close();
  }
}

function pageOf<T extends { time: Date; line: number }>(items: T[], hasMore: boolean): AuditPage<T> {
  const last = items[items.length - 1];
  return { items, cursor: last ? encodeAuditCursor({ time: last.time.getTime(), line: last.line }) : null, hasMore };
}

export function encodeAuditCursor(c: { time: number; line: number }): string {
  return Buffer.from(`audit:${c.time}:${c.line}`).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeAuditCursor(cursor: string): { time: number; line: number } | null {
  const m = /^audit:(-?\d{1,16}):(\d{1,16})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? { time: Number(m[1]), line: Number(m[2]) } : null;
}

function readLineAt(fd: number, offset: number, size: number): string | null {
  const buf = Buffer.alloc(Math.min(1 << 20, size - offset));
  const got = readSync(fd, buf, 0, buf.length, offset);
  const end = buf.subarray(0, got).indexOf(10);
  return end < 0 ? null : buf.toString('utf8', 0, end);
}

/** The complete line that ends just before byte `end` (which follows a newline). */
function readLineBefore(fd: number, end: number): string | null {
  const length = Math.min(1 << 20, end);
  const buf = Buffer.alloc(length);
  readSync(fd, buf, 0, length, end - length);
  if (buf[length - 1] !== 10) return null;
  const start = buf.lastIndexOf(10, length - 2) + 1;
  return buf.toString('utf8', start, length - 1);
}
