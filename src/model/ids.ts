// Record ids live in their agency's namespace (as FollowTheMoney datasets namespace entity ids):
// the stored and exposed id of a record is `<AGENCY>:<localId>`, so one agency's ids can never
// collide with, or probe, another's. Agency codes contain no ':', so an id parses at its first ':'.
import { AGENCY_CODE } from '../auth/viewer.js';

/** An agency's own id for a record: letters, digits and . _ - (no ':'), at most 128. */
export const LOCAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** A global id: an agency code, ':', a local id. */
export const GLOBAL_ID_PATTERN = /^[A-Z]{2,10}(-[A-Z]{2,10})?:[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function globalId(agency: string, localId: string): string {
  return `${agency}:${localId}`;
}

/** The agency and local id of a global id; null for anything that is not one. */
export function parseGlobalId(id: string): { agency: string; localId: string } | null {
  const at = id.indexOf(':');
  if (at < 0) return null;
  const agency = id.slice(0, at);
  const localId = id.slice(at + 1);
  return AGENCY_CODE.test(agency) && localId.length > 0 ? { agency, localId } : null;
}

/** The local part of a global id (the id itself when it is not one). */
export function localIdOf(id: string): string {
  return parseGlobalId(id)?.localId ?? id;
}

/**
 * How a writer names a record: a local id means its own namespace; a global id is taken as it is
 * (whether the caller may use it is the caller's check). Null when the reference is neither.
 */
export function resolveRef(ref: string, agency: string): string | null {
  if (LOCAL_ID_PATTERN.test(ref)) return globalId(agency, ref);
  return GLOBAL_ID_PATTERN.test(ref) ? ref : null;
}
