// Builds a safe Lucene query from free text: words only, each matched exactly, by prefix or fuzzily.

export const MAX_SEARCH_TERMS = 8;

/**
 * The index fields (graph/migrations.ts SEARCH_INDEX) where a word a few edits off is the same word spelt
 * differently: names and aliases. A document number or an identifier one character off is another one.
 * Lucene builds a Levenshtein automaton per fuzzy term and field, per query — most of a search's cost
 * in Neo4j — so fuzzy terms go only where they can match what they are for.
 */
const FUZZY_FIELDS = ['name', 'aliases'] as const;

/** Splits into letter/digit words; Lucene syntax in the input can never reach the index. */
export function searchTerms(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);
}

// Every word must match (AND); short words only exactly or by prefix, longer ones also within edit
// distance in names and aliases.
export function toLuceneQuery(terms: string[]): string {
  return terms
    .map((t) => {
      if (t.length < 3) return `(${t}^3 OR ${t}*)`;
      const distance = t.length < 6 ? 1 : 2;
      return `(${t}^3 OR ${t}*^2 OR ${FUZZY_FIELDS.map((f) => `${f}:${t}~${distance}`).join(' OR ')})`;
    })
    .join(' AND ');
}
