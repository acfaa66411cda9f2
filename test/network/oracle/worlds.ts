// Generated worlds for the network oracle: recruitment cells with a broker, a hub with parallel links,
// SAME_AS chains of 3-4 records with dates, hidden (RED) records on shortcuts, two agencies' markings.
import type { GraphRecord, Marking, NodeType, RelationshipType } from '../../../src/model/graphModel.js';

/** mulberry32: the same seed gives the same world, so a failing seed reproduces. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface World {
  seed: number;
  records: GraphRecord[];
  people: string[];
}

const YEARS = ['2013', '2014', '2015', '2016'];

export function generateWorld(seed: number, prefix: string, agencies: [string, string]): World {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const records: GraphRecord[] = [];
  let n = 0;
  const id = (kind: string) => `${prefix}-${kind}${String(n++).padStart(3, '0')}`;
  const marking = (): Marking => (chance(0.12) ? 'RED' : chance(0.15) ? 'AMBER' : chance(0.3) ? 'CLEAR' : 'GREEN');
  const prov = (m: Marking, validFrom: string | null = null, validTo: string | null = null) => ({
    source: pick(agencies), marking: m, reportedAt: `${pick(YEARS)}-0${1 + Math.floor(r() * 9)}-15T00:00:00Z`, validFrom, validTo, confidence: 0.8, sourceRef: 'ORACLE',
  });
  const node = (type: NodeType, m = marking()): string => {
    const nid = id(type === 'Person' ? 'p' : 'o');
    records.push({ kind: 'node', type, id: nid, ...prov(m), properties: { name: nid } } as GraphRecord);
    return nid;
  };
  const link = (type: RelationshipType, from: string, to: string, m = marking()): void => {
    const dated = chance(0.3);
    const validFrom = dated ? `${pick(YEARS)}-06-01T00:00:00Z` : null;
    const validTo = dated && chance(0.5) ? `${Number(validFrom!.slice(0, 4)) + 1}-06-01T00:00:00Z` : null;
    const properties = type === 'SAME_AS' ? { score: 0.9, method: 'oracle' } : {};
    records.push({ kind: 'relationship', type, id: id('r'), from, to, ...prov(m, validFrom, validTo), properties } as GraphRecord);
  };

  const people: string[] = [];
  const cells = Array.from({ length: 2 + Math.floor(r() * 2) }, () => {
    const cell = Array.from({ length: 4 + Math.floor(r() * 4) }, () => node('Person'));
    cell.forEach((p, i) => i > 0 && link('RECRUITED', cell[Math.floor(r() * i)]!, p));
    for (let k = 0; k < 2; k++) link('ASSOCIATE_OF', pick(cell), pick(cell));
    people.push(...cell);
    return cell;
  });
  for (let c = 1; c < cells.length; c++) {
    const broker = node('Person', 'GREEN');
    people.push(broker);
    link('ASSOCIATE_OF', broker, pick(cells[c - 1]!), 'GREEN');
    link('COMMUNICATED_WITH', broker, pick(cells[c]!));
  }
  // A hub (an organisation) with members, and parallel links between two of them.
  const hub = node('Organisation', 'GREEN');
  for (const p of people) if (chance(0.35)) link('MEMBER_OF', p, hub);
  const [x, y] = [pick(people), pick(people)];
  for (let k = 0; k < 3; k++) link('COMMUNICATED_WITH', x, y);
  // SAME_AS chains: 3-4 records of one human, each with links of its own.
  for (let c = 0; c < 2; c++) {
    const chain = [pick(people), ...Array.from({ length: 2 + Math.floor(r() * 2) }, () => node('Person'))];
    chain.slice(1).forEach((p) => link(pick(['ASSOCIATE_OF', 'FAMILY_OF'] as const), p, pick(people)));
    for (let i = 1; i < chain.length; i++) link('SAME_AS', chain[i - 1]!, chain[i]!, chance(0.2) ? 'AMBER' : 'GREEN');
    people.push(...chain.slice(1));
  }
  // Hidden shortcuts: a RED record joining far ends of the world.
  for (let k = 0; k < 2; k++) {
    const hidden = node('Person', 'RED');
    link('ASSOCIATE_OF', hidden, pick(people), 'GREEN');
    link('ASSOCIATE_OF', hidden, pick(people), 'GREEN');
  }
  return { seed, records, people };
}
