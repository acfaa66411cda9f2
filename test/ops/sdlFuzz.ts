// Random GraphQL operations from the SDL, valid and deliberately broken, for the fuzz test.
// Seeded, so a failure names the seed that reproduces it.
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,

  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

export interface FuzzRequest {
  body: Record<string, unknown>;
  /** Whether the generator meant it to be a valid operation (for the summary only). */
  valid: boolean;
}

/** mulberry32: tiny, fast, good enough for picking test inputs. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof rng>;

const INTS = [0, 1, 2, 3, 5, 20, 100, 101, 2000, 2001, -1, -2147483648, 2147483647];
const FLOATS = [0, 0.5, 1, 1.5, -1, 1e308, -0.0001];
/** Hostile strings the fuzzer puts in string arguments; answers may echo them back. */
export const STRINGS = ['', ' ', 'a', 'Ahmed', 'İstanbul', 'ﻣﺤﻤﺪ', '%', '*', '~', '"', '\\', 'AND OR NOT', '\u0000', '😀'.repeat(50), 'x'.repeat(3000), '") RETURN 1 //', '$acl', '{}'];
const DATES = ['2020-01-01T00:00:00Z', '2015-06-01', '1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '2020-13-45T99:00:00Z', ''];
const JSON_OBJECTS: unknown[] = [{}, { name: 'Fuzz' }, { name: 1 }, { nope: true }, { name: 'x', aliases: ['y'], nationalities: ['NL'] }];

export class OperationFuzzer {
  readonly schema: GraphQLSchema;

  constructor(
    sdl: string,
    /** Ids that exist, so valid lookups and traversals do real work. */
    private readonly ids: string[],
  ) {
    this.schema = buildSchema(sdl);
  }

  next(r: Rng): FuzzRequest {
    const valid = this.valid(r);
    return r.chance(0.6) ? valid : { body: this.broken(r, valid.body), valid: false };
  }

  private valid(r: Rng): FuzzRequest {
    const mutation = this.schema.getMutationType();
    const useMutation = mutation && r.chance(0.1);
    const root = (useMutation ? mutation : this.schema.getQueryType())!;
    const fields = Object.values(root.getFields());
    const count = 1 + r.int(2);
    const vars: Record<string, unknown> = {};
    const defs: string[] = [];
    const selections = Array.from({ length: count }, (_, i) => {
      const field = r.pick(fields);
      const args = this.args(r, field, vars, defs, `v${i}`, !!useMutation);
      return `${count > 1 ? `a${i}: ` : ''}${field.name}${args}${this.selection(r, field.type, 0)}`;
    });
    const name = r.pick(['', 'Fuzz', 'Lookup', 'Network']);
    const header = `${useMutation ? 'mutation' : 'query'} ${name}${defs.length ? `(${defs.join(', ')})` : ''}`;
    return { body: { query: `${header} { ${selections.join(' ')} }`, variables: vars, ...(name ? { operationName: name } : {}) }, valid: true };
  }

  private args(r: Rng, field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>, defs: string[], prefix: string, mutation: boolean): string {
    const parts: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && r.chance(0.5)) continue;
      let value = this.value(r, arg.type, 0, arg);
      if (mutation && arg.name === 'dryRun') value = true; // ingest only validates; other mutations touch the fuzz's own ids
      if (r.chance(0.5)) {
        const v = `${prefix}_${arg.name}`;
        vars[v] = value;
        defs.push(`$${v}: ${String(arg.type)}`);
        parts.push(`${arg.name}: $${v}`);
      } else {
        parts.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    if (mutation && field.args.some((a) => a.name === 'dryRun') && !parts.some((p) => p.startsWith('dryRun:'))) parts.push('dryRun: true');
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private value(r: Rng, type: GraphQLInputType, depth: number, arg?: GraphQLArgument): unknown {
    if (isNonNullType(type)) return this.value(r, type.ofType, depth, arg);
    if (r.chance(0.05)) return null;
    if (isListType(type)) return Array.from({ length: r.int(4) }, () => this.value(r, type.ofType, depth + 1));
    if (isEnumType(type)) return r.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (isNonNullType(f.type) || (depth < 3 && r.chance(0.5))) out[f.name] = this.value(r, f.type, depth + 1);
      }
      return out;
    }
    return this.scalar(r, type.name);
  }

  private scalar(r: Rng, name: string): unknown {
    switch (name) {
      case 'ID':
        return r.chance(0.8) && this.ids.length ? r.pick(this.ids) : r.pick(STRINGS);
      case 'Int':
        return r.pick(INTS);
      case 'Float':
      case 'Latitude':
      case 'Longitude':
        return r.pick(FLOATS);
      case 'Boolean':
        return r.chance(0.5);
      case 'DateTime':
      case 'LocalDate':
        return r.pick(DATES);
      case 'CountryCode':
        return r.pick(['NL', 'TR', 'SY', 'XX', 'nl', '']);
      case 'JSONObject':
        return r.pick(JSON_OBJECTS);
      default:
        return r.chance(0.3) && this.ids.length ? r.pick(this.ids) : r.pick(STRINGS);
    }
  }

  private selection(r: Rng, type: GraphQLType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isInterfaceType(named) || isUnionType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      const own = isInterfaceType(named) ? this.fields(r, named as unknown as GraphQLObjectType, depth) : '';
      return `{ __typename ${own} ... on ${r.pick(possible).name} ${this.selection(r, r.pick(possible), depth)} }`;
    }
    return `{ ${this.fields(r, named as GraphQLObjectType, depth) || '__typename'} }`;
  }

  private fields(r: Rng, type: GraphQLObjectType, depth: number): string {
    const all = Object.values(type.getFields());
    const leaves = all.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    const n = 1 + r.int(4);
    for (let i = 0; i < n; i++) chosen.add(depth >= 3 && leaves.length ? r.pick(leaves) : r.pick(all));
    return [...chosen]
      .map((f) => {
        const args = f.args.filter((a) => isNonNullType(a.type) || r.chance(0.3)).map((a) => `${a.name}: ${literal(this.value(r, a.type, 1), a.type)}`);
        return `${f.name}${args.length ? `(${args.join(', ')})` : ''} ${this.selection(r, f.type, depth + 1)}`;
      })
      .join(' ');
  }

  /** One of many ways to get an operation wrong: syntax, unknown names, wrong types, bad variables. */
  private broken(r: Rng, body: Record<string, unknown>): Record<string, unknown> {
    const query = String(body.query);
    const vars = (body.variables ?? {}) as Record<string, unknown>;
    switch (r.int(10)) {
      case 0:
        return { ...body, query: query.slice(0, r.int(query.length)) };
      case 1:
        return { ...body, query: query.replace(/\b([a-z][A-Za-z]+)\b/, '$1Nope') };
      case 2:
        return { ...body, query: query.replace(/\{[^{}]*\}\s*\}\s*$/, '} }') };
      case 3:
        return { ...body, variables: Object.fromEntries(Object.keys(vars).map((k) => [k, r.pick<unknown>([42, 'x', [], {}, true, null, 1.5])])) };
      case 4:
        return { ...body, query: query.replace(/\$\w+: [\w![\]]+/, '$zz: Int') };
      case 5:
        return { ...body, query: `${query} ${query}` };
      case 6:
        return { ...body, query: [...query].map((c) => (r.chance(0.02) ? r.pick(['{', '}', '(', ')', '$', '@', '"', '\u202e', '…']) : c)).join('') };
      case 7:
        return { ...body, operationName: r.pick(['Missing', 42, '', ['x']]) };
      case 8:
        return { ...body, query: r.pick<unknown>([42, null, {}, [], '', 'subscription { viewer { role } }']) };
      default:
        return { ...body, variables: r.pick<unknown>(['not an object', 42, [1, 2], null]) };
    }
  }
}

/** A value as a GraphQL literal (enum values bare, input objects without quoted keys). */
function literal(value: unknown, type: GraphQLInputType): string {
  const t = getNullableType(type) as GraphQLInputType;
  if (value === null || value === undefined) return 'null';
  if (isListType(t)) return `[${(value as unknown[]).map((v) => literal(v, t.ofType)).join(', ')}]`;
  if (isEnumType(t) && typeof value === 'string') return value;
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`).join(', ')} }`;
  }
  if (isScalarType(t) && typeof value === 'object') return jsonLiteral(value);
  return JSON.stringify(value);
}

// Custom scalars such as JSONObject take object literals.
function jsonLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${jsonLiteral(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

