// An import into a namespace that held no relationship skips the cross-type id check for ids it never
// sent (queries.ts RELATIONSHIP_ID_LOCK, import/idLedger.ts). Skipped only while no other writer has
// written one of the namespace's relationship ids: each other writer (an ingest call, the demo writer,
// an analyst's SAME_AS confirmation, another import) and a namespace found holding relationships must
// put the check back, or an id would live in two types.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ProfiledPlan } from 'neo4j-driver';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { fixtureFile, rejectsOf } from './fixtures.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import { BisectingWriter } from '../../src/ingest/import/bisect.js';
import { RelationshipIdLedger } from '../../src/ingest/import/idLedger.js';
import { executorRunner, type IngestRunner } from '../../src/ingest/runner.js';
import { storedProperties } from '../../src/ingest/toRows.js';
import { CLAIM_ID_NAMESPACES, DYNAMIC_TYPE_PROBE, freshParams, freshRelationshipStatement, idLockKey, ingestStatement } from '../../src/ingest/queries.js';
import { aclMacro } from '../../src/graph/acl.js';
import { writeRecords } from '../../src/ingest/writeRecords.js';
import type { GraphRecord, RelationshipType } from '../../src/model/graphModel.js';
import { freshTextFor, runFreshBatch, type BatchItem } from '../../src/ingest/batch.js';
import { requestTimedOut, serviceUnavailable } from '../../src/graph/errors.js';

// First plans of the ingest statements cost seconds on a busy 2-core box.
vi.setConfig({ testTimeout: 120_000 });

const server = testServer();
const link = (type: RelationshipType, id: string, agency: string, [p, q]: readonly string[]) => rel(type, id, p!, q!, agency, 'AMBER');

/** A registered agency with two people and no relationship: an empty namespace of relationship ids. */
async function emptyNamespace(): Promise<{ agency: string; people: string[] }> {
  const agency = agencyCode('led');
  const people = [uid('per'), uid('per')];
  await writeWorld(server.executor, [agency], [], people.map((id, k) => node('Person', id, agency, 'AMBER', { name: `Person ${k}` })));
  return { agency, people };
}

/** The import's writer (the CLI's, with --trust-sources), with a ledger of its own. */
function importer(runner: IngestRunner = executorRunner(server.executor, 'all')) {
  const ledger = new RelationshipIdLedger();
  const writer = new BisectingWriter(runner, false, ledger);
  return {
    ledger,
    write: async (...records: GraphRecord[]) => {
      const result = await writer.write(records.map((record) => ({ record })));
      return [...result.rejected.map((r) => r.rejection.code), ...Array<string>(result.counts.created).fill('created')];
    },
  };
}

/** Another writer of the namespace: the same statement without an import's token. */
const otherWriter = () => new BisectingWriter(executorRunner(server.executor, 'all'), false);

/** A relationship's row as the ingest statement takes it (batch.ts), alone in its batch. */
function row(r: GraphRecord) {
  if (r.kind !== 'relationship') throw new Error('a relationship');
  return { i: 0, id: r.id, from: r.from, to: r.to, fromPending: null, toPending: null, fresh: false, props: storedProperties(r) };
}

const holderOf = async (agency: string) =>
  (await server.executor.trustedRead('MATCH (m:SkeinMeta {key: $key}) RETURN m.holder AS holder', { key: idLockKey(agency) }))[0]?.holder ?? null;

const typesOf = async (id: string) =>
  (await server.executor.trustedRead('MATCH ()-[r]->() WHERE r.id = $id RETURN type(r) AS type ORDER BY type', { id })).map((r) => r.type);

const CONFIRM = `mutation($a: ID!, $b: ID!, $r: String!) { confirmSameAs(a: $a, b: $b, reason: $r) { sameAsId } }`;

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

describe('the cross-type id check an import may skip', () => {
  it('an import into an empty namespace claims it, then writes new ids with the short statement: fourteen seeks fewer per row (db hits, asked of Neo4j)', async () => {
    const { agency, people } = await emptyNamespace();
    const texts: string[] = [];
    const real = executorRunner(server.executor, 'all');
    const imp = importer({
      run: (mode, cypher, params) => (texts.push(cypher), real.run(mode, cypher, params)),
      runOnce: (mode, cypher, params) => (texts.push(cypher), real.runOnce!(mode, cypher, params)),
    });
    const n = 50;
    const batch = () => Array.from({ length: n }, () => link('ASSOCIATE_OF', uid('rel'), agency, people));
    expect(await imp.write(...batch())).toEqual(Array(n).fill('created'));
    // The server (Neo4j 5.26) takes the type as a parameter: one text for every type.
    expect(texts).toEqual([CLAIM_ID_NAMESPACES, DYNAMIC_TYPE_PROBE, freshRelationshipStatement()]);
    expect(freshRelationshipStatement()).not.toContain('ASSOCIATE_OF');
    expect(await holderOf(agency)).toBe(imp.ledger.holder);

    // Both statements on the same new rows, profiled and rolled back.
    const rows = batch().map((r, i) => ({ ...row(r), i, fresh: true }));
    const hits = async (cypher: string) => {
      const session = server.executor.driver.session();
      const tx = session.beginTransaction();
      try {
        const result = await tx.run(`PROFILE ${cypher.replace(aclMacro(), 'true')}`, { rows0: rows, changeKind: 'IMPORT', idLocks: [idLockKey(agency)], holder: imp.ledger.holder, ...freshParams('ASSOCIATE_OF') });
        expect((result.records[0]!.get('outcomes') as Array<{ outcome: string; n: unknown }>).map((o) => [o.outcome, Number(o.n)])).toEqual([['created', n]]);
        const total = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + total(c), 0);
        return total(result.summary.profile as ProfiledPlan);
      } finally {
        await tx.rollback();
        await session.close();
      }
    };
    const [short, full] = [await hits(freshRelationshipStatement()), await hits(ingestStatement([{ kind: 'relationship', type: 'ASSOCIATE_OF' }], true))];
    // Fourteen other types, at least one db hit per seek and row (and the short one skips its own type's too).
    expect(full - short).toBeGreaterThanOrEqual(14 * n);
  });

  it('a fresh batch is tried once: when its answer is lost after the commit, the full way finds its rows and creates nothing twice', async () => {
    const { agency, people } = await emptyNamespace();
    const real = executorRunner(server.executor, 'all');
    let tries = 0;
    // The commit goes through; the answer does not come back (a connection lost at that moment).
    const lossy: IngestRunner = {
      run: real.run,
      runOnce: async (mode, cypher, params) => {
        tries += 1;
        await real.runOnce!(mode, cypher, params);
        throw Object.assign(new Error('connection lost before the answer'), { code: 'ServiceUnavailable' });
      },
    };
    const imp = importer(lossy);
    const ids = Array.from({ length: 5 }, () => uid('rel'));
    // Written by the try, then found by the full statement: unchanged, nothing refused, nothing twice.
    expect(await imp.write(...ids.map((id) => link('ASSOCIATE_OF', id, agency, people)))).toEqual([]);
    expect(tries).toBe(1);
    for (const id of ids) expect(await typesOf(`${agency}:${id}`)).toEqual(['ASSOCIATE_OF']);
  });

  it('on a server without parameter types (before Neo4j 5.26) the text names its type and writes the same', async () => {
    expect(await freshTextFor(executorRunner(server.executor, 'all'))).toBe('shared');
    const { agency, people } = await emptyNamespace();
    const imp = importer();
    expect(await imp.write(link('ASSOCIATE_OF', uid('rel'), agency, people))).toEqual(['created']);
    const items: BatchItem[] = Array.from({ length: 3 }, () => ({ record: link('FAMILY_OF', uid('rel'), agency, people), fresh: true }));
    const written = await runFreshBatch(executorRunner(server.executor, 'all'), items, imp.ledger.holder, { text: 'perType' });
    expect([written.result.counts.created, written.recheck, written.known]).toEqual([3, [], true]);
    for (const it of items) expect(await typesOf(it.record.id)).toEqual(['FAMILY_OF']);
    expect(freshRelationshipStatement('FAMILY_OF')).toContain('[r:FAMILY_OF]');
  });

  it("the server's answer picks the text: a refused statement means one text per type; a failed probe answers nothing and is asked again", async () => {
    const exec = executorRunner(server.executor, 'all');
    // A server before 5.26 refuses a type given as a parameter as a syntax error; this one refuses a text it
    // cannot parse the same way.
    const older: IngestRunner = { run: (mode, cypher, params) => exec.run(mode, cypher === DYNAMIC_TYPE_PROBE ? cypher.replace('$($type)', '$type') : cypher, params) };
    expect(await freshTextFor(older)).toBe('perType');
    await expect(freshTextFor({ run: () => Promise.reject(serviceUnavailable()) })).rejects.toThrow(/unavailable/);

    // The first probe times out: that batch goes the full way, and the next one asks again and goes the short way.
    let probes = 0;
    let tries = 0;
    const flaky: IngestRunner = {
      run: (mode, cypher, params) => (cypher === DYNAMIC_TYPE_PROBE && ++probes === 1 ? Promise.reject(requestTimedOut()) : exec.run(mode, cypher, params)),
      runOnce: (mode, cypher, params) => {
        tries += 1;
        return exec.runOnce!(mode, cypher, params);
      },
    };
    const { agency, people } = await emptyNamespace();
    const imp = importer(flaky);
    expect(await imp.write(link('ASSOCIATE_OF', uid('rel'), agency, people))).toEqual(['created']);
    expect([probes, tries]).toEqual([1, 0]);
    expect(await imp.write(link('ASSOCIATE_OF', uid('rel'), agency, people))).toEqual(['created']);
    expect([probes, tries]).toEqual([2, 1]);
  });

  it('an id the import sent before in another type is still refused (the ledger marks it not fresh)', async () => {
    const { agency, people } = await emptyNamespace();
    const imp = importer();
    const id = uid('rel');
    expect(await imp.write(link('RECRUITED', id, agency, people))).toEqual(['created']);
    expect(await imp.write(link('ASSOCIATE_OF', id, agency, people))).toEqual(['TYPE_CONFLICT']);
    expect(await typesOf(`${agency}:${id}`)).toEqual(['RECRUITED']);
  });

  const others: Array<[string, (agency: string, people: string[], id: string) => Promise<string>]> = [
    ['another ingest write', async (agency, people, id) => {
      const result = await otherWriter().write([{ record: link('RECRUITED', id, agency, people) }]);
      expect(result.counts.created).toBe(1);
      return `${agency}:${id}`;
    }],
    ['the demo writer', async (agency, people, id) => {
      await writeRecords(server.executor, [link('RECRUITED', id, agency, people)]);
      return `${agency}:${id}`;
    }],
    ['an analyst confirming two people the same', async (agency, people) => {
      const res = await server.as(agency).query<{ confirmSameAs: { sameAsId: string } }>(CONFIRM, { a: `${agency}:${people[0]}`, b: `${agency}:${people[1]}`, r: 'same passport' });
      expect(res.errors).toBeUndefined();
      return res.data!.confirmSameAs.sameAsId;
    }],
    ['another import', async (agency, people, id) => {
      expect(await importer().write(link('RECRUITED', id, agency, people))).toEqual(['created']);
      return `${agency}:${id}`;
    }],
  ];

  for (const [name, writeOther] of others) {
    it(`${name} between two batches puts the check back: an id it wrote is refused in another type`, async () => {
      const { agency, people } = await emptyNamespace();
      const imp = importer();
      expect(await imp.write(link('ASSOCIATE_OF', uid('rel'), agency, people))).toEqual(['created']);
      expect(await holderOf(agency)).toBe(imp.ledger.holder);
      const taken = await writeOther(agency, people, uid('rel'));
      const [before] = await typesOf(taken);
      // The import never sent this id: its row is fresh, and only the lock can tell it apart.
      expect(await imp.write(link('FAMILY_OF', taken, agency, people))).toEqual(['TYPE_CONFLICT']);
      expect(await typesOf(taken)).toEqual([before]);
    });
  }

  it('a namespace that held relationships before the import is checked from the first batch', async () => {
    const { agency, people } = await emptyNamespace();
    const id = uid('rel');
    await otherWriter().write([{ record: link('RECRUITED', id, agency, people) }]);
    const imp = importer();
    expect(await imp.write(link('FAMILY_OF', id, agency, people))).toEqual(['TYPE_CONFLICT']);
    expect(await holderOf(agency)).toBeNull();
  });

  /**
   * Another writer creates `id` as a RECRUITED in a transaction left open while `imp` writes it as a
   * FAMILY_OF (the import's batch then waits on the lock that transaction holds); returns the import's answer.
   */
  async function whileOpen(agency: string, people: string[], id: string, imp: ReturnType<typeof importer>): Promise<string[]> {
    const session = server.executor.driver.session();
    const tx = session.beginTransaction();
    try {
      const statement = ingestStatement([{ kind: 'relationship', type: 'RECRUITED' }], true).replace(aclMacro(), 'true');
      await tx.run(statement, { rows0: [row(link('RECRUITED', id, agency, people))], changeKind: 'INGEST', idLocks: [idLockKey(agency)], holder: null });
      const batch = imp.write(link('FAMILY_OF', id, agency, people));
      await new Promise((r) => setTimeout(r, 500));
      await tx.commit();
      return await batch;
    } finally {
      await session.close();
    }
  }

  it('a writer whose transaction is still open when the batch starts is seen: the batch waits for the lock, then checks', async () => {
    const { agency, people } = await emptyNamespace();
    const imp = importer();
    expect(await imp.write(link('ASSOCIATE_OF', uid('rel'), agency, people))).toEqual(['created']);
    const id = uid('rel');
    expect(await whileOpen(agency, people, id, imp)).toEqual(['TYPE_CONFLICT']);
    expect(await typesOf(`${agency}:${id}`)).toEqual(['RECRUITED']);
  });

  it('a writer whose transaction is still open when the import claims the namespace is seen: the claim waits for the lock, then looks', async () => {
    const { agency, people } = await emptyNamespace();
    // The lock node is there already (as after a write whose rows were all refused), so the claim does not
    // wait on its creation but only on its lock.
    await server.executor.trustedWrite('MERGE (m:SkeinMeta {key: $key})', { key: idLockKey(agency) });
    const id = uid('rel');
    expect(await whileOpen(agency, people, id, importer())).toEqual(['TYPE_CONFLICT']);
    expect(await holderOf(agency)).toBeNull();
    expect(await typesOf(`${agency}:${id}`)).toEqual(['RECRUITED']);
  });
});

describe('whole imports', () => {
  // Links over 20 ids in two types, batches of 3, one and two relationship batches in flight: repeats
  // land in later batches of the same type (updates) and of the other type (type conflicts).
  const lines = (agency: string) => {
    let seed = 11;
    // xorshift32: its low bits do not cycle the way a power-of-two LCG's do.
    const next = (k: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % k;
    };
    const base = { source: agency, marking: 'GREEN', reportedAt: '2020-01-01T00:00:00Z', confidence: 0.9 };
    const people = Array.from({ length: 6 }, (_, k) => ({ kind: 'node', type: 'Person', id: `per-${k}`, ...base, properties: { name: `Person ${k}` } }));
    const links = Array.from({ length: 80 }, () => {
      const recruited = next(3) === 0;
      const k = next(20);
      // An id keeps its endpoints, but now and then moves (ENDPOINTS_CHANGED).
      const from = next(6) === 0 ? next(6) : k % 6;
      return {
        kind: 'relationship',
        type: recruited ? 'RECRUITED' : 'ASSOCIATE_OF',
        id: `rel-${k}`,
        from: `per-${from}`,
        to: `per-${(from + 1 + (k % 5)) % 6}`,
        ...base,
        properties: recruited ? { channel: `c${next(3)}` } : { relation: `r${next(3)}` },
      };
    });
    return [...people, ...links].map((r) => JSON.stringify(r)).join('\n');
  };
  const stored = async (agency: string) =>
    (
      await server.executor.trustedRead(
        `MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $p AND NOT r.id ENDS WITH '-seed' RETURN type(r) AS type, r.id AS id, a.id AS from, b.id AS to, properties(r) AS props ORDER BY id`,
        { p: `${agency}:` },
      )
    ).map((r) => {
      const props = r.props as Record<string, unknown>;
      return [r.type, r.id, r.from, r.to, props.channel ?? props.relation].map((v) => String(v).replace(`${agency}:`, ''));
    });

  it('into an empty namespace, skipping the check, give the report, rejects and graph of a fully checked import', async () => {
    const outcomes = [];
    for (const relationshipParallel of [1, 2]) {
      for (const seeded of [false, true]) {
        const agency = agencyCode('whl');
        await writeWorld(server.executor, [agency], [], []);
        if (seeded) {
          // One relationship already in the namespace: the whole import is checked.
          const seed: BatchItem[] = [node('Person', 'seed-a', agency, 'GREEN', { name: 'a' }), node('Person', 'seed-b', agency, 'GREEN', { name: 'b' }), rel('FUNDED', 'x-seed', 'seed-a', 'seed-b', agency, 'GREEN')].map((record) => ({ record }));
          await otherWriter().write(seed);
        }
        const file = fixtureFile('repeats.ndjson', lines(agency));
        const report = await importFiles(server.executor, { files: [file], agency, batchSize: 3, relationshipParallel });
        expect(await holderOf(agency)).toEqual(seeded ? null : expect.any(String));
        outcomes.push({ totals: report.totals, rejects: rejectsOf(file).map((r) => [r.line, r.code]), graph: await stored(agency) });
      }
    }
    expect(outcomes[0]!.rejects.map(([, code]) => code)).toEqual(expect.arrayContaining(['DUPLICATE', 'TYPE_CONFLICT', 'ENDPOINTS_CHANGED']));
    expect(outcomes[0]!.totals).toMatchObject({ read: 86, nodes: 6, updated: expect.any(Number), unchanged: expect.any(Number) });
    expect(outcomes[0]!.totals.updated * outcomes[0]!.totals.unchanged).toBeGreaterThan(0);
    for (const o of outcomes.slice(1)) expect(o).toEqual(outcomes[0]);
  });

  it('two imports at once into one empty namespace, one id in two types each: exactly one relationship per id', async () => {
    const { agency, people } = await emptyNamespace();
    const ids = Array.from({ length: 4 }, () => uid('rel'));
    const files = (['RECRUITED', 'ASSOCIATE_OF'] as const).map((type) =>
      fixtureFile(`concurrent-${type}.ndjson`, ids.map((id) => JSON.stringify({ kind: 'relationship', type, id, from: people[0], to: people[1], source: agency, marking: 'AMBER', reportedAt: '2020-01-01T00:00:00Z', confidence: 0.9, properties: {} })).join('\n')),
    );
    const reports = await Promise.all(files.map((file) => importFiles(server.executor, { files: [file], agency, batchSize: 1 })));
    expect(reports.reduce((n, r) => n + r.totals.created, 0)).toBe(ids.length);
    expect(reports.reduce((n, r) => n + r.totals.rejected, 0)).toBe(ids.length);
    for (const id of ids) expect(await typesOf(`${agency}:${id}`)).toHaveLength(1);
  });
});
