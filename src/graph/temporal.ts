// ISO strings to Neo4j temporal values for writes (the read side is in convert.ts).
import neo4j from 'neo4j-driver';

const DATE = /^\d{4}-\d{2}-\d{2}/;

export function toNeoDate(iso: string): unknown {
  const m = DATE.exec(iso);
  if (!m) throw new RangeError(`not a date: ${iso}`);
  const [y, mo, d] = m[0].split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, mo, d);
}

export function toNeoDateTime(iso: string): unknown {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${iso}`);
  return neo4j.types.DateTime.fromStandardDate(new Date(ms));
}
