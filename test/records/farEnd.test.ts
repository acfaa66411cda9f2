// The related reads skip the far end's label only where every write already fixes it (model/endpoints.ts).
import { describe, expect, it } from 'vitest';
import { farEndFixed, RELATED_QUERIES, RELATIONS, type RelationName } from '../../src/records/relations.js';
import { ENDPOINTS } from '../../src/model/endpoints.js';
import { NODE_TYPES } from '../../src/model/graphModel.js';

const farEnd = (name: RelationName) => /\(t(:\w+)?\)/.exec(RELATED_QUERIES[name])?.[1] ?? '';

describe('the far end of a related read', () => {
  it('reads no label where the relationship type fixes it, and the label where it does not', () => {
    expect(farEnd('Person.associates')).toBe('');
    expect(farEnd('Organisation.members')).toBe('');
    expect(farEnd('Person.documents')).toBe(':Document'); // HOLDS ends on a Document or an Identifier
    expect(farEnd('Person.identifiers')).toBe(':Identifier');
    expect(farEnd('Person.sameAs')).toBe(':Person'); // SAME_AS joins Organisations too
    expect(farEnd('Watchlist.entries')).toBe(':Entity');
  });

  it('drops a label only when every write refuses any other type at that end', () => {
    for (const [name, s] of Object.entries(RELATIONS)) {
      const [from, to] = ENDPOINTS[s.rel];
      const ends = s.dir === 'OUT' ? to : s.dir === 'IN' ? from : [...from, ...to];
      const others = NODE_TYPES.filter((t) => t !== s.target && ends.includes(t));
      expect(farEndFixed(s), name).toBe(others.length === 0 && ends.includes(s.target as never));
      expect(farEnd(name as RelationName) === '', name).toBe(farEndFixed(s));
    }
  });
});
