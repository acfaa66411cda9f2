// Migrations are idempotent and leave the constraints and indexes the queries rely on.
import { afterAll, expect, it } from 'vitest';
import { applyMigrations, migrationsApplied, SEARCH_INDEX } from '../../src/graph/migrations.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';

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
  expect(names).toEqual(expect.arrayContaining(['entity_id', 'agency_code', SEARCH_INDEX, 'rel_recruited_id', 'document_number']));
  expect(before.every((r) => r.state === 'ONLINE')).toBe(true);
  expect(before.find((r) => r.name === SEARCH_INDEX)?.type).toBe('FULLTEXT');
});

it('the id constraint refuses a second record with the same id', async () => {
  const graph = testExecutor();
  const id = `dup-${Date.now()}`;
  await graph.trustedWrite('CREATE (:Entity:Person {id: $id})', { id });
  await expect(graph.trustedWrite('CREATE (:Entity:Organisation {id: $id})', { id })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  await graph.trustedWrite('MATCH (n:Entity {id: $id}) DELETE n', { id });
});
