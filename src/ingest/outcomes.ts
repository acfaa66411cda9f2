// What can happen to one record on the way in, and the words we report it with.
// Messages about other agencies' records say only that an id is taken or an endpoint unknown:
// an ingest caller learns no more than it needs to fix its own data.

export const REJECT_CODES = [
  'MALFORMED',
  'INVALID',
  'FOREIGN_SOURCE',
  'DUPLICATE',
  'ID_TAKEN',
  'TYPE_CONFLICT',
  'UNKNOWN_ENDPOINT',
  'ENDPOINT_TYPE',
  'ENDPOINTS_CHANGED',
  'NOT_FOUND',
  'ERASED',
  'NOT_ALLOWED',
  'DATABASE',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export interface Rejection {
  code: RejectCode;
  message: string;
  field?: string;
}

/** Outcomes the write statement reports per row (see queries.ts). */
export const WRITTEN = ['created', 'updated', 'unchanged'] as const;
export type Written = (typeof WRITTEN)[number];
export type DbRejected = 'taken' | 'typeConflict' | 'unknownEndpoint' | 'endpointType' | 'endpointsChanged' | 'erased';
export type Outcome = Written | DbRejected;

const DB_REJECTIONS: Record<DbRejected, Omit<Rejection, 'message'> & { message: (id: string) => string }> = {
  taken: { code: 'ID_TAKEN', field: 'id', message: (id) => `id: ${id} is already taken` },
  typeConflict: { code: 'TYPE_CONFLICT', field: 'type', message: (id) => `type: ${id} already exists as another type (a record's type never changes; a relationship id is unique across all relationship types)` },
  unknownEndpoint: { code: 'UNKNOWN_ENDPOINT', message: () => 'from/to: no such record (unknown id, or not visible to your agency)' },
  endpointType: { code: 'ENDPOINT_TYPE', message: () => 'from/to: an endpoint has a type this relationship cannot join' },
  endpointsChanged: { code: 'ENDPOINTS_CHANGED', message: (id) => `from/to: ${id} already joins other records; use a new id` },
  // Only the owner's own tombstones count (ids are namespaced per agency), so this tells no one else anything.
  erased: { code: 'ERASED', field: 'id', message: (id) => `id: ${id} was erased by your agency; an erased record is not written again (use a new id)` },
};

export function dbRejection(outcome: DbRejected, id: string): Rejection {
  const r = DB_REJECTIONS[outcome];
  return { code: r.code, message: r.message(id), ...(r.field ? { field: r.field } : {}) };
}

export function isWritten(o: Outcome): o is Written {
  return (WRITTEN as readonly string[]).includes(o);
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export const zeroCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export function addCounts(into: Counts, from: Counts): Counts {
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
  into.rejected += from.rejected;
  return into;
}
