// Which node types each relationship type may join (start types, end types): checked on every write,
// because the read side (src/records/relations.ts) trusts that a HOLDS edge ends on a Document or Identifier.
import type { NodeType, RelationshipType } from './graphModel.js';

export const ENDPOINTS: Record<RelationshipType, readonly [readonly NodeType[], readonly NodeType[]]> = {
  RECRUITED: [['Person'], ['Person']],
  MEMBER_OF: [['Person'], ['Organisation']],
  AFFILIATED_WITH: [['Organisation'], ['Organisation']],
  FAMILY_OF: [['Person'], ['Person']],
  ASSOCIATE_OF: [['Person'], ['Person']],
  COMMUNICATED_WITH: [['Person'], ['Person']],
  FUNDED: [['Organisation', 'Person'], ['Person', 'Organisation']],
  HOLDS: [['Person'], ['Document', 'Identifier']],
  MADE: [['Person'], ['Travel']],
  FROM: [['Travel'], ['Location']],
  TO: [['Travel'], ['Location']],
  USED: [['Travel'], ['Document']],
  LISTED_ON: [['Person', 'Organisation'], ['Watchlist']],
  LOCATED_IN: [['Location'], ['Location']],
  SAME_AS: [['Person', 'Organisation'], ['Person', 'Organisation']],
};
