// Look-ahead over a record field's GraphQL selection: which related connections the resolvers below
// it are going to ask for, with exactly the arguments they will use, so one statement can read them
// all (records/prefetch.ts) and the resolvers find their answers already loaded.
//
// A plan only ever names what the resolvers would read themselves: a selection under @skip/@include,
// an argument that does not parse, a type the look-ahead cannot tell in advance (Watchlist.entries
// holds any type) is left out, and its resolver reads it as before. Leaving something out costs one
// more statement, never a different answer.
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLSchema, type SelectionSetNode, type ValueNode } from 'graphql';

import { NODE_TYPES, type NodeType } from '../model/graphModel.js';
import { parsePage, type Page } from '../connections/paging.js';
import { OPEN_WINDOW, windowKey, windowParams, type Window, type WindowInput } from '../time/window.js';
import { RELATIONS, type RelationName } from './relations.js';
import { LABEL_PROPERTIES } from './label.js';

/** Fields resolved as one related record (records/resolvers.ts `one(...)`): the first visible one. */
export const ONE_FIELDS: ReadonlySet<RelationName> = new Set<RelationName>(['Travel.traveller', 'Travel.from', 'Travel.to', 'Travel.documentUsed']);

/** A related connection the resolvers will load for every record of the enclosing plan. */
export interface ConnectionPlan {
  name: RelationName;
  page: Page;
  window: Window;
  /** Whether any of its fields selects totalCount (else the read stops one record past the page). */
  counted: boolean;
  /**
   * Whether any of its fields selects `edges { link }` (through fragments, under directives too); when
   * none does, only each link's type and id are read (records/prefetch.ts). Absent: read them whole.
   */
  links?: boolean;
  /** The GraphQL field nodes it answers: only their resolvers take its answer (records/prefetch.ts). */
  nodes: FieldNode[];
  /** What is selected on each related record, when its type is known in advance; null: everything. */
  child: EntityPlan | null;
}

export interface EntityPlan {
  type: NodeType;
  connections: ConnectionPlan[];
  /** The stored properties its fields read (the id always, provenance when selected); null: all of them. */
  props: string[] | null;
}

/** Fields resolved straight from the stored property of the same name (records/resolvers.ts prop/list). */
export const PROPERTY_FIELDS: Record<NodeType, readonly string[]> = {
  Person: ['name', 'aliases', 'birthDate', 'birthPlace', 'gender', 'nationalities'],
  Organisation: ['name', 'aliases', 'kind', 'country'],
  Location: ['name', 'kind', 'countryCode', 'iata', 'latitude', 'longitude'],
  Document: ['number', 'kind', 'issuingCountry', 'issuedOn', 'expiresOn'],
  Identifier: ['kind', 'value', 'platform'],
  Travel: ['mode', 'departedAt', 'arrivedAt', 'carrier', 'flightNumber'],
  Watchlist: ['name', 'kind'],
};

/** What every record carries for its provenance (records/mapRecord.ts). */
export const PROVENANCE_PROPERTIES = ['id', 'source', 'marking', 'reportedAt', 'validFrom', 'validTo', 'confidence', 'sourceRef'] as const;

/** Fields that read no stored property of their record. */
const NO_PROPERTIES = new Set(['__typename', 'id', 'type', 'provenance']);

export function hasConnections(plan: EntityPlan | null): plan is EntityPlan {
  return !!plan && plan.connections.length > 0;
}

/** Bounds on one compiled statement: levels of nesting, and rows it may fan out to. */
export const MAX_DEPTH = 3;
/**
 * Subqueries in one statement: planning time grows with the statement (a generated query selecting
 * every connection at three levels made one of ~200 subqueries that ran past the 30 s timeout). A
 * larger selection is planned less deep; what is left out is read by the loaders.
 */
export const MAX_CONNECTIONS = 12;
export const MAX_FANOUT = 10_000;

export interface Lookahead {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The plan for a record of `type` whose selection is `sets` (the field nodes' selection sets): the
 * properties its fields read and the connections below it (none past MAX_DEPTH: their resolvers read them).
 */
export function planEntity(la: Lookahead, type: NodeType, sets: readonly SelectionSetNode[], depth = 1, fanout = 1): EntityPlan {
  for (let deepest = MAX_DEPTH; deepest > 1; deepest--) {
    const plan = planUpTo(la, type, sets, depth, fanout, deepest);
    if (countConnections(plan) <= MAX_CONNECTIONS) return plan;
  }
  const flat = planUpTo(la, type, sets, depth, fanout, 1);
  // Children beyond the first level are dropped above; here only whole connections can go.
  return { ...flat, connections: flat.connections.slice(0, MAX_CONNECTIONS) };
}

function planUpTo(la: Lookahead, type: NodeType, sets: readonly SelectionSetNode[], depth: number, fanout: number, deepest: number): EntityPlan {
  const connections: ConnectionPlan[] = [];
  // Properties: every field mentioned, under @skip/@include too (it may run). The provenance properties
  // only when `provenance` is: a planned record serves only the field nodes it was planned for
  // (prefetch.ts primes them by field node), so no other selection can read what it lacks.
  const props = new Set<string>(['id']);
  let allProps = false;
  for (const fieldName of collectPlain(la, type, sets, new Map(), new Set(), true).keys()) {
    if (fieldName === 'provenance') PROVENANCE_PROPERTIES.forEach((x) => props.add(x));
    if (NO_PROPERTIES.has(fieldName) || `${type}.${fieldName}` in RELATIONS) continue;
    if (fieldName === 'label') LABEL_PROPERTIES[type].forEach((x) => props.add(x));
    else if (PROPERTY_FIELDS[type].includes(fieldName)) props.add(fieldName);
    else allProps = true; // a field this table does not know may read anything of the record
  }
  // Connections: those outside any directive.
  const shapes = new Map<string, ConnectionPlan & { sets: SelectionSetNode[] }>();
  for (const [fieldName, nodes] of collectFields(la, type, sets)) {
    const name = `${type}.${fieldName}`;
    if (!(name in RELATIONS) || depth > deepest) continue;
    const relation = name as RelationName;
    for (const node of nodes) {
      const shape = connectionOf(la, type, relation, node);
      if (!shape) continue;
      const counted = !ONE_FIELDS.has(relation) && selectsField(la, `${RELATIONS[relation].target}Connection`, node, 'totalCount');
      const links = !ONE_FIELDS.has(relation) && selectsLink(la, RELATIONS[relation].target, node);
      const key = `${relation}|${shape.page.skip}|${shape.page.first}|${windowKey(shape.window)}|${counted}`;
      // The same page twice (aliases, or one field in several fragments): one read answers every node.
      const same = shapes.get(key) ?? { name: relation, page: shape.page, window: shape.window, counted, nodes: [], child: null, sets: [] };
      same.links = (same.links ?? false) || links;
      same.nodes.push(node);
      same.sets.push(...itemSelections(la, relation, node));
      shapes.set(key, same);
    }
  }
  for (const { sets: sub, ...c } of shapes.values()) {
    const target = RELATIONS[c.name].target;
    const rows = fanout * Math.max(1, c.page.first + 1);
    // Beyond the fan-out bound the related records come whole and their own connections from the loaders.
    const child = target !== 'Entity' && rows <= MAX_FANOUT ? planUpTo(la, target, sub, depth + 1, rows, deepest) : null;
    connections.push({ ...c, child });
  }
  return { type, connections, props: allProps ? null : [...props] };
}

// Whether the connection field selects `name` (totalCount), through fragments and under directives too.
function selectsField(la: Lookahead, connectionType: string, node: FieldNode, name: string): boolean {
  return !!node.selectionSet && collectPlain(la, connectionType, [node.selectionSet], new Map(), new Set(), true).has(name);
}

// Whether the connection field selects `edges { link }` (a single related record shows no link).
function selectsLink(la: Lookahead, target: NodeType | 'Entity', node: FieldNode): boolean {
  if (target === 'Entity') return true; // a list of any type: not looked into, read whole
  if (!node.selectionSet) return false;
  const edgeType = `${target}Edge`;
  const edges = collectPlain(la, `${target}Connection`, [node.selectionSet], new Map(), new Set(), true).get('edges') ?? [];
  return edges.some((e) => !!e.selectionSet && collectPlain(la, edgeType, [e.selectionSet], new Map(), new Set(), true).has('link'));
}

/** Every connection a plan will read, nested ones included. */
export function countConnections(plan: EntityPlan | null): number {
  return plan ? plan.connections.reduce((n, c) => n + 1 + countConnections(c.child), 0) : 0;
}

// The page and window the field's resolver will read, or null if they cannot be known here.
function connectionOf(la: Lookahead, type: NodeType, relation: RelationName, node: FieldNode): { page: Page; window: Window } | null {
  if (ONE_FIELDS.has(relation)) return { page: { skip: 0, first: 1 }, window: OPEN_WINDOW };
  const def = fieldDef(la, type, node.name.value);
  if (!def) return null;
  try {
    const args = argumentValues(def, node, la.variables);
    if (!args) return null;
    return { page: parsePage(args.first as number | null, args.after as string | null), window: windowParams(args.between as WindowInput | null) };
  } catch {
    return null; // the resolver will refuse the same arguments with its own coded error
  }
}


// What is selected on each related record: the field itself for a single record, else `edges { node }`.
function itemSelections(la: Lookahead, relation: RelationName, node: FieldNode): SelectionSetNode[] {
  if (!node.selectionSet) return [];
  if (ONE_FIELDS.has(relation)) return [node.selectionSet];
  const target = RELATIONS[relation].target;
  return target === 'Entity' ? [] : nodeSelections(la, target, [node.selectionSet]);
}

/** The selections on `edges { node { ... } }` of a `<type>Connection` selection. */
export function nodeSelections(la: Lookahead, type: NodeType, sets: readonly SelectionSetNode[]): SelectionSetNode[] {
  const connectionType = la.schema.getType(`${type}Connection`);
  const edgeType = la.schema.getType(`${type}Edge`);
  if (!connectionType || !edgeType) return [];
  // Under @skip/@include too: the records' properties must cover every field that may run (a
  // connection read for nothing costs work, never a wrong answer or an audit line: prefetch.ts).
  const all = (type: string, of: readonly SelectionSetNode[]) => collectPlain(la, type, of, new Map(), new Set(), true);
  const edges = all(connectionType.name, sets).get('edges') ?? [];
  return edges.flatMap((e) => (e.selectionSet ? all(edgeType.name, [e.selectionSet]).get('node') ?? [] : [])).flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}

// Duck-typed, not graphql's isObjectType(): the schema may come from graphql's other module format
// (CommonJS beside ESM), whose classes fail instanceof checks across the two.
function fieldDef(la: Lookahead, type: string, field: string): GraphQLField<unknown, unknown> | undefined {
  const t = la.schema.getType(type) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  return t?.getFields?.()[field];
}

function interfacesOf(la: Lookahead, type: string): string[] {
  const t = la.schema.getType(type) as { getInterfaces?: () => Array<{ name: string }> } | undefined;
  return t?.getInterfaces?.().map((i) => i.name) ?? [];
}

/**
 * The arguments a connection field's resolver will get (first, after, between), from literals,
 * variables (already coerced) and the schema's defaults; null for any shape not handled here.
 */
function argumentValues(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const arg of def.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    if (!given) {
      if (arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
      continue;
    }
    const value = literal(given.value, variables);
    if (value === UNKNOWN) return null;
    if (value !== undefined) out[arg.name] = value;
    else if (arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue; // an unset variable
  }
  return out;
}

const UNKNOWN = Symbol('unknown');

function literal(v: ValueNode, variables: Record<string, unknown>): unknown {
  switch (v.kind) {
    case Kind.VARIABLE:
      return variables[v.name.value];
    case Kind.NULL:
      return null;
    case Kind.INT:
      return Number.parseInt(v.value, 10);
    case Kind.STRING:
      return v.value;
    case Kind.OBJECT: {
      const out: Record<string, unknown> = {};
      for (const f of v.fields) {
        const x = literal(f.value, variables);
        if (x === UNKNOWN) return UNKNOWN;
        out[f.name.value] = x;
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}

function collectFields(la: Lookahead, type: NodeType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  if (!(NODE_TYPES as readonly string[]).includes(type)) return new Map();
  return collectPlain(la, type, sets);
}

// Field nodes by field name (not alias) for an object of `typeName`, through fragments whose type
// condition it satisfies; anything under a directive is left to its resolver.
function collectPlain(la: Lookahead, typeName: string, sets: readonly SelectionSetNode[], out = new Map<string, FieldNode[]>(), visited = new Set<string>(), all = false): Map<string, FieldNode[]> {
  const applies = (condition: string | undefined) => !condition || condition === typeName || interfacesOf(la, typeName).includes(condition);
  for (const set of sets) {
    for (const s of set.selections) {
      if (!all && s.directives && s.directives.length > 0) continue;
      if (s.kind === Kind.FIELD) {
        const list = out.get(s.name.value) ?? [];
        list.push(s);
        out.set(s.name.value, list);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) collectPlain(la, typeName, [s.selectionSet], out, visited, all);
      } else {
        const f = la.fragments[s.name.value];
        if (!f || visited.has(f.name.value) || !applies(f.typeCondition.name.value)) continue;
        visited.add(f.name.value);
        collectPlain(la, typeName, [f.selectionSet], out, visited, all);
      }
    }
  }
  return out;
}

/** Provenance fields answered from the record alone (sourceAgency, release and reviewDue read more). */
const PLAIN_PROVENANCE = new Set(['__typename', 'source', 'marking', 'reportedAt', 'ageDays', 'stale', 'validFrom', 'validTo', 'confidence', 'sourceRef']);
const PLAIN_PAGE_INFO = new Set(['__typename', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
const PLAIN_LINK = new Set(['__typename', 'id', 'type', 'properties']);

/**
 * Whether what `plan` reads answers every field selected below a record of `type` (`sets`), so its
 * resolvers run no statement of their own: only fields known to read nothing else (stored properties,
 * label, plain provenance, pages and links of connections planned for that very field node). Anything
 * under a directive or not in these tables answers false: its resolver may read.
 */
export function answersAll(la: Lookahead, type: NodeType, sets: readonly SelectionSetNode[], plan: EntityPlan): boolean {
  const fields = plainFields(la, type, sets);
  if (!fields) return false;
  for (const [name, nodes] of fields) {
    if (NO_PROPERTIES.has(name) && name !== 'provenance') continue;
    if (name === 'label' || PROPERTY_FIELDS[type].includes(name)) continue;
    if (name === 'provenance') {
      if (!nodes.every((n) => leavesIn(la, 'Provenance', n, PLAIN_PROVENANCE))) return false;
      continue;
    }
    const relation = `${type}.${name}`;
    if (!(relation in RELATIONS)) return false;
    for (const node of nodes) {
      const c = plan.connections.find((x) => x.nodes.includes(node));
      if (!c || !connectionAnswered(la, relation as RelationName, node, c)) return false;
    }
  }
  return true;
}

/**
 * Whether a `search` answer (SearchConnection, `sets`) selects nothing beyond what its statement reads
 * when the hits come back whole (search/service.ts): counts, cursors, scores, page info, and on each
 * record, whatever its type, only fields answered by the record alone.
 */
export function searchAnswered(la: Lookahead, sets: readonly SelectionSetNode[]): boolean {
  const fields = plainFields(la, 'SearchConnection', sets);
  if (!fields) return false;
  const whole = (type: NodeType, set: SelectionSetNode) => answersAll(la, type, [set], { type, connections: [], props: null });
  for (const [name, nodes] of fields) {
    if (name === '__typename' || name === 'totalCount') continue;
    if (name === 'pageInfo' && nodes.every((n) => leavesIn(la, 'PageInfo', n, PLAIN_PAGE_INFO))) continue;
    if (name !== 'edges') return false;
    for (const edges of nodes) {
      const edge = edges.selectionSet ? plainFields(la, 'SearchEdge', [edges.selectionSet]) : null;
      if (!edge) return false;
      for (const [f, under] of edge) {
        if (f === '__typename' || f === 'cursor' || f === 'score') continue;
        if (f !== 'node' || !under.every((n) => !!n.selectionSet && NODE_TYPES.every((t) => whole(t, n.selectionSet!)))) return false;
      }
    }
  }
  return true;
}

function connectionAnswered(la: Lookahead, relation: RelationName, node: FieldNode, c: ConnectionPlan): boolean {
  const target = RELATIONS[relation].target;
  if (target === 'Entity' || !c.child || !node.selectionSet) return false;
  if (ONE_FIELDS.has(relation)) return answersAll(la, target, [node.selectionSet], c.child);
  const fields = plainFields(la, `${target}Connection`, [node.selectionSet]);
  if (!fields) return false;
  for (const [name, nodes] of fields) {
    if (name === '__typename' || name === 'totalCount') continue;
    if (name === 'pageInfo' && nodes.every((n) => leavesIn(la, 'PageInfo', n, PLAIN_PAGE_INFO))) continue;
    if (name !== 'edges') return false;
    for (const edges of nodes) {
      const edge = edges.selectionSet ? plainFields(la, `${target}Edge`, [edges.selectionSet]) : null;
      if (!edge) return false;
      for (const [f, under] of edge) {
        if (f === '__typename' || f === 'cursor') continue;
        if (f === 'link' && under.every((l) => linkAnswered(la, l))) continue;
        if (f !== 'node' || !under.every((n) => !!n.selectionSet && answersAll(la, target, [n.selectionSet], c.child!))) return false;
      }
    }
  }
  return true;
}

function linkAnswered(la: Lookahead, link: FieldNode): boolean {
  const fields = link.selectionSet ? plainFields(la, 'Link', [link.selectionSet]) : null;
  if (!fields) return false;
  for (const [name, nodes] of fields) {
    if (PLAIN_LINK.has(name)) continue;
    if (name !== 'provenance' || !nodes.every((n) => leavesIn(la, 'Provenance', n, PLAIN_PROVENANCE))) return false;
  }
  return true;
}

// Every field of the selection is one of `allowed` (and selects nothing below), no directive anywhere.
function leavesIn(la: Lookahead, typeName: string, node: FieldNode, allowed: ReadonlySet<string>): boolean {
  const fields = node.selectionSet ? plainFields(la, typeName, [node.selectionSet]) : null;
  return !!fields && [...fields.keys()].every((f) => allowed.has(f));
}

// The fields selected on an object of `typeName` by name, through fragments; null when any selection
// (a field, a fragment) at this level carries a directive.
function plainFields(la: Lookahead, typeName: string, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> | null {
  const count = (m: Map<string, FieldNode[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
  const plain = collectPlain(la, typeName, sets);
  return count(plain) === count(collectPlain(la, typeName, sets, new Map(), new Set(), true)) ? plain : null;
}
