// Builds a safe Lucene query from free text: words only, each matched exactly, by prefix or fuzzily.

export const MAX_SEARCH_TERMS = 8;

/** Splits into letter/digit words; Lucene syntax in the input can never reach the index. */
export function searchTerms(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);
}

// Every word must match (AND); short words only exactly or by prefix, longer ones also within edit distance.
export function toLuceneQuery(terms: string[]): string {
  return terms
    .map((t) => {
      if (t.length < 3) return `(${t}^3 OR ${t}*)`;
      const distance = t.length < 6 ? 1 : 2;
      return `(${t}^3 OR ${t}*^2 OR ${t}~${distance})`;
    })
    .join(' AND ');
}
