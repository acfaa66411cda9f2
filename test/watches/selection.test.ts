// Which subscriptions ask for the alerts' records (the live read resolves them only then), with the
// selection check the connections use.
import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selects } from '../../src/connections/selection.js';

function infoOf(document: string) {
  const doc = parse(document);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD), fragments };
}

describe('selects', () => {
  it('finds records asked for directly, under an alias, in an inline fragment or through a named fragment', () => {
    expect(selects(infoOf('subscription { alerts { cursor records { id } } }'), 'records')).toBe(true);
    expect(selects(infoOf('subscription { alerts { cursor shown: records { id } } }'), 'records')).toBe(true);
    expect(selects(infoOf('subscription { alerts { cursor ... on Alert { records { id } } } }'), 'records')).toBe(true);
    expect(selects(infoOf('subscription { alerts { ...A } } fragment A on Alert { cursor records { id } }'), 'records')).toBe(true);
  });

  it('says no when only ids are asked for', () => {
    expect(selects(infoOf('subscription { alerts { cursor at recordIds watch { id name } } }'), 'records')).toBe(false);
    expect(selects(infoOf('subscription { alerts { ...A } } fragment A on Alert { cursor recordIds }'), 'records')).toBe(false);
  });
});
