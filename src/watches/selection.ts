// What a subscription's selection asks for, read from its document before any alert is read.
import { Kind, type ASTNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/**
 * Whether a field named `name` appears anywhere under the resolved field or in any fragment of the
 * operation (aliases and fragments included): a yes when in doubt, never a wrong no.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const fragments: FragmentDefinitionNode[] = Object.values(info.fragments);
  return [...info.fieldNodes, ...fragments].some((node) => hasField(node, name));
}

function hasField(node: ASTNode, name: string): boolean {
  if (node.kind === Kind.FIELD && node.name.value === name) return true;
  const selections: readonly SelectionNode[] = 'selectionSet' in node && node.selectionSet ? node.selectionSet.selections : [];
  return selections.some((s) => hasField(s, name));
}
