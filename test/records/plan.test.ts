// The look-ahead (records/plan.ts) without a database: what it plans, and its bounds.
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type OperationDefinitionNode, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { readFileSync } from 'node:fs';
import { answersAll, countConnections, MAX_CONNECTIONS, planEntity, type EntityPlan } from '../../src/records/plan.js';
import { compile, planFor } from '../../src/records/prefetch.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const plan = (query: string, variables: Record<string, unknown> = {}) => {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  const root = op.selectionSet.selections[0] as FieldNode;
  return planEntity({ schema, fragments: {}, variables }, 'Person', [root.selectionSet!]);
};

describe('planEntity', () => {
  it('takes the resolvers\' arguments, counts only where totalCount is selected, and reads only selected properties', () => {
    const p = plan(`query($n: Int) { person(id: "x") { name documents(first: $n) { edges { node { number } } } recruits { totalCount } } }`, { n: 7 });
    expect([...p.props!].sort()).toEqual(['id', 'name']);
    const docs = p.connections.find((c) => c.name === 'Person.documents')!;
    expect(docs).toMatchObject({ page: { skip: 0, first: 7 }, counted: false });
    expect([...docs.child!.props!].sort()).toEqual(['id', 'number']);
    expect(p.connections.find((c) => c.name === 'Person.recruits')).toMatchObject({ page: { first: 20 }, counted: true });
  });

  it('reads the provenance properties of related records only where `provenance` is selected, through fragments too', () => {
    const p = plan(`{ person(id: "x") { documents { edges { node { number } } } recruits { edges { node { ... on Person { provenance { marking } } } } } } }`);
    const provenance = ['confidence', 'id', 'marking', 'reportedAt', 'source', 'sourceRef', 'validFrom', 'validTo'];
    expect([...p.connections.find((c) => c.name === 'Person.documents')!.child!.props!].sort()).toEqual(['id', 'number']);
    expect([...p.connections.find((c) => c.name === 'Person.recruits')!.child!.props!].sort()).toEqual(provenance);
  });

  it('reads links whole only where some field selects `edges { link }`', () => {
    const p = plan(`{ person(id: "x") { documents { edges { node { number } } }
      recruits { edges { ... on PersonEdge { link { id } } } } associates { edges { cursor } } a: associates { edges { link @include(if: false) { id } } } } }`);
    expect(p.connections.find((c) => c.name === 'Person.documents')?.links).toBe(false);
    expect(p.connections.find((c) => c.name === 'Person.recruits')?.links).toBe(true);
    // Aliases of one page share one read: whole when any of them shows the link (even under a directive).
    expect(p.connections.filter((c) => c.name === 'Person.associates').map((c) => c.links)).toEqual([true]);
  });

  it('a field it does not know reads every property; a connection under a directive is left to the loaders', () => {
    const p = plan(`{ person(id: "x") { journeys { legs { id } } documents @include(if: true) { totalCount } } }`);
    expect(p.props).toBeNull();
    expect(p.connections).toEqual([]);
  });

  it(`plans at most ${MAX_CONNECTIONS} subqueries, less deep when the selection is wide`, () => {
    const level = (depth: number): string =>
      depth === 0 ? 'id' : ['associates', 'recruits', 'recruitedBy', 'family', 'contacts', 'sameAs'].map((f) => `${f} { edges { node { ${level(depth - 1)} } } }`).join(' ');
    const p = plan(`{ person(id: "x") { ${level(3)} } }`);
    expect(countConnections(p)).toBeLessThanOrEqual(MAX_CONNECTIONS);
    expect(p.connections).toHaveLength(6);
  });
});

describe('answersAll', () => {
  // Whether the compiled statement answers the whole selection (then it may run without BEGIN/COMMIT).
  const answered = (query: string) => {
    const doc = parse(query);
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
    const la = { schema, fragments, variables: {} };
    const sets = [(op.selectionSet.selections[0] as FieldNode).selectionSet!];
    return answersAll(la, 'Person', sets, planEntity(la, 'Person', sets));
  };

  it('holds for properties, labels, plain provenance, pages, cursors and links of planned connections, two levels deep, through fragments', () => {
    expect(answered(`{ person(id: "x") { id name aliases nationalities documents { edges { node { number kind } } } memberships { edges { node { name } } } } }`)).toBe(true);
    expect(answered(`{ person(id: "x") { ...P provenance { source marking ageDays stale } documents { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor link { id type properties provenance { marking } } node { ...D holders(first: 3) { edges { node { id label } } } } } } } }
      fragment P on Person { id name label } fragment D on Document { number label }`)).toBe(true);
  });

  it('fails for anything a resolver reads on its own: other fields, agencies behind provenance, directives, connections left unplanned', () => {
    expect(answered(`{ person(id: "x") { id name journeys { legs { id } } } }`)).toBe(false);
    expect(answered(`{ person(id: "x") { id provenance { sourceAgency { code } } } }`)).toBe(false);
    expect(answered(`{ person(id: "x") { id documents { edges { node { number provenance { release { marking } } } } } } }`)).toBe(false);
    expect(answered(`{ person(id: "x") { id documents @include(if: true) { edges { node { number } } } } }`)).toBe(false);
    expect(answered(`{ person(id: "x") { id ...D } } fragment D on Person { name @skip(if: false) }`)).toBe(false);
    // Four levels: the planner stops at three, the fourth is read by the loaders.
    expect(answered(`{ person(id: "x") { associates { edges { node { associates { edges { node { associates { edges { node { associates { edges { node { id } } } } } } } } } } } } } }`)).toBe(false);
  });
});

describe('plans kept per field (planCache.ts)', () => {
  // Resolve info as graphql-js hands it to the root field's resolver; `doc` parsed once, as Apollo keeps it.
  const infoOf = (doc: ReturnType<typeof parse>, variableValues: Record<string, unknown>, operationIndex = 0) => {
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const operation = ops[operationIndex]!;
    const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
    const fieldNodes = [(operation.selectionSet.selections[0]!.kind === 'FragmentSpread'
      ? fragments[(operation.selectionSet.selections[0] as { name: { value: string } }).name.value]!.selectionSet.selections[0]
      : operation.selectionSet.selections[0]) as FieldNode];
    return { schema, fragments, variableValues, operation, fieldNodes, path: { prev: undefined, key: 'person', typename: 'Query' } } as unknown as GraphQLResolveInfo;
  };
  const docsPage = (p: EntityPlan | null) => p?.connections.find((c) => c.name === 'Person.documents')?.page.first;

  it('gives the same plan and statement again while the variables used below the field are the same', () => {
    const doc = parse(`query($id: ID!, $n: Int) { person(id: $id) { name documents(first: $n) { edges { node { number } } } } }`);
    const a = planFor(infoOf(doc, { id: 'p1', n: 7 }), 'Person');
    expect(docsPage(a)).toBe(7);
    // Another id (a variable of the root field only): the same plan, the same compiled statement.
    const b = planFor(infoOf(doc, { id: 'p2', n: 7 }), 'Person');
    expect(b).toBe(a);
    expect(compile(b!)).toBe(compile(a!));
    // Another page size: a plan of its own; the first is still kept.
    const c = planFor(infoOf(doc, { id: 'p1', n: 9 }), 'Person');
    expect(docsPage(c)).toBe(9);
    expect(planFor(infoOf(doc, { id: 'p3', n: 7 }), 'Person')).toBe(a);
    // Another parse of the same text (a document Apollo no longer kept): planned anew, the same plan.
    const again = planFor(infoOf(parse(`query($id: ID!, $n: Int) { person(id: $id) { name documents(first: $n) { edges { node { number } } } } }`), { id: 'p1', n: 7 }), 'Person');
    expect(again).not.toBe(a);
    expect(again).toEqual(a);
  });

  it('follows variables used inside fragments below the field, and keeps operations of one document apart', () => {
    const doc = parse(`
      query A($n: Int) { ...Root }
      query B($n: Int) { ...Root }
      fragment Root on Query { person(id: "x") { ...Docs } }
      fragment Docs on Person { documents(first: $n) { totalCount } }`);
    const a5 = planFor(infoOf(doc, { n: 5 }, 0), 'Person');
    const a6 = planFor(infoOf(doc, { n: 6 }, 0), 'Person');
    expect([docsPage(a5), docsPage(a6)]).toEqual([5, 6]);
    const b5 = planFor(infoOf(doc, { n: 5 }, 1), 'Person');
    expect(b5).not.toBe(a5);
    expect(b5).toEqual(a5);
    expect(planFor(infoOf(doc, { n: 5 }, 0), 'Person')).toBe(a5);
  });
});
