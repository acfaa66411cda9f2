// Time windows (valid time) and bounded integer arguments, shared by every list and traversal.
import { badInput } from '../errors.js';
import { toNeoDateTime } from '../graph/temporal.js';

export interface WindowInput {
  from?: Date | string | null;
  to?: Date | string | null;
}

/** Window bounds as Cypher parameters `$from` / `$to` (Neo4j DateTime or null). */
export interface Window {
  from: unknown;
  to: unknown;
}

export const OPEN_WINDOW: Window = Object.freeze({ from: null, to: null });

/** From after to is a caller mistake, not an empty answer. */
export function windowParams(w: WindowInput | null | undefined): Window {
  const from = w?.from ? new Date(w.from) : null;
  const to = w?.to ? new Date(w.to) : null;
  if (from && to && from > to) throw badInput('`between.from` must not be after `between.to`', 'between');
  return { from: from ? toNeoDateTime(from.toISOString()) : null, to: to ? toNeoDateTime(to.toISOString()) : null };
}

export function windowKey(w: Window): string {
  return `${String(w.from ?? '')}..${String(w.to ?? '')}`;
}

export function boundedInt(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`\`${name}\` must be an integer from ${min} to ${max}`, name);
  return v;
}
