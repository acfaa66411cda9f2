// Pure rules of ingest: record validation, CSV cells and headers, FtM mapping, the write statement's shape.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src/ingest/validate.js';
import { checkHeader, csvTypeOf, rowToRecord } from '../../src/ingest/readers/csv.js';
import { FtmMapper } from '../../src/ingest/ftm/map.js';
import { ingestParams, ingestStatement } from '../../src/ingest/queries.js';
import { lastOfEachId } from '../../src/ingest/pending.js';
import { NODE_TYPES, type GraphRecord } from '../../src/model/graphModel.js';

const rule = { agency: 'NL-INTEL', trustSources: false };
const person = (over: Record<string, unknown> = {}, props: Record<string, unknown> = {}) => ({
  kind: 'node',
  type: 'Person',
  id: 'p-1',
  marking: 'AMBER',
  reportedAt: '2015-06-01T00:00:00Z',
  confidence: 0.8,
  properties: { name: 'A Person', ...props },
  ...over,
});

function rejected(raw: unknown, r = rule) {
  const v = validateRecord(raw, r);
  if (v.ok) throw new Error('expected a rejection');
  return v.rejection;
}

describe('validateRecord', () => {
  it('accepts a native record and stores it under the caller agency', () => {
    const v = validateRecord(person(), rule);
    expect(v.ok && v.record.source).toBe('NL-INTEL');
    expect(v.ok && v.record.validFrom).toBeNull();
  });

  it.each([
    ['missing id', person({ id: undefined }), 'INVALID', 'id'],
    ['malformed id', person({ id: "x') RETURN n" }), 'INVALID', 'id'],
    ['unknown type', person({ type: 'Spaceship' }), 'INVALID', 'type'],
    ['unknown kind', person({ kind: 'edge' }), 'INVALID', 'kind'],
    ['wrong marking', person({ marking: 'SECRET' }), 'INVALID', 'marking'],
    ['confidence above 1', person({ confidence: 1.5 }), 'INVALID', 'confidence'],
    ['reportedAt without a zone', person({ reportedAt: '2015-06-01T10:00:00' }), 'INVALID', 'reportedAt'],
    ['validTo before validFrom', person({ validFrom: '2015-01-01T00:00:00Z', validTo: '2014-01-01T00:00:00Z' }), 'INVALID', 'validTo'],
    ['another agency', person({ source: 'FR-INTEL' }), 'FOREIGN_SOURCE', 'source'],
    ['unknown envelope key', person({ colour: 'red' }), 'INVALID', ''],
    ['unknown property', person({}, { shoeSize: 44 }), 'INVALID', 'properties'],
    ['property of the wrong type', person({}, { aliases: 'one' }), 'INVALID', 'properties.aliases'],
    ['impossible date', person({}, { birthDate: '1990-02-30' }), 'INVALID', 'properties.birthDate'],
    ['lower-case country', person({}, { nationalities: ['nl'] }), 'INVALID', 'properties.nationalities.0'],
    ['missing required property', person({ properties: {} }), 'INVALID', 'properties.name'],
  ])('%s -> %s', (_name, raw, code, field) => {
    const r = rejected(raw);
    expect(r.code).toBe(code);
    expect(r.field ?? '').toBe(field);
    expect(r.message.length).toBeGreaterThan(5);
  });

  it('names the field and what was expected in plain words, and lists every problem of the record (issue 14 item 10)', () => {
    const r = rejected(person({ id: undefined, marking: 'SECRET', confidence: 'high' }, { name: '', shoeSize: 44, birthDate: '1990' }));
    expect(r.field).toBe('id');
    expect(r.message.split('; ')).toEqual([
      'id: missing: expected text',
      'marking: expected one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED, got "SECRET"',
      'confidence: expected a number, got "high"',
      'properties.name: expected text, not empty, got an empty text',
      'properties.birthDate: expected a date YYYY-MM-DD, got "1990"',
      'properties: unknown field "shoeSize" (allowed: name, aliases, birthDate, birthPlace, gender, nationalities)',
    ]);
    expect(r.message).not.toMatch(/Invalid input|received|Too (small|big)/);
    expect(rejected(person({ confidence: 1.5 })).message).toBe('confidence: expected a number up to 1, got 1.5');
    expect(rejected(person({}, { aliases: 'one' })).message).toBe('properties.aliases: expected a list, got "one"');
  });

  it('tells a FollowTheMoney entity read as a native record to use --format ftm (issue 14 item 9)', () => {
    const r = rejected({ id: 'x-1', schema: 'Person', properties: { name: ['A B'] } });
    expect(r).toMatchObject({ code: 'INVALID', field: 'kind' });
    expect(r.message).toMatch(/looks like a FollowTheMoney entity.*--format ftm/);
    expect(rejected(person({ kind: undefined })).message).toBe('kind: expected "node", "relationship", "retract" or "erase", got nothing');
  });

  it('keeps a record own source only when sources are trusted', () => {
    const v = validateRecord(person({ source: 'FR-INTEL' }), { agency: 'NL-INTEL', trustSources: true });
    expect(v.ok && v.record.source).toBe('FR-INTEL');
  });

  it('checks relationships: endpoints, properties, no self-loops', () => {
    const rel = { kind: 'relationship', type: 'COMMUNICATED_WITH', id: 'r-1', from: 'p-1', to: 'p-2', marking: 'GREEN', reportedAt: '2015-06-01', confidence: 1 };
    expect(validateRecord({ ...rel, properties: { count: 3, channel: 'Telegram' } }, rule).ok).toBe(true);
    expect(rejected({ ...rel, properties: { count: 2.5 } }).field).toBe('properties.count');
    expect(rejected({ ...rel, to: 'p-1' }).field).toBe('to');
    expect(rejected({ ...rel, from: undefined }).field).toBe('from');
    expect(rejected({ ...rel, type: 'HOLDS', properties: { since: '2015-01-01' } }).field).toBe('properties');
  });

  it('reports a non-object as invalid', () => {
    expect(rejected([1, 2]).code).toBe('INVALID');
    expect(rejected('x').code).toBe('INVALID');
  });
});

describe('CSV', () => {
  it('takes the type from --type or the file name', () => {
    expect(csvTypeOf('/x/Person.csv')).toEqual({ kind: 'node', type: 'Person' });
    expect(csvTypeOf('/x/recruited.csv')).toEqual({ kind: 'relationship', type: 'RECRUITED' });
    expect(csvTypeOf('/x/people.csv', 'Person')).toEqual({ kind: 'node', type: 'Person' });
    expect(csvTypeOf('/x/people.csv')).toBeUndefined();
  });

  it('checks the header once for the whole file', () => {
    const t = { kind: 'relationship', type: 'RECRUITED' } as const;
    expect(checkHeader(['id', 'from', 'to', 'at', 'marking'], t)).toBeUndefined();
    expect(checkHeader(['id', 'from', 'at', 'weird'], t)).toMatch(/unknown column.*weird/);
    expect(checkHeader(['id', 'from', 'at'], t)).toMatch(/missing column.*to/);
  });

  it('turns cells into typed values; empty cells are absent', () => {
    const t = { kind: 'node', type: 'Location' } as const;
    const header = ['id', 'name', 'kind', 'countryCode', 'latitude', 'longitude', 'iata', 'marking', 'reportedAt', 'confidence'];
    const raw = rowToRecord(header, ['l-1', 'Kilis', 'CITY', 'TR', '36.7', '37.1', '', 'CLEAR', '2015-06-01', '1'], t);
    expect(raw).toEqual({ kind: 'node', type: 'Location', id: 'l-1', marking: 'CLEAR', reportedAt: '2015-06-01', confidence: 1, properties: { name: 'Kilis', kind: 'CITY', countryCode: 'TR', latitude: 36.7, longitude: 37.1 } });
    const p = rowToRecord(['id', 'name', 'aliases'], ['p-1', 'X', 'A | B|'], { kind: 'node', type: 'Person' });
    expect(p.properties).toEqual({ name: 'X', aliases: ['A', 'B'] });
  });
});

describe('FollowTheMoney mapping', () => {
  const mapper = () => new FtmMapper({ source: 'NL-INTEL', marking: 'AMBER', reportedAt: '2024-01-01T00:00:00Z', confidence: 1 });

  it('maps a person: names, aliases, full dates only, valid countries only', () => {
    const [p] = mapper().map({ id: 'ftm-1', schema: 'Person', properties: { name: ['A B', 'A. B.'], alias: ['Abu B'], birthDate: ['1980'], nationality: ['tn', 'suhh'], gender: ['male'] } });
    expect(p).toMatchObject({ kind: 'node', type: 'Person', id: 'ftm-1', source: 'NL-INTEL', marking: 'AMBER', properties: { name: 'A B', aliases: ['A. B.', 'Abu B'], nationalities: ['TN'], gender: 'male' } });
    expect((p as { properties: Record<string, unknown> }).properties.birthDate).toBeUndefined();
  });

  it('turns sanctions into LISTED_ON entries; the programme\'s watchlist waits for a standing entry unless eager', () => {
    const m = mapper();
    const s = (id: string, entity: string) => m.map({ id, schema: 'Sanction', properties: { entity: [entity], authority: ['Treasury'], program: ['CT'], listingDate: ['2016-03-04'] } });
    expect(s('s-1', 'p-1').map((r) => r.type)).toEqual(['LISTED_ON']);
    const second = s('s-2', 'p-2');
    expect(second[0]).toMatchObject({ from: 'p-2', to: 'wl-treasury-ct', properties: { added: '2016-03-04' } });
    expect(m.waitingWatchlist('wl-treasury-ct')).toMatchObject({ type: 'Watchlist', properties: { name: 'Treasury: CT', kind: 'SANCTIONS' } });
    const eager = new FtmMapper({ source: 'NL-INTEL', marking: 'AMBER', reportedAt: '2024-01-01T00:00:00Z', confidence: 1 }, { eagerWatchlists: true });
    const e = (id: string) => eager.map({ id, schema: 'Sanction', properties: { entity: ['p-1'], authority: ['Treasury'], program: ['CT'] } });
    expect(e('s-1').map((r) => r.type)).toEqual(['Watchlist', 'LISTED_ON']);
    expect(e('s-2').map((r) => r.type)).toEqual(['LISTED_ON']);
    expect(eager.waitingWatchlist('wl-treasury-ct')).toBeUndefined();
  });

  it('counts every property that gave no stored value, per schema and property', () => {
    const m = mapper();
    m.map({ id: 'p-1', schema: 'Person', properties: { name: ['A B'], birthDate: ['1980'], nationality: ['suhh'], position: ['x'], phone: ['+1 555'], gender: ['unknown'] } });
    m.map({ id: 'p-2', schema: 'Person', properties: { name: ['C D'], position: ['y'], notes: [] } });
    expect(Object.fromEntries(m.dropped)).toEqual({ 'Person.birthDate': 1, 'Person.gender': 1, 'Person.nationality': 1, 'Person.position': 2 });
  });

  it('derives stable ids for numbers held by a person, hashed when they would not fit', () => {
    const m = mapper();
    const out = m.map({ id: 'p-1', schema: 'Person', properties: { name: ['A B'], passportNumber: ['ab 12/34'] } });
    expect(out.map((r) => [r.type, r.id])).toEqual([['Person', 'p-1'], ['Document', 'p-1.passport.AB1234'], ['HOLDS', 'p-1.passport.AB1234.holder']]);
    const long = m.map({ id: 'p-2', schema: 'Person', properties: { name: ['A B'], email: [`${'x'.repeat(150)}@example.org`] } });
    expect(long[1]!.id).toMatch(/^p-2\.email\.[0-9a-f]{16}$/);
  });

  it('counts schemata it cannot map', () => {
    const m = mapper();
    expect(m.map({ id: 'v-1', schema: 'Vessel', properties: {} })).toEqual([]);
    m.map({ id: 'v-2', schema: 'Vessel', properties: {} });
    expect(Object.fromEntries(m.unmapped)).toEqual({ Vessel: 2 });
  });
});

describe('ingest statement', () => {
  it('puts labels and types only from the closed enums, and refuses anything else', () => {
    const cypher = ingestStatement([{ kind: 'node', type: 'Person' }, { kind: 'relationship', type: 'HOLDS' }], true);
    expect(cypher).toContain('CREATE (n:Entity) /* ACL_EXEMPT(n): OWN_WRITE */');
    expect(cypher).toContain('SET n += row.props, n.reviewedAt = datetime()');
    // A node's label comes from its group's type parameter, set by one branch per type of the enum.
    expect(cypher).toContain("FOREACH (_ IN CASE WHEN $type0 = 'Person' THEN [1] ELSE [] END | SET n:Person)");
    expect([...cypher.matchAll(/SET n:(\w+)/g)].map((m) => m[1])).toEqual([...NODE_TYPES]);
    expect(ingestParams([{ kind: 'node', type: 'Person' }, { kind: 'relationship', type: 'HOLDS' }, { kind: 'node', type: 'Document' }])).toEqual({ type0: 'Person', type2: 'Document' });
    expect(cypher).toContain('src:Person');
    expect(cypher).toContain('dst:Document OR dst:Identifier');
    expect(cypher).toContain('ACL(a)');
    expect(() => ingestStatement([{ kind: 'node', type: 'Person) DETACH DELETE n //' as 'Person' }], true)).toThrow(/unknown node type/);
  });

  it('writes nothing in a dry run', () => {
    const cypher = ingestStatement([{ kind: 'node', type: 'Person' }, { kind: 'relationship', type: 'HOLDS' }], false);
    expect(cypher).not.toMatch(/MERGE|SET /);
  });
});

describe('repeated ids', () => {
  it('keeps the last record of an id and reports the earlier ones', () => {
    const rec = (id: string, name: string) => ({ record: { kind: 'node', type: 'Person', id, properties: { name } } as unknown as GraphRecord });
    const dropped: string[] = [];
    const kept = lastOfEachId([rec('a', '1'), rec('b', '2'), rec('a', '3')], (d) => dropped.push(String(d.record.properties.name)));
    expect(kept.map((k) => k.record.properties.name)).toEqual(['2', '3']);
    expect(dropped).toEqual(['1']);
  });
});
