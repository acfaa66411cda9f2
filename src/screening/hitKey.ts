// The key of opaque hit-notice references (hitNotice.ts): SKEIN_HIT_SECRET, or a random one kept in the
// data folder so references stay the same across restarts. Replicas behind one load balancer must share
// SKEIN_HIT_SECRET, or the same hidden record gets a different reference from each.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Config } from '../config.js';

export function hitKeyOf(cfg: Pick<Config, 'hitSecret' | 'dataDir'>): Uint8Array {
  if (cfg.hitSecret) return new TextEncoder().encode(cfg.hitSecret);
  const file = `${cfg.dataDir}/hit-secret`;
  if (!existsSync(file)) {
    mkdirSync(cfg.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
