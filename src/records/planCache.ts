// Plans (plan.ts) and their compiled statements (prefetch.ts), kept per GraphQL field. Apollo keeps each
// operation's parsed document, so every request sending the same operation hands its resolvers the same
// field nodes, and a plan depends on nothing else but the values of the variables used below the field
// (connection arguments), not on the field's own (the id of a lookup). Planning and compiling for
// every request was ~5 % of the API's CPU on lookups (CPU profile of bench:load, 2026-12-04).
import { Kind, visit, type FieldNode, type GraphQLResolveInfo } from 'graphql';

/** Different variable values (pages, windows) or merges of one field kept at once; the oldest goes first. */
const MAX_PER_FIELD = 32;

interface Entry {
  nodes: readonly FieldNode[];
  operation: GraphQLResolveInfo['operation'];
  key: string;
  value: unknown;
}

const kept = new WeakMap<FieldNode, Entry[]>();
const variablesOf = new WeakMap<FieldNode, readonly string[]>();

/**
 * What `make` returns for this field of this operation, with `key` naming the rest of what it depends
 * on (the record type, the rows planned for); made once per distinct value of the variables used below
 * the field. `make` must depend only on `info`'s field nodes, fragments, schema and those variables.
 */
export function keptFor<T>(info: GraphQLResolveInfo, key: string, make: () => T): T {
  const first = info.fieldNodes[0];
  if (!first) return make();
  const names = new Set(info.fieldNodes.flatMap((node) => variablesBelow(node, info)));
  const full = `${key}|${[...names].map((n) => JSON.stringify(info.variableValues[n] ?? null)).join('|')}`;
  const entries = kept.get(first) ?? [];
  const hit = entries.find((e) => e.key === full && e.operation === info.operation && sameNodes(e.nodes, info.fieldNodes));
  if (hit) return hit.value as T;
  const value = make();
  entries.push({ nodes: info.fieldNodes, operation: info.operation, key: full, value });
  if (entries.length > MAX_PER_FIELD) entries.shift();
  kept.set(first, entries);
  return value;
}

// The variables named below a field (its selection, through fragment spreads), not by its own arguments:
// a plan reads only what is selected below the field.
function variablesBelow(node: FieldNode, info: GraphQLResolveInfo): readonly string[] {
  const known = variablesOf.get(node);
  if (known) return known;
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (root: Parameters<typeof visit>[0]) =>
    visit(root, {
      [Kind.VARIABLE]: (v) => void names.add(v.name.value),
      [Kind.FRAGMENT_SPREAD]: (s) => {
        const f = info.fragments[s.name.value];
        if (f && !seen.has(f.name.value)) {
          seen.add(f.name.value);
          walk(f);
        }
      },
    });
  if (node.selectionSet) walk(node.selectionSet);
  const list = [...names];
  variablesOf.set(node, list);
  return list;
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
