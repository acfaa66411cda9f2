// The one order of strings in answers: ids, keys, codes and kinds, wherever the API breaks a tie or sorts
// a list itself.

/**
 * By UTF-16 code unit, as JavaScript's default sort and Neo4j's ORDER BY order the (ASCII) ids the graph
 * stores: a list the API sorts agrees with the lists Neo4j pages by id. Never `localeCompare`: ICU's
 * collation follows the server's locale (LANG), so two servers would answer differently — under da_DK
 * "aab" sorts after "zzz", under tr_TR "ı" before "I", and in every locale "a-1" and "B1" swap against
 * the stored order — and a tie broken differently moves a broker, a route or a whole community.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
