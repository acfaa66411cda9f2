// The `names` property: a record's name and aliases as one list, the field full-text search's fuzzy
// terms run on (graph/migrations.ts SEARCH_INDEX). Lucene builds one Levenshtein automaton per fuzzy
// term and field, so one field for every spelling of a name halves what `name` and `aliases` apart cost.

/** Derived at write time from `name` and `aliases`; index material, never shown (graph/projection.ts). */
export const NAMES = 'names';

/** `[name, ...aliases]`, or undefined for a record with neither (documents, identifiers, travel). */
export function namesOf(properties: Record<string, unknown>): string[] | undefined {
  const { name, aliases } = properties;
  const all = [name, ...(Array.isArray(aliases) ? aliases : [])].filter((v): v is string => typeof v === 'string');
  return all.length > 0 ? all : undefined;
}
