// FollowTheMoney as OpenSanctions and Aleph export it, imported through the CLI's code path into the real
// Neo4j (issue 14 items 8-9): numbers and contacts on the Person become Documents and Identifiers, an
// Associate keeps its relationship text, a Sanction rejected for its entity leaves no empty watchlist,
// every property not stored is counted per schema and property, and an FtM file named *.json is read as FtM.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import type { ImportOptions } from '../../src/ingest/import/options.js';
import { countsOf, fixture, rejectsOf } from './fixtures.js';

vi.setConfig({ testTimeout: 120_000 });

const server = testServer();
const A = agencyCode('ftmx');
const FTM = { marking: 'GREEN', reportedAt: '2024-05-01T00:00:00Z', confidence: 0.9 } as const;
const run = (o: Partial<ImportOptions> & { files: string[] }) => importFiles(server.executor, { agency: A, batchSize: 3, ftm: FTM, ...o });
const watchlistsOf = async (p: string) =>
  (await server.executor.trustedRead('MATCH (w:Watchlist) WHERE w.id STARTS WITH $wl RETURN w.id AS id ORDER BY id', { wl: `${A}:wl-${p.toLowerCase()}-` })).map((r) => r.id);

beforeAll(async () => {
  await writeWorld(server.executor, [A], [], []);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('FollowTheMoney, OpenSanctions style', () => {
  it('maps passport and ID numbers, phones and e-mails on a Person, keeps an Associate\'s relationship, counts what it drops', async () => {
    const p = uid('os');
    const file = fixture('opensanctions.ftm.json', p);
    const report = await run({ files: [file] });
    expect(report.unmappedSchemata).toEqual({ Vessel: 1 });
    expect(report.droppedProperties).toEqual({ 'Person.birthDate': 1, 'Person.notes': 1, 'Person.position': 1, 'Sanction.sourceUrl': 1 });
    // The Vessel's sanction is refused by line, and its programme gets no watchlist.
    expect(rejectsOf(file).map((r) => [r.line, r.code])).toEqual([[1, 'UNKNOWN_ENDPOINT']]);
    expect(await watchlistsOf(p)).toEqual([`${A}:wl-${p.toLowerCase()}-fictional-council-terror-finance`]);
    // 2 people, 3 documents, 2 identifiers, 1 watchlist; 5 HOLDS, 1 ASSOCIATE_OF, 1 LISTED_ON.
    expect(report.totals).toMatchObject({ nodes: 8, relationships: 7, rejected: 1 });
    const res = await server.as(A).query(`{ person(id: "${A}:${p}-os-per-1") {
      documents { edges { node { number kind issuingCountry } } } identifiers { edges { node { kind value } } }
      associates { edges { node { name } link { properties } } } watchlistEntries { edges { node { name } } } } }`);
    expect(res.errors).toBeUndefined();
    const person = res.data!.person;
    expect(person.documents.edges.map((e: { node: unknown }) => e.node)).toEqual(expect.arrayContaining([
      { number: 'AB 123456', kind: 'PASSPORT', issuingCountry: null },
      { number: 'CD-987654', kind: 'PASSPORT', issuingCountry: null },
      { number: '7705123', kind: 'ID_CARD', issuingCountry: null },
    ]));
    expect(person.documents.edges).toHaveLength(3);
    expect(person.identifiers.edges.map((e: { node: unknown }) => e.node)).toEqual(expect.arrayContaining([
      { kind: 'PHONE', value: '+32 470 12 34 56' },
      { kind: 'EMAIL', value: 'karim@example.org' },
    ]));
    expect(person.associates.edges).toEqual([{ node: { name: 'Nadia Inventee' }, link: { properties: { relation: 'business partner' } } }]);
    expect(person.watchlistEntries.edges).toEqual([{ node: { name: `${p}-Fictional Council: Terror Finance` } }]);
  });

  it('a passport number given only on the Person now finds him in screening, under another spelling', async () => {
    const p = uid('osscr');
    await run({ files: [fixture('opensanctions.ftm.json', p)] });
    const res = await server.as(A).query(`{ screen(travellers: [{ ref: "r1", name: "Kareem Fiktivo", documentNumber: "ab123456" }]) {
      rows { candidates { person { id } reasons { field } } } } }`);
    expect(res.errors).toBeUndefined();
    const candidate = res.data!.screen.rows[0].candidates.find((c: { person: { id: string } }) => c.person.id === `${A}:${p}-os-per-1`);
    expect(candidate?.reasons.map((r: { field: string }) => r.field)).toContain('DOCUMENT');
  });

  it('a dry run judges as the real run does and writes nothing; a second import changes nothing', async () => {
    const p = uid('osdry');
    const file = fixture('opensanctions.ftm.json', p);
    const dry = await run({ files: [file], dryRun: true });
    expect(await countsOf(server.executor, p)).toEqual({ nodes: 0, relationships: 0, distinctRelationships: 0 });
    const real = await run({ files: [file] });
    expect({ ...dry.totals }).toEqual({ ...real.totals });
    expect(real.totals).toMatchObject({ created: 15, rejected: 1 });
    const again = await run({ files: [file] });
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 15, rejected: 1 });
    expect(await watchlistsOf(p)).toHaveLength(1);
  });
});

describe('FollowTheMoney named *.json (as Aleph exports are)', () => {
  it('is recognised by its first entity and read as FtM; a native file named *.json stays NDJSON', async () => {
    const p = uid('ftmj');
    const source = fixture('sanctions.ftm.json', p);
    const file = join(dirname(source), 'export.json');
    renameSync(source, file);
    const report = await run({ files: [file], dryRun: true });
    expect(report.files[0]!.format).toBe('ftm');
    expect(report.unmappedSchemata).toEqual({ Payment: 1, Vessel: 2 });
    expect(report.totals).toMatchObject({ nodes: 12, relationships: 12 });
    const native = join(dirname(source), 'native.json');
    renameSync(fixture('world.ndjson', p), native);
    expect((await run({ files: [native], dryRun: true })).files[0]!.format).toBe('ndjson');
  });

  it('read as NDJSON on purpose, each entity is rejected with a reason that says to use --format ftm', async () => {
    const p = uid('ftmn');
    const file = fixture('opensanctions.ftm.json', p);
    const report = await run({ files: [file], format: 'ndjson', dryRun: true });
    expect(report.totals).toMatchObject({ read: 6, rejected: 6 });
    const reasons = new Set(rejectsOf(file).map((r) => r.reason));
    expect([...reasons]).toEqual(['kind: expected "node", "relationship", "retract" or "erase", got nothing; this looks like a FollowTheMoney entity (id, schema, properties): import the file with --format ftm']);
    expect(readFileSync(file, 'utf8')).toContain('"schema": "Sanction"');
  });
});
