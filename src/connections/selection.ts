// Whether a connection field's selection asks for a sub-field (through fragments too), so a list
// computes `totalCount` (a second scan of every visible record) only when the client selected it.
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function inSet(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  if (!set) return false;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet, name, fragments);
    return inSet(fragments[s.name.value]?.selectionSet, name, fragments);
  });
}

/** True when any node of the field being resolved selects `name` directly (or via a fragment). */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> | undefined, name: string): boolean {
  if (!info) return true; // called outside GraphQL: compute everything
  return info.fieldNodes.some((f) => inSet(f.selectionSet, name, info.fragments));
}

// The selection sets of sub-field `name` in `set` (through fragments, under directives too).
function subSets(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>): SelectionSetNode[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name && s.selectionSet ? [s.selectionSet] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return subSets(s.selectionSet, name, fragments);
    return subSets(fragments[s.name.value]?.selectionSet, name, fragments);
  });
}

/** True when the field's sub-field `field` (e.g. `nodes`) selects any of `names` (through fragments too). */
export function selectsBelow(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> | undefined, field: string, names: readonly string[]): boolean {
  if (!info) return true;
  const below = info.fieldNodes.flatMap((f) => subSets(f.selectionSet, field, info.fragments));
  return below.some((set) => names.some((n) => inSet(set, n, info.fragments)));
}

/**
 * True when the field's selection, followed down `path` (e.g. `rows`, `candidates`; through fragments
 * too), selects any of `names`: `screen` reads network context only for clients that ask for it.
 */
export function selectsAlong(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> | undefined, path: readonly string[], names: readonly string[]): boolean {
  if (!info) return true;
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) sets = sets.flatMap((set) => subSets(set, step, info.fragments));
  return sets.some((set) => names.some((n) => inSet(set, n, info.fragments)));
}
