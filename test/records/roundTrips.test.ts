// Round trips per request: a page of 100 people with their documents and memberships, a person with
// nested connections, each read in one statement besides the agreements, in one transaction.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectOneTransaction, testServer } from '../helpers/server.js';
import { agencyCode, gid, uid } from '../helpers/ids.js';
import { node, rel, writeWorld } from '../helpers/world.js';
import { closeTestDriver } from '../helpers/graph.js';
import type { GraphRecord } from '../../src/model/graphModel.js';
import { encodeKeyCursor } from '../../src/connections/paging.js';

const server = testServer();
// people(first:) pages by id, and ids begin with the agency code: 'AAAA-' puts ours ahead of other files' CLEAR people.
const me = agencyCode('aaaa');
// 'AA-…' sorts before 'AAAA-…': the other agency's records come first in id order.
const other = agencyCode('aa');
const mine = new Set<string>();
/** A person whose associates, in id order, are three records hidden from `me` (RED of another agency) then two visible ones. */
const hub = gid(me, 'hub');
const hubAssociates: Array<{ id: string; visible: boolean }> = [];

beforeAll(async () => {
  const records: GraphRecord[] = [];
  const org = gid(me, 'org');
  records.push(node('Organisation', org, me, 'GREEN', { name: 'Round Trip Brothers', kind: 'FRONT' }));
  for (let i = 0; i < 100; i++) {
    const p = gid(me, '000per');
    mine.add(p);
    const d = gid(me, 'doc');
    records.push(
      node('Person', p, me, 'GREEN', { name: `Person ${i}`, ...(i % 3 === 0 ? { aliases: [`P-${i}`], birthDate: '1990-02-03', nationalities: ['NL', 'MA'] } : {}) }),
      node('Document', d, me, 'GREEN', { number: `RT${i}`, kind: 'PASSPORT', issuingCountry: 'NL' }),
      rel('HOLDS', uid('rel'), p, d, me, 'GREEN'),
      rel('MEMBER_OF', uid('rel'), p, org, me, 'GREEN', { role: 'member' }),
    );
  }
  records.push(node('Person', hub, me, 'GREEN', { name: 'Hub' }));
  for (let i = 0; i < 5; i++) {
    const visible = i >= 3;
    const id = `${visible ? me : other}:${'abcde'[i]}-${uid('per')}`;
    hubAssociates.push({ id, visible });
    records.push(node('Person', id, visible ? me : other, visible ? 'GREEN' : 'RED', { name: `Associate ${i}` }));
    records.push(rel('ASSOCIATE_OF', uid('rel'), hub, id, visible ? me : other, visible ? 'GREEN' : 'RED'));
  }
  await writeWorld(server.executor, [me, other], [], records);
});

afterAll(async () => {
  await server.stop();
  await closeTestDriver();
});

it('100 people x (documents + memberships) = 1 data statement, plus the one agreements read', async () => {
  const res = await server.as(me).query(`{
    people(first: 100) { totalCount edges { node { id name
      documents { totalCount edges { node { number } } }
      memberships { edges { node { name } link { properties } } } } } } }`);
  expect(res.errors).toBeUndefined();
  const edges = res.data?.people.edges as Array<{ node: { id: string; documents: { totalCount: number } } }>;
  expect(edges).toHaveLength(100);
  // Other test files may add CLEAR people (visible to all) to the same database; ours hold one passport each.
  expect(res.data?.people.totalCount).toBeGreaterThanOrEqual(100);
  const ours = edges.filter((e) => mine.has(e.node.id));
  expect(ours.length).toBe(100);
  expect(ours.every((e) => e.node.documents.totalCount === 1)).toBe(true);
  // Another test file writing agencies meanwhile moves the sharing state: a statement with the cached view
  // then runs again, in a new transaction, and says so (aclRetries).
  expect(res.stats.queries).toBe(1 + res.stats.aclRetries);
  expect(res.stats.aclReads).toBeLessThanOrEqual(1); // 0 when the view was cached (test/auth/aclCache)
  // Left to the loaders (under @include), the same answer.
  const viaLoaders = await server.as(me).query(`{
    people(first: 100) { totalCount edges { node { id name
      documents @include(if: true) { totalCount edges { node { number } } }
      memberships @include(if: true) { edges { node { name } link { properties } } } } } } }`);
  expect(viaLoaders.stats.queries).toBe(3 + viaLoaders.stats.aclRetries);
  // totalCount counts every visible person, and other files add CLEAR people between the two requests.
  expect(viaLoaders.data?.people.edges).toEqual(res.data?.people.edges);
  expect(viaLoaders.data?.people.totalCount).toBeGreaterThanOrEqual(100);
  // The agreements and the data statement share the request's one read transaction.
  expect(res.stats.transactions).toBe(1 + res.stats.aclRetries);
});

it('a person lookup with nested documents and memberships takes exactly one transaction', async () => {
  const id = [...mine][0];
  const res = await server.as(me).query(
    `query($id: ID!) { person(id: $id) { id name
      documents { totalCount edges { node { number } } }
      memberships { edges { node { name } } } } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data?.person.documents.totalCount).toBe(1);
  expect(res.data?.person.memberships.edges).toHaveLength(1);
  expect(res.stats.transactions).toBe(1 + res.stats.aclRetries);
});

it('a lookup answered whole by its one statement runs it without BEGIN/COMMIT; a field reading on its own keeps one shared transaction', async () => {
  const id = [...mine][0];
  const q = `query($id: ID!) { person(id: $id) { id name documents { totalCount edges { node { number } } } memberships { edges { node { name } } } } }`;
  await server.as(me).query(q, { id }); // the view is cached from here on
  const res = await server.as(me).query(q, { id });
  expect(res.errors).toBeUndefined();
  expect(res.data?.person.documents.totalCount).toBe(1);
  expect(res.stats.transactions).toBe(1 + res.stats.aclRetries);
  // A view read in this request (the cache expired) opens the shared transaction first; a stale cached
  // view fails the auto-commit statement, which then runs again in a transaction (aclRetries).
  expect(res.stats.autoCommits).toBe(res.stats.aclReads > res.stats.aclRetries ? 0 : 1);
  // journeys reads travel legs with statements of its own: the compiled statement then shares their transaction.
  const more = await server.as(me).query(q.replace('id name', 'id name journeys { legs { id } }'), { id });
  expect(more.errors).toBeUndefined();
  expect(more.stats.queries).toBeGreaterThan(1 + more.stats.aclRetries);
  expect(more.stats.autoCommits ?? 0).toBe(0);
  expectOneTransaction(more.stats);
  expect(more.data?.person.documents).toEqual(res.data?.person.documents);
  // Two root fields: two statements, one transaction.
  const two = await server.as(me).query(`query($id: ID!) { a: person(id: $id) { id documents { edges { node { number } } } } b: person(id: $id) { memberships { edges { node { name } } } } }`, { id });
  expect(two.errors).toBeUndefined();
  expect(two.stats.autoCommits ?? 0).toBe(0);
  expectOneTransaction(two.stats);
});

it('paths as the whole query is its one statement without BEGIN/COMMIT; beside another root field, one shared transaction', async () => {
  const [a, b] = [...mine];
  const q = `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 2) { length nodes { key label } edges { type } } }`;
  await server.as(me).query(q, { a, b }); // the view is cached from here on
  const res = await server.as(me).query(q, { a, b });
  expect(res.errors).toBeUndefined();
  // Two members of one organisation: person - MEMBER_OF - organisation - MEMBER_OF - person.
  expect(res.data?.paths[0]).toMatchObject({ length: 2, edges: [{ type: 'MEMBER_OF' }, { type: 'MEMBER_OF' }] });
  expect(res.stats.queries).toBe(1 + res.stats.aclRetries);
  expect(res.stats.transactions).toBe(1 + res.stats.aclRetries);
  expect(res.stats.autoCommits).toBe(res.stats.aclReads > res.stats.aclRetries ? 0 : 1);
  const two = await server.as(me).query(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 2) { length } person(id: $a) { id name } }`, { a, b });
  expect(two.errors).toBeUndefined();
  expect(two.data?.paths[0].length).toBe(2);
  expect(two.stats.autoCommits ?? 0).toBe(0);
  expectOneTransaction(two.stats);
});

it('a search whose hits all fit on its page is one statement, auto-commit when nothing below reads more; a longer list reads its page by id', async () => {
  const q = `query($t: String!) { search(text: $t, first: 10) { totalCount edges { score node { __typename id ... on Organisation { name } } } } }`;
  await server.as(me).query(q, { t: 'Round Trip Brothers' }); // the view is cached from here on
  const res = await server.as(me).query(q, { t: 'Round Trip Brothers' });
  expect(res.errors).toBeUndefined();
  expect(res.data?.search.edges.map((e: { node: { name?: string } }) => e.node.name)).toContain('Round Trip Brothers');
  expect(res.data?.search.edges.length).toBeLessThan(10);
  expect(res.stats.queries).toBe(1 + res.stats.aclRetries);
  expect(res.stats.transactions).toBe(1 + res.stats.aclRetries);
  expect(res.stats.autoCommits).toBe(res.stats.aclReads > res.stats.aclRetries ? 0 : 1);
  // members read with a statement of their own: the search statement then shares their transaction.
  const deeper = await server.as(me).query(q.replace('{ name }', '{ name members { totalCount } }'), { t: 'Round Trip Brothers' });
  expect(deeper.errors).toBeUndefined();
  expect(deeper.data?.search.edges.find((e: { node: { name?: string } }) => e.node.name === 'Round Trip Brothers')?.node.members.totalCount).toBe(100);
  expect(deeper.stats.autoCommits ?? 0).toBe(0);
  expectOneTransaction(deeper.stats);
  // 100 people named Person <i>: more hits than the page, whose records are read by id afterwards.
  const many = await server.as(me).query(`{ search(text: "person", types: [Person], first: 10) { totalCount edges { node { id ... on Person { name } } } } }`);
  expect(many.errors).toBeUndefined();
  expect(many.data?.search.totalCount).toBeGreaterThanOrEqual(100);
  expect(many.data?.search.edges).toHaveLength(10);
  expect(many.data?.search.edges.every((e: { node: { name?: string } }) => typeof e.node.name === 'string')).toBe(true);
  expect(many.stats.queries).toBe(2 + many.stats.aclRetries);
});

it('a compiled page of related records passes over hidden ones ahead of it in order, as the loaders do', async () => {
  const visible = hubAssociates.filter((a) => a.visible).map((a) => a.id);
  expect([...hubAssociates.map((a) => a.id)].sort()).toEqual(hubAssociates.map((a) => a.id)); // hidden ones first in id order
  // Under @include the connection is left to the loaders (one statement per field), outside it compiled.
  const q = (first: number, directive: string) => `query($id: ID!) { person(id: $id) { id associates(first: ${first}) ${directive} { edges { node { id } } pageInfo { hasNextPage } } } }`;
  for (const first of [1, 2, 3]) {
    const compiled = await server.as(me).query(q(first, ''), { id: hub });
    const loaders = await server.as(me).query(q(first, '@include(if: true)'), { id: hub });
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data?.person.associates.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(visible.slice(0, first));
    expect(compiled.data?.person.associates.pageInfo.hasNextPage).toBe(first < visible.length);
    expect(loaders.data).toEqual(compiled.data);
  }
});

it('a list without totalCount skips the count yet pages the same (hasNextPage from one record past the page)', async () => {
  const q = (withTotal: boolean, after?: string) =>
    server.as(me).query(
      `query($after: String) { people(first: 40, after: $after) { ${withTotal ? 'totalCount' : ''} edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
  const counted = await q(true);
  const bare = await q(false);
  expect(bare.errors).toBeUndefined();
  expect(bare.data?.people.edges).toEqual(counted.data?.people.edges);
  expect(bare.data?.people.edges).toHaveLength(40);
  expect(bare.data?.people.pageInfo).toEqual(counted.data?.people.pageInfo);
  expect(bare.data?.people.pageInfo.hasNextPage).toBe(true);
  // Walked page by page, the list holds as many people as totalCount says. Other test files write
  // records every viewer sees (CLEAR ones) while this one runs, so the walk counts only when the total is
  // the same before and after it; a few tries.
  let all: string[] = [];
  let steady = false;
  for (let attempt = 0; attempt < 5 && !steady; attempt++) {
    const before = (await q(true)).data?.people.totalCount as number;
    all = [];
    for (let after: string | undefined; ; ) {
      const res = await q(false, after);
      all.push(...(res.data?.people.edges as Array<{ node: { id: string } }>).map((e) => e.node.id));
      if (!res.data?.people.pageInfo.hasNextPage) break;
      after = res.data?.people.pageInfo.endCursor as string;
    }
    const afterWalk = (await q(true)).data?.people.totalCount as number;
    steady = before === afterWalk;
    if (steady) expect(all).toHaveLength(before);
  }
  expect(steady).toBe(true);
  expect(new Set(all).size).toBe(all.length);
  // The last page: hasNextPage false both ways (the cursor of the fifth-last visible person).
  const last = encodeKeyCursor(all[all.length - 5]!);
  const tail = [await q(true, last), await q(false, last)];
  expect(tail[1]!.errors).toBeUndefined();
  expect(tail[1]!.data?.people).toMatchObject({ pageInfo: tail[0]!.data?.people.pageInfo, edges: tail[0]!.data?.people.edges });
  expect(tail[1]!.data?.people.pageInfo.hasNextPage).toBe(false);
  expect(tail[1]!.data?.people.edges).toHaveLength(4);
});

it('a person with nested connections two levels deep is one statement besides the agreements, with the same answer as the loaders give', async () => {
  const id = [...mine][0];
  const q = `query($id: ID!) { person(id: $id) { id name
      documents { totalCount edges { cursor node { number holders { totalCount edges { node { id name } link { id } } } } } }
      memberships(first: 5) { edges { node { name members(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } link { properties } } } } }`;
  const res = await server.as(me).query(q, { id });
  expect(res.errors).toBeUndefined();
  expect(res.stats.queries).toBe(1 + res.stats.aclRetries);
  expect(res.stats.transactions).toBe(1 + res.stats.aclRetries);
  const person = res.data?.person as { documents: { edges: Array<{ node: { holders: { totalCount: number; edges: Array<{ node: { id: string } }> } } }> }; memberships: { edges: Array<{ node: { members: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }> } };
  expect(person.documents.edges[0]!.node.holders.edges.map((e) => e.node.id)).toEqual([id]);
  expect(person.memberships.edges[0]!.node.members.totalCount).toBe(100);
  expect(person.memberships.edges[0]!.node.members.edges).toHaveLength(3);
  expect(person.memberships.edges[0]!.node.members.pageInfo.hasNextPage).toBe(true);
  // The same selection behind @include (left to the resolvers): the same answer through the loaders.
  const viaLoaders = await server.as(me).query(q.replace('person(id: $id) {', 'person(id: $id) @include(if: true) {').replace('documents {', 'documents @include(if: true) {').replace('memberships(first: 5) {', 'memberships(first: 5) @include(if: true) {'), { id });
  expect(viaLoaders.errors).toBeUndefined();
  expect(viaLoaders.stats.queries).toBeGreaterThan(1);
  expect(viaLoaders.data).toEqual(res.data);
});

it('related records read with only their selected properties, and pages nobody counts, answer exactly as the loaders do', async () => {
  const id = [...mine][0];
  // A fragment used at two levels, fields and totalCount under directives, aliases with other sub-fields.
  const q = `query($id: ID!, $yes: Boolean = true) { person(id: $id) { ...P documents { edges { node { number holders { edges { node { ...P } } } } } }
      memberships { edges { node { name members(first: 3) { totalCount @include(if: $yes) edges { node { ...P label name @include(if: $yes) } } } } } }
      m2: memberships { edges { node { kind country label provenance { marking source } } } } } }
    fragment P on Person { id name aliases label }`;
  const compiled = await server.as(me).query(q, { id });
  expect(compiled.errors).toBeUndefined();
  const members = compiled.data?.person.memberships.edges[0].node.members;
  expect(members.totalCount).toBe(100);
  expect(members.edges[0].node.name).toMatch(/^Person /);
  expect(compiled.data?.person.m2.edges[0].node).toMatchObject({ kind: 'FRONT', label: 'Round Trip Brothers', provenance: { marking: 'GREEN' } });
  const viaLoaders = await server.as(me).query(q.replace('person(id: $id) {', 'person(id: $id) @include(if: $yes) {').replace(/memberships \{/g, 'memberships @include(if: true) {').replace('m2: memberships @include(if: true) {', 'm2: memberships @skip(if: false) {').replace('documents {', 'documents @include(if: true) {'), { id });
  expect(viaLoaders.errors).toBeUndefined();
  expect(viaLoaders.data).toEqual(compiled.data);
  expect(compiled.stats.queries).toBe(1 + compiled.stats.aclRetries);
});

it("a page's records read with only their selected properties answer exactly as records read whole", async () => {
  // `journeys` is no stored property: selecting it reads each record whole (plan.ts), the reference here.
  const fields = `id name aliases nationalities birthDate label provenance { source marking reportedAt ageDays stale confidence sourceRef }`;
  const q = (extra: string) => server.as(me).query(`{ people(first: 100) { edges { node { ${fields} ${extra} } } } }`);
  const projected = await q('');
  const whole = await q('journeys { departedAt }');
  expect(projected.errors).toBeUndefined();
  expect(whole.errors).toBeUndefined();
  const strip = (data: unknown) => (data as { people: { edges: Array<{ node: Record<string, unknown> }> } }).people.edges.map(({ node: { journeys: _, ...rest } }) => rest);
  expect(strip(projected.data)).toEqual(strip(whole.data));
  expect(strip(projected.data).find((p) => p.name === 'Person 3')).toMatchObject({ aliases: ['P-3'], birthDate: '1990-02-03', nationalities: ['NL', 'MA'], provenance: { source: me, marking: 'GREEN' } });
  // A narrower selection, and two aliased pages with different selections in one operation.
  const two = await server.as(me).query(`{ a: people(first: 100) { edges { node { id name } } } b: people(first: 100) { edges { node { id label provenance { marking } } } } }`);
  expect(two.errors).toBeUndefined();
  const wholeNodes = strip(whole.data);
  expect(two.data?.a.edges.map((e: { node: unknown }) => e.node)).toEqual(wholeNodes.map((p) => ({ id: p.id, name: p.name })));
  expect(two.data?.b.edges.map((e: { node: unknown }) => e.node)).toEqual(wholeNodes.map((p) => ({ id: p.id, label: p.label, provenance: { marking: (p.provenance as { marking: string }).marking } })));
});

it('a lookup alone in its request reads its record with only the selected properties, and answers as the record read whole', async () => {
  const id = [...mine].find((p) => p.includes('000per'))!;
  const person = `person(id: $id) { id name aliases nationalities birthDate label provenance { source marking reportedAt ageDays confidence } documents { edges { node { number } } } }`;
  await server.as(me).query(`query($id: ID!) { ${person} }`, { id }); // the view is cached from here on
  const alone = await server.as(me).query(`query($id: ID!) { ${person} }`, { id });
  // Beside another root field the statement is not the request's only one: the record is read whole.
  const beside = await server.as(me).query(`query($id: ID!) { ${person} again: node(id: $id) { id } }`, { id });
  expect(alone.errors).toBeUndefined();
  expect(beside.errors).toBeUndefined();
  // The sole statement (auto-commit, unless this request read the view or retried a stale one).
  expect(alone.stats.autoCommits).toBe(alone.stats.aclReads > alone.stats.aclRetries ? 0 : 1);
  expect(beside.stats.autoCommits ?? 0).toBe(0);
  expect(alone.data?.person).toEqual(beside.data?.person);
  expect(alone.data?.person.documents.edges).toHaveLength(1);
  // Person 0, 3, 6, ... carry aliases, a birth date and nationalities (beforeAll).
  const rich = [...mine].slice(0, 9);
  for (const p of rich) {
    const [a, b] = [await server.as(me).query(`query($id: ID!) { ${person} }`, { id: p }), await server.as(me).query(`query($id: ID!) { ${person} again: node(id: $id) { id } }`, { id: p })];
    expect(a.data?.person).toEqual(b.data?.person);
  }
  expect((await server.as(me).query(`query($id: ID!) { ${person} }`, { id: rich[0] })).data?.person).toMatchObject({ aliases: ['P-0'], birthDate: '1990-02-03', nationalities: ['NL', 'MA'] });
});
