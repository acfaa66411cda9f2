// Builds a safe Lucene query from free text: words only, each matched exactly, by prefix or fuzzily.
import { NAMES } from './names.js';

export const MAX_SEARCH_TERMS = 8;

/**
 * The index field (graph/migrations.ts SEARCH_INDEX) where a word a few edits off is the same word spelt
 * differently: `names`, a record's name and aliases in one list (search/names.ts). A document number or
 * an identifier one character off is another one. Lucene builds a Levenshtein automaton per fuzzy term
 * and field, per query — most of a search's cost in Neo4j — so fuzzy terms go to this one field only.
 */
const FUZZY_FIELD = NAMES;

/** Splits into letter/digit words; Lucene syntax in the input can never reach the index. */
export function searchTerms(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);
}

// Every word must match (AND); short words only exactly or by prefix, longer ones also within edit
// distance in names (name and aliases).
export function toLuceneQuery(terms: string[]): string {
  return terms
    .map((t) => {
      if (t.length < 3) return `(${t}^3 OR ${t}*)`;
      const distance = t.length < 6 ? 1 : 2;
      return `(${t}^3 OR ${t}*^2 OR ${FUZZY_FIELD}:${t}~${distance})`;
    })
    .join(' AND ');
}
