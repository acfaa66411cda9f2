// Turns neo4j-driver values (Integer, temporal, Node, Relationship) into plain JS at the edge of graph/.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isNode, isRelationship, isPoint } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Date | Plain[] | { [key: string]: Plain };

/** A node as the rest of the code sees it: labels and plain properties. */
export interface PlainNode {
  labels: string[];
  properties: Record<string, Plain>;
}

/** A relationship as the rest of the code sees it. */
export interface PlainRelationship {
  type: string;
  properties: Record<string, Plain>;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: answered before the driver's type checks (each a property probe).
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // A Cypher map (and a record's row) is decoded as a plain object: no driver type is one, so it skips the
  // eight type probes below (they were half or more of converting rows shaped like the network walk's). The driver's types are
  // class instances whose marker (`__isNode__` and the like) is on their prototype: a map carrying such a
  // key as data stays a map.
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number(value);
  if (isDateTime(value)) return value.toStandardDate();
  if (isLocalDateTime(value)) return new Date(`${value.toString()}Z`);
  if (isDate(value)) return value.toString(); // YYYY-MM-DD, kept as a calendar date
  if (isDuration(value)) return value.toString();
  if (isPoint(value)) return { x: value.x, y: value.y };
  if (isNode(value)) return { labels: [...value.labels], properties: plainMap(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: plainMap(value.properties) };
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(obj: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const k of Object.keys(obj)) {
    // A key `__proto__` (the driver decodes it as an own key) stays a key: assigned, it would set the prototype.
    if (k === '__proto__') Object.defineProperty(out, k, { value: toPlain(obj[k]), writable: true, enumerable: true, configurable: true });
    else out[k] = toPlain(obj[k]);
  }
  return out;
}
