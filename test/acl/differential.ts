// Operations for the hidden-vs-missing differential test, generated from schema.graphql (not listed by
// hand). A "probe" is one place in a root field's arguments that names a record or searched text:
//   - any argument or input field whose named type is ID (record ids);
//   - String fields `id`, `from`, `to` of input objects (record keys of ingest rows);
//   - String arguments `text` and String input fields `name`, `documentNumber` (searched text).
// Each probe becomes one operation with a full selection of the field's result, every other required
// argument filled with a baseline value, and mutations in dry-run where they have one.
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export type ProbeKind = 'id' | 'text';

export interface Probe {
  root: 'query' | 'mutation';
  field: string;
  /** Argument path, e.g. `id`, `travellers[].name`, `records[].from`. */
  path: string;
  kind: ProbeKind;
  /** The named type the field returns. */
  returns: string;
  /** The GraphQL operation; every argument is a variable. */
  query: string;
  /** Variables with the placeholder string PROBE where the probed value goes. */
  variables: Record<string, unknown>;
}

export const PROBE = '\u0000PROBE\u0000';
const TEXT_ARGS = new Set(['text']);
const TEXT_FIELDS = new Set(['name', 'documentNumber']);
const KEY_FIELDS = new Set(['id', 'from', 'to']);
/** Selection depth: deep enough for connection -> edges -> node -> provenance. */
const MAX_DEPTH = 4;

export interface Baseline {
  /** A record the viewer sees (fills other required ID arguments). */
  visibleId: string;
  /** Values per input type for its required-by-meaning fields (ingest rows need a valid record). */
  inputSamples: Record<string, (path: string) => Record<string, unknown>>;
}

function kindOf(name: string, type: GraphQLInputType, inInput: boolean): ProbeKind | null {
  const named = getNamedType(type);
  if (named.name === 'ID') return 'id';
  if (named.name !== 'String') return null;
  if (inInput && KEY_FIELDS.has(name)) return 'id';
  if (inInput ? TEXT_FIELDS.has(name) : TEXT_ARGS.has(name)) return 'text';
  return null;
}

/** Every probe path inside an argument: the argument itself, or fields of its input object (one level). */
function probePaths(name: string, type: GraphQLInputType): Array<{ path: string[]; kind: ProbeKind }> {
  const own = kindOf(name, type, false);
  if (own) return [{ path: [name], kind: own }];
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return [];
  return Object.values(named.getFields()).flatMap((f) => {
    const k = kindOf(f.name, f.type, true);
    return k ? [{ path: [name, f.name], kind: k }] : [];
  });
}

function baselineValue(type: GraphQLInputType, name: string, b: Baseline, probePath: string | null): unknown {
  if (isNonNullType(type)) return baselineValue(type.ofType, name, b, probePath);
  if (isListType(type)) return [baselineValue(type.ofType, name, b, probePath)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) return inputValue(type, b, probePath);
  switch (type.name) {
    case 'ID':
      return b.visibleId;
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return false;
    default:
      return name === 'reason' ? 'differential test' : 'x';
  }
}

function inputValue(type: GraphQLInputObjectType, b: Baseline, probePath: string | null): Record<string, unknown> {
  const sample = b.inputSamples[type.name]?.(probePath ?? '') ?? {};
  const out: Record<string, unknown> = { ...sample };
  for (const f of Object.values(type.getFields())) {
    if (isNonNullType(f.type) && !(f.name in out)) out[f.name] = baselineValue(f.type, f.name, b, null);
  }
  return out;
}

/** Arguments for one probe: required ones filled, dryRun on, the probed place set to PROBE. */
function argumentsFor(field: GraphQLField<unknown, unknown>, probe: string[], b: Baseline): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of field.args) {
    const probed = a.name === probe[0];
    if (a.name === 'dryRun') args[a.name] = true;
    // A list names a visible record too, so the probe must also leave the rest of a real answer alone.
    else if (probed && probe.length === 1) args[a.name] = isListType(getNullable(a.type)) ? [b.visibleId, PROBE] : PROBE;
    else if (probed) {
      const value = baselineValue(a.type, a.name, b, probe[1]!);
      const set = (o: Record<string, unknown>) => ({ ...o, [probe[1]!]: PROBE });
      args[a.name] = Array.isArray(value) ? value.map((v) => set(v as Record<string, unknown>)) : set(value as Record<string, unknown>);
    } else if (isNonNullType(a.type) && a.defaultValue === undefined) args[a.name] = baselineValue(a.type, a.name, b, null);
  }
  return args;
}

/** Every field of an output type (object, interface, union) down to MAX_DEPTH, fields with required arguments left out. */
export function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (depth >= MAX_DEPTH) return '{ __typename }';
  if (isUnionType(type) || isInterfaceType(type)) {
    const own = isInterfaceType(type) ? fieldsOf(schema, Object.values(type.getFields()), depth) : '';
    // Aliased per type: two types' same-named fields may differ in type (Organisation.kind, Location.kind).
    const fragments = schema.getPossibleTypes(type).map((t) => `... on ${t.name} { ${fieldsOf(schema, Object.values(t.getFields()), depth, `${t.name}_`)} }`);
    return `{ __typename ${own} ${fragments.join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  return `{ __typename ${fieldsOf(schema, Object.values(type.getFields()), depth)} }`;
}

function fieldsOf(schema: GraphQLSchema, fields: ReadonlyArray<GraphQLField<unknown, unknown>>, depth: number, alias = ''): string {
  return fields
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => `${alias ? `${alias}${f.name}: ` : ''}${f.name} ${selectionOf(schema, getNamedType(f.type), depth + 1)}`)
    .join(' ');
}

export function generateProbes(sdl: string, b: Baseline): { schema: GraphQLSchema; probes: Probe[] } {
  const schema = buildSchema(sdl);
  const probes: Probe[] = [];
  for (const root of ['query', 'mutation'] as const) {
    const type = root === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      for (const a of field.args) {
        for (const { path, kind } of probePaths(a.name, a.type)) {
          const args = argumentsFor(field, path, b);
          const defs = Object.keys(args).map((n) => `$${n}: ${String(field.args.find((x) => x.name === n)!.type)}`);
          const call = Object.keys(args).map((n) => `${n}: $${n}`).join(', ');
          const query = `${root} Probe${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionOf(schema, getNamedType(field.type))} }`;
          probes.push({ root, field: field.name, returns: getNamedType(field.type).name, path: path.join(isListType(getNullable(a.type)) && path.length > 1 ? '[].' : '.'), kind, query, variables: args });
        }
      }
    }
  }
  return { schema, probes };
}

const getNullable = (t: GraphQLInputType) => (isNonNullType(t) ? t.ofType : t);

/** The variables with PROBE replaced by a value. */
export function fill(variables: unknown, value: string): unknown {
  if (variables === PROBE) return value;
  if (Array.isArray(variables)) return variables.map((v) => fill(v, value));
  if (variables && typeof variables === 'object') return Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, fill(v, value)]));
  return variables;
}
