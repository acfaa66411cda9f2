// Migrations are idempotent and leave the constraints and indexes the queries rely on.
import { afterAll, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { GraphExecutor } from '../../src/graph/executor.js';
import { applyMigrations, migrationsApplied, SEARCH_INDEX, UNDATED_KEY_INDEX } from '../../src/graph/migrations.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { KEYS_META } from '../../src/identity/backfill.js';
import { NAME_KEYS_VERSION, personKeys } from '../../src/identity/nameKeys.js';
import { NAMES_META, NAMES_VERSION } from '../../src/search/namesBackfill.js';
import { toLuceneQuery } from '../../src/search/luceneQuery.js';

afterAll(closeTestDriver);

it('applying twice changes nothing and reports the schema as applied', async () => {
  const graph = testExecutor();
  const schema = async () => {
    const rows = await graph.trustedRead('SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name');
    return rows;
  };
  await applyMigrations(graph);
  const before = await schema();
  await applyMigrations(graph);
  expect(await schema()).toEqual(before);
  expect(await migrationsApplied(graph)).toBe(true);
  const names = before.map((r) => r.name);
  expect(names).toEqual(expect.arrayContaining(['entity_id', 'agency_code', SEARCH_INDEX, UNDATED_KEY_INDEX, 'rel_recruited_id', 'document_number']));
  expect(before.every((r) => r.state === 'ONLINE')).toBe(true);
  expect(before.find((r) => r.name === SEARCH_INDEX)?.type).toBe('FULLTEXT');
});

// Schema 5: search's fuzzy terms run on one `names` field. A graph written before it gets `names` in
// batches, resumed from the last id done when a start was interrupted; then the old index is dropped.
it('fills `names` on records written without it, resuming from the cursor an interrupted start left', async () => {
  const graph = testExecutor();
  const stamp = `names-${Date.now()}`;
  const [a, b, c] = ['a', 'b', 'c'].map((x) => `${stamp}-${x}`) as [string, string, string];
  const namesOf = async () =>
    (await graph.trustedRead('MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.names AS names ORDER BY id', { p: stamp })).map((r) => [r.id, r.names]);
  const meta = async () => (await graph.trustedRead('MATCH (m:SkeinMeta {key: $key}) RETURN m.version AS version, m.after AS after', { key: NAMES_META }))[0];
  try {
    await applyMigrations(graph);
    // As an older release wrote them: name and aliases, no `names`; and the old index beside the new one.
    await graph.trustedWrite(
      `CREATE (:Entity:Person {id: $a, name: 'Yusuf Fictamani', aliases: ['Abu Fictam']}), (:Entity:Organisation {id: $b, name: 'Fictam Relief'}),
              (:Entity:Document {id: $c, number: 'ZX123'})`,
      { a, b, c },
    );
    await graph.trustedWrite("CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliases]");
    // A start interrupted after the batch that ended at `a`: the next one resumes after it.
    await graph.trustedWrite('MERGE (m:SkeinMeta {key: $key}) SET m.version = $version, m.after = $a', { key: NAMES_META, version: NAMES_VERSION, a });
    await applyMigrations(graph);
    expect(await namesOf()).toEqual([[a, null], [b, ['Fictam Relief']], [c, null]]);
    expect(await meta()).toMatchObject({ version: NAMES_VERSION, after: null });
    const indexes = (await graph.trustedRead('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
    expect(indexes).toContain(SEARCH_INDEX);
    expect(indexes).not.toContain('entity_search');

    // A graph with no record of `names` at all (an older release's) is filled whole, and then found
    // by a two-edit spelling of an alias through the one fuzzy field.
    await graph.trustedWrite('MATCH (m:SkeinMeta {key: $key}) DELETE m', { key: NAMES_META });
    await applyMigrations(graph);
    expect(await namesOf()).toEqual([[a, ['Yusuf Fictamani', 'Abu Fictam']], [b, ['Fictam Relief']], [c, null]]);
    const hits = await graph.trustedRead('CALL db.index.fulltext.queryNodes($index, $q) YIELD node WHERE node.id STARTS WITH $p RETURN node.id AS id', {
      index: SEARCH_INDEX,
      q: toLuceneQuery(['abuu', 'fyctamm']),
      p: stamp,
    });
    expect(hits.map((r) => r.id)).toEqual([a]);
    // Marked done: the next start reads nothing.
    await graph.trustedWrite('MATCH (n:Entity {id: $a}) REMOVE n.names', { a });
    await applyMigrations(graph);
    expect((await namesOf())[0]).toEqual([a, null]);
  } finally {
    await graph.trustedWrite('MATCH (n:Entity) WHERE n.id STARTS WITH $p DELETE n', { p: stamp });
    await graph.trustedWrite('DROP INDEX entity_search IF EXISTS');
  }
});

it('the id constraint refuses a second record with the same id', async () => {
  const graph = testExecutor();
  const id = `dup-${Date.now()}`;
  await graph.trustedWrite('CREATE (:Entity:Person {id: $id})', { id });
  await expect(graph.trustedWrite('CREATE (:Entity:Organisation {id: $id})', { id })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  await graph.trustedWrite('MATCH (n:Entity {id: $id}) DELETE n', { id });
});

it('re-keys stored people once when the name key algorithm changed, and not at every start', async () => {
  const graph = testExecutor();
  const id = `keys-${Date.now()}`;
  await graph.trustedWrite("CREATE (:Entity:Person {id: $id, name: 'Yusuf Fictamani', birthDate: date('1990-03-04'), nameKeys: ['stale'], nameTokens: ['stale']})", { id });
  const keysOf = async () => (await graph.trustedRead('MATCH (p:Person {id: $id}) RETURN p.nameKeys AS keys, p.nameTokens AS tokens', { id }))[0];
  const version = async () => (await graph.trustedRead('MATCH (m:SkeinMeta {key: $key}) RETURN m.version AS v', { key: KEYS_META }))[0]?.v;
  try {
    await applyMigrations(graph);
    expect(await keysOf()).toEqual({ keys: ['stale'], tokens: ['stale'] });

    await graph.trustedWrite('MATCH (m:SkeinMeta {key: $key}) SET m.version = $old', { key: KEYS_META, old: NAME_KEYS_VERSION - 1 });
    await applyMigrations(graph);
    const expected = personKeys({ name: 'Yusuf Fictamani', birthDate: '1990-03-04' });
    expect(await keysOf()).toEqual({ keys: expected.nameKeys, tokens: expected.nameTokens });
    expect(expected.nameKeys.some((k) => k.startsWith('y1990_'))).toBe(true);
    expect(Number(await version())).toBe(NAME_KEYS_VERSION);
    // A person without a birth date gets its undated keys again in the undated people's own index.
    await graph.trustedWrite("MATCH (p:Person {id: $id}) SET p.birthDate = null, p.name = 'Yusuf Fictamanu'", { id });
    await graph.trustedWrite('MATCH (m:SkeinMeta {key: $key}) SET m.version = $old', { key: KEYS_META, old: NAME_KEYS_VERSION - 1 });
    await applyMigrations(graph);
    const undated = personKeys({ name: 'Yusuf Fictamanu' }).undatedKeys ?? [];
    expect(undated.length).toBeGreaterThan(0);
    const found = await graph.trustedRead('CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id', { index: UNDATED_KEY_INDEX, q: `"${undated[0]}"` });
    expect(found.map((r) => r.id)).toContain(id);
  } finally {
    await graph.trustedWrite('MATCH (n:Entity {id: $id}) DELETE n', { id });
  }
});

// Issue 15: after `import --initial` of a large world, index population outlasts the 15 s query
// timeout; waiting for it (applyMigrations' db.awaitIndexes) has its own bound.
it('a trusted wait is bounded by its own timeout, not the per-query one', async () => {
  const uri = inject('neo4jUri');
  const driver = createDriver(uri, { uri, user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined, queryTimeoutMs: 100 });
  const strict = new GraphExecutor(driver, { database: undefined, timeoutMs: 100 });
  const slow = 'UNWIND range(1, 30000000) AS x RETURN sum(x % 7) AS s';
  try {
    await expect(strict.trustedRead(slow)).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    const [row] = await strict.trustedWait(slow, {}, 300_000);
    expect(Number(row?.s)).toBeGreaterThan(0);
  } finally {
    await driver.close();
  }
}, 300_000);

// Issue 15: `import --initial` fails under load when the wait for index builds is bounded by the
// per-query timeout. Here a real index build outlasts the per-query timeout of the executor that
// applies the schema: applying it must still wait the build out, and succeed.
it('applying the schema waits out an index build longer than the per-query timeout', async () => {
  const graph = testExecutor();
  const uri = inject('neo4jUri');
  const perQueryMs = 1_500;
  const driver = createDriver(uri, { uri, user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined, queryTimeoutMs: perQueryMs });
  const strict = new GraphExecutor(driver, { database: undefined, timeoutMs: perQueryMs });
  const state = async () => (await graph.trustedRead("SHOW INDEXES YIELD name, state WHERE name = 'wait_probe_text' RETURN state"))[0]?.state;
  try {
    await applyMigrations(graph);
    // Full-text population of a few hundred thousand short texts takes seconds: longer than perQueryMs.
    for (let i = 0; i < 6; i++) {
      await graph.trustedWrite(
        "UNWIND range($from, $from + 49999) AS i CREATE (:WaitProbe {text: 'probe ' + toString(i) + ' alpha bravo charlie delta echo foxtrot golf hotel india juliet ' + toString(i * 7919)})",
        { from: i * 50_000 },
      );
    }
    await graph.trustedWrite("CREATE FULLTEXT INDEX wait_probe_text FOR (n:WaitProbe) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.eventually_consistent`: false } }");
    expect(await state()).toBe('POPULATING');
    const started = Date.now();
    await applyMigrations(strict);
    const waited = Date.now() - started;
    expect(await state()).toBe('ONLINE');
    // Proof that the build did outlast the per-query timeout (else this test shows nothing).
    expect(waited).toBeGreaterThan(perQueryMs);
  } finally {
    await driver.close();
    await graph.trustedWrite('DROP INDEX wait_probe_text IF EXISTS');
    while (Number((await graph.trustedWrite('MATCH (n:WaitProbe) WITH n LIMIT 50000 DELETE n RETURN count(*) AS n'))[0]?.n) > 0);
  }
}, 300_000);
