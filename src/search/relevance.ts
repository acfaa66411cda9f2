// Search relevance from the record and the query alone. Lucene's BM25 weighs terms by statistics over
// every indexed record, hidden ones included, so its score (and the order it gives) would tell a viewer
// how many hidden records carry a word. This measure reads nothing but the query and the one record.
import anyAscii from 'any-ascii';
import { jaroWinkler } from '@skyra/jaro-winkler';

/** What a record offers to text search: the properties the full-text index covers. */
export interface Searchable {
  name?: unknown;
  aliases?: unknown;
  number?: unknown;
  value?: unknown;
}

const EXACT = 1;
const PREFIX = 0.9;
/** A fuzzy match counts at most this much, so a spelling variant never outranks the exact word. */
const FUZZY = 0.8;

/** Lower-case ASCII words of letters and digits (Yücel -> yucel, ZX-123 -> zx, 123, zx123). */
export function searchWords(text: string): string[] {
  const ascii = anyAscii(text.normalize('NFKC')).toLowerCase();
  const parts = ascii.match(/[a-z0-9]+/g) ?? [];
  const joined = parts.length > 1 && /\d/.test(ascii) ? [parts.join('')] : []; // document numbers typed without dashes
  return [...parts, ...joined];
}

function recordWords(r: Searchable): string[] {
  const texts = [r.name, ...(Array.isArray(r.aliases) ? r.aliases : [r.aliases]), r.number, r.value];
  return texts.flatMap((t) => (typeof t === 'string' ? searchWords(t) : []));
}

function termScore(term: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) {
    if (w === term) return EXACT;
    const s = w.startsWith(term) ? PREFIX : FUZZY * jaroWinkler(term, w);
    if (s > best) best = s;
  }
  return best;
}

/** 0..1: the mean over query words of their best match in the record (exact 1, prefix 0.9, fuzzy <= 0.8). */
export function relevance(queryWords: readonly string[], record: Searchable): number {
  if (queryWords.length === 0) return 0;
  const words = recordWords(record);
  const sum = queryWords.reduce((acc, q) => acc + termScore(q, words), 0);
  return Math.round((sum / queryWords.length) * 10_000) / 10_000;
}
