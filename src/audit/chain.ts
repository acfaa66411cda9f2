// The audit log's hash chain: every line carries the hash of the line before it and its own hash, so
// a changed, removed or inserted line breaks the chain at the first place it was touched.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';

export const GENESIS = '0'.repeat(64);

/** The line to append: `fields` plus `prev` and `hash` = SHA-256(prev + JSON of fields with prev). */
export function chainLine(prev: string, fields: Record<string, unknown>): { line: string; hash: string } {
  const body = JSON.stringify({ ...fields, prev });
  const hash = createHash('sha256').update(prev).update(body).digest('hex');
  return { line: `${body.slice(0, -1)},"hash":"${hash}"}`, hash };
}

/** The hash of the file's last line (GENESIS for an empty or missing file): where appending resumes. */
export function lastHash(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return GENESIS;
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 1 << 20);
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, size - length);
    const lines = buf.toString('utf8').trimEnd().split('\n');
    const last = lines[lines.length - 1];
    if (!last) return GENESIS;
    const hash = (JSON.parse(last) as { hash?: unknown }).hash;
    return typeof hash === 'string' ? hash : GENESIS;
  } finally {
    closeSync(fd);
  }
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** 1-based line number of the first entry whose hash or link to the previous one does not hold. */
  firstBroken?: number;
  why?: string;
}

/** Checks every line of a log's text in order. */
export function verifyChain(text: string): VerifyResult {
  const lines = text.split('\n').filter((l) => l.length > 0);
  let prev = GENESIS;
  for (let i = 0; i < lines.length; i++) {
    const broken = (why: string): VerifyResult => ({ ok: false, entries: lines.length, firstBroken: i + 1, why });
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(lines[i]!) as Record<string, unknown>;
    } catch {
      return broken('not JSON');
    }
    const { hash, ...fields } = entry;
    if (fields.prev !== prev) return broken('does not follow the entry before it');
    const { prev: p, ...rest } = fields;
    if (chainLine(String(p), rest).hash !== hash) return broken('its content does not match its hash');
    prev = String(hash);
  }
  return { ok: true, entries: lines.length };
}
