// Cypher that returns a node as the rest of the code reads it (labels and properties, see convert.ts
// PlainNode) without the keys derived at write time for matching (nameKeys, nameTokens, undatedKeys, numberKey)
// and search (names, search/names.ts):
// they are index material, never shown (records/mapRecord.ts drops them), and a person's name keys
// are the bulk of its bytes on the wire. `v` is a variable name written in code, never input.
export const DERIVED_PROPERTIES = ['nameKeys', 'nameTokens', 'undatedKeys', 'numberKey', 'names'] as const;

export const plainNode = (v: string): string =>
  `{labels: labels(${v}), properties: ${v} {.*, ${DERIVED_PROPERTIES.map((k) => `${k}: null`).join(', ')}}}`;
