// Parameter helpers: JS numbers travel as floats, but SKIP and LIMIT need Cypher integers.
import neo4j from 'neo4j-driver';

export function int(n: number): unknown {
  return neo4j.int(n);
}
