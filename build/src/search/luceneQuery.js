const MAX_SEARCH_TERMS = 8;
function searchTerms(text) {
  return (text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);
}
function toLuceneQuery(terms) {
  return terms.map((t) => {
    if (t.length < 3) return `(${t}^3 OR ${t}*)`;
    const distance = t.length < 6 ? 1 : 2;
    return `(${t}^3 OR ${t}*^2 OR ${t}~${distance})`;
  }).join(" AND ");
}
export {
  MAX_SEARCH_TERMS,
  searchTerms,
  toLuceneQuery
};
