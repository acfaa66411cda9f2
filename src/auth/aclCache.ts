// The process's cache of ACL views, so a request does not read the agreements before its data.
//
// A view is kept per agency and role class (ADMIN sees its agency's retracted records) together with
// the sharing-state version it was read at. Statements run with a cached view carry that version in a
// guard (graph/acl.ts ACL_VERSION_GUARD): when any replica has changed agreements, releases or a
// retraction since, the statement fails before reading and the request reads the view afresh. Views
// also leave the cache at the first expiry of an agreement or release they include (the graph's own
// clock), and after MAX_AGE_MS whatever happens (an agency record removed by hand, say).
import type { AclView } from '../graph/acl.js';
import type { Role } from '../model/graphModel.js';

export const MAX_AGE_MS = 60_000;
/** Agencies times role classes seen by one process: small; bounded anyway. */
const MAX_ENTRIES = 10_000;

interface Entry {
  view: AclView;
  version: number;
  /** Epoch ms (local clock) after which the entry is not used. */
  until: number;
}

export class AclViewCache {
  private readonly entries = new Map<string, Entry>();

  get(viewer: { agency: string; role: Role }, now = Date.now()): { view: AclView; version: number } | undefined {
    const key = viewKey(viewer);
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (now >= e.until) {
      this.entries.delete(key);
      return undefined;
    }
    return { view: e.view, version: e.version };
  }

  /** `validForMs`: time until the first agreement or release in the view expires (null: none does). */
  put(viewer: { agency: string; role: Role }, view: AclView, version: number, validForMs: number | null, now = Date.now()): void {
    if (validForMs !== null && validForMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const key = viewKey(viewer);
    const current = this.entries.get(key);
    // A slower request that read an older state must not replace a newer one.
    if (current && current.version > version && now < current.until) return;
    this.entries.set(key, { view, version, until: now + Math.min(MAX_AGE_MS, validForMs ?? MAX_AGE_MS) });
  }
}

/** Viewers with the same key have the same view: the agency, and whether the viewer is its ADMIN (retractions). */
export const viewKey = (viewer: { agency: string; role: Role }) => `${viewer.role === 'ADMIN' ? 'admin' : 'reader'}|${viewer.agency}`;

const caches = new WeakMap<object, AclViewCache>();

/** One cache per database handle (the executor), shared by every request it serves. */
export function aclCacheFor(owner: object): AclViewCache {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new AclViewCache()));
  return cache;
}
