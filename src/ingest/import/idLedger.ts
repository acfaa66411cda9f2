// What an import knows of the relationship ids of the namespaces it writes: which namespaces it holds
// (queries.ts, CLAIM_ID_NAMESPACES: they had no relationship when it claimed them, and no other writer
// has written one since) and which ids it has sent. A relationship whose id the import never sent, in a
// namespace it holds, cannot exist in any other type, so it is created without the fourteen cross-type
// seeks (batch.ts, runFreshBatch).
import { randomUUID } from 'node:crypto';
import { BloomFilter } from 'bloomfilter';
import type { BatchItem } from '../batch.js';

/**
 * 2^26 bits (8 MiB, whatever the input's size) and 7 hashes. A false "sent before" only costs that row
 * the full statement it would have had anyway: about 1 row in 10 million after 1M ids, 1 in 500 after
 * 5M, 1 in 20 after 10M. A false "never sent" cannot happen (a Bloom filter has no false negatives).
 */
const BITS = 2 ** 26;
const HASHES = 7;

export class RelationshipIdLedger {
  /** This import's token for the id locks (`$holder`). */
  readonly holder = randomUUID();
  private readonly sent = new BloomFilter(BITS, HASHES);
  /** Per lock key: whether the claim made the import its holder (settles once). */
  private readonly claims = new Map<string, Promise<boolean>>();
  /** Lock keys the import held and lost to another writer: never claimed again. */
  private readonly lost = new Set<string>();

  /**
   * Marks each relationship of a batch fresh or not and counts its id as sent. Called once per batch,
   * before its first write. Two batches of an import that share an id never overlap (the later starts
   * once the earlier has finished: importer.ts, writeQueue.ts), so an id the import has written is
   * always one it sent before any later batch that carries it is marked.
   */
  mark(items: readonly BatchItem[]): void {
    for (const it of items) {
      if (it.record.kind !== 'relationship') continue;
      it.fresh = !this.sent.test(it.record.id);
      this.sent.add(it.record.id);
    }
  }

  /** True when the import holds every namespace of `keys`; claims the ones it has not tried yet (once). */
  async holds(keys: readonly string[], claim: (keys: readonly string[]) => Promise<Set<string>>): Promise<boolean> {
    if (keys.length === 0 || keys.some((k) => this.lost.has(k))) return false;
    const unclaimed = keys.filter((k) => !this.claims.has(k));
    if (unclaimed.length) {
      const claimed = claim(unclaimed);
      // A claim that fails holds nothing: those namespaces are written with the full check.
      for (const k of unclaimed) this.claims.set(k, claimed.then((held) => held.has(k), () => false));
    }
    const held = await Promise.all(keys.map((k) => this.claims.get(k)!));
    return held.every(Boolean) && !keys.some((k) => this.lost.has(k));
  }

  /** Another writer came between: the namespaces of `keys` are written with the full check from now on. */
  lose(keys: readonly string[]): void {
    for (const k of keys) this.lost.add(k);
  }
}
