// The point in time a request looks at: null is now; a date hides everything reported after it.
import { toNeoDateTime } from '../graph/temporal.js';

export interface View {
  asOf: Date | null;
}

export const NOW: View = Object.freeze({ asOf: null });

export function viewOf(asOf: Date | string | null | undefined): View {
  return asOf ? { asOf: new Date(asOf) } : NOW;
}

/** The `$asOf` parameter every ACL(...) predicate reads. */
export function viewParams(view: View): { asOf: unknown } {
  return { asOf: view.asOf ? toNeoDateTime(view.asOf.toISOString()) : null };
}

export function viewKey(view: View): string {
  return view.asOf ? view.asOf.toISOString() : 'now';
}
