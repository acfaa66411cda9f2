// Unique ids and agency codes per test run, so tests never see each other's records.
import { randomBytes } from 'node:crypto';

const run = randomBytes(4).toString('hex');
let counter = 0;

export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${run}-${counter}`;
}

/** A unique global record id in `agency`'s namespace: `<AGENCY>:<prefix>-<run>-<n>`. */
export function gid(agency: string, prefix: string): string {
  return `${agency}:${uid(prefix)}`;
}

/** An agency code matching ^[A-Z]{2,10}(-[A-Z]{2,10})?$, unique to this run. */
export function agencyCode(name: string): string {
  const letters = [...randomBytes(6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
  // At least two letters before the dash: the code is a prefix of global ids, parsed by AGENCY_CODE.
  return `${name.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 4).padEnd(2, 'X')}-${letters}`;
}
