// ACL(a, b, ...) is the rule for several variables read clause by clause (graph/acl.ts visibleAllPredicate):
// it must answer exactly coalesce(ACL(a) AND ACL(b) ..., false) for every record, whatever it holds — a data
// error (no source, a marking rank that is not a number) included. Judged by Neo4j itself, on maps standing
// in for records (the rule reads them the same way), so nothing is written.
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { expandAcl } from '../../src/graph/acl.js';

const uri = inject('neo4jUri');
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.TEST_NEO4J_PASSWORD ?? ''));
afterAll(() => driver.close());

// A small deterministic generator (no dependency on Math.random's seed).
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

// Every value each clause looks at, and the ones that make a clause null.
function records(count: number): Array<Record<string, unknown>> {
  const r = lcg(15);
  return Array.from({ length: count }, (_x, i) => ({
    id: `rec-${i}`,
    source: pick(r, ['XX-OWN', 'XX-PART', 'XX-OTHER', null]),
    markingRank: pick(r, [0, 1, 2, 3, 4, null, 'AMBER']),
    retractedAt: pick(r, [null, null, NOW - DAY]),
    reviewedAt: pick(r, [null, NOW - 400 * DAY, NOW - 5 * DAY]),
    reportedAt: pick(r, [null, NOW - 900 * DAY, NOW - 10 * DAY]),
  }));
}

const views = [
  { asOf: null, retractedVisibleTo: '' },
  { asOf: NOW - 100 * DAY, retractedVisibleTo: 'XX-OWN' },
];

const TIMES = ['retractedAt', 'reviewedAt', 'reportedAt'];
// The instants as driver DateTime values, as records store them.
const asRecord = (rec: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, TIMES.includes(k) && typeof v === 'number' ? neo4j.types.DateTime.fromStandardDate(new Date(v)) : v]));

async function judge(vars: string[], rows: unknown[][], view: (typeof views)[number]) {
  const maps = vars.map((v) => `${v}: ${v}`).join(', ');
  const bind = vars.map((v, i) => `row[${i}] AS ${v}`).join(', ');
  const each = vars.map((v) => `ACL(${v})`).join(' AND ');
  const cypher = expandAcl(`UNWIND $rows AS row WITH ${bind} RETURN {${maps}} AS rec, coalesce(${each}, false) AS each, ACL(${vars.join(', ')}) AS all, ${each} AS plain`);
  const { records: out } = await driver.executeQuery(cypher, {
    rows: rows.map((row) => row.map((rec) => (rec === null ? null : asRecord(rec as Record<string, unknown>)))),
    acl: { 'XX-OWN': 4, 'XX-PART': 2 },
    released: { 'rec-3': true, 'rec-8': true },
    retainedSince: { 'XX-PART': NOW - 30 * DAY, 'XX-OTHER': NOW - 30 * DAY },
    asOf: view.asOf === null ? null : neo4j.types.DateTime.fromStandardDate(new Date(view.asOf)),
    retractedVisibleTo: view.retractedVisibleTo,
  });
  return out.map((x) => ({ each: x.get('each') as boolean, all: x.get('all') as boolean, plain: x.get('plain') as boolean | null }));
}

describe('ACL(a, b): the rule for several variables, clause by clause', () => {
  const recs = records(120);
  const r = lcg(7);

  it('answers coalesce(ACL(a) AND ACL(b), false) for every pair tried, under two views', async () => {
    const pairs = Array.from({ length: 3000 }, () => [pick(r, recs), pick(r, recs)]);
    for (const view of views) {
      const out = await judge(['a', 'b'], pairs, view);
      expect(out.filter((x) => x.all !== x.each)).toEqual([]);
      // The cases that tell the two apart are there: both answers, and a null of the plain AND.
      expect(new Set(out.map((x) => x.all))).toEqual(new Set([true, false]));
      expect(out.some((x) => x.plain === null)).toBe(true);
    }
  });

  it('holds for one and for three variables, and for a missing record (an OPTIONAL MATCH without a row)', async () => {
    // Random triples are rarely all visible: each record three times too.
    const triples = [...Array.from({ length: 1500 }, () => [pick(r, recs), pick(r, recs), r() < 0.05 ? null : pick(r, recs)]), ...recs.map((x) => [x, x, x])];
    for (const view of views) {
      const three = await judge(['a', 'b', 'c'], triples, view);
      expect(three.filter((x) => x.all !== x.each)).toEqual([]);
      expect(three.filter((x) => x.all).length).toBeGreaterThan(0);
    }
  });

  it('reads the far end and the link clause by clause, markings first', () => {
    const text = expandAcl('MATCH (p)-[r]-(t) WHERE ACL(t, r) RETURN t');
    const at = (s: string) => text.indexOf(s);
    expect(at('$acl[t.source]')).toBeGreaterThan(-1);
    expect(at('$acl[t.source]')).toBeLessThan(at('$acl[r.source]'));
    expect(at('$acl[r.source]')).toBeLessThan(at('t.retractedAt'));
    expect(at('t.retractedAt')).toBeLessThan(at('r.retractedAt'));
    expect(at('r.retractedAt')).toBeLessThan(at('t.reviewedAt'));
    expect(text).not.toMatch(/\bACL\(/);
  });
});
