// Subgraph nodes and edges from plain driver values.
import type { Plain } from '../graph/convert.js';
import { linkKey, toEntity, toLink } from '../records/mapRecord.js';
import type { SubgraphEdgeModel, SubgraphNodeModel } from './models.js';
import { NOW, type View } from '../records/view.js';

export function toSubgraphNode(node: Plain, depth: number, view: View = NOW): SubgraphNodeModel {
  const entity = toEntity(node, view);
  return { id: entity.id, type: entity.type, entity, members: [entity.id], depth };
}

export function toSubgraphEdge(rel: Plain, source: string, target: string): SubgraphEdgeModel {
  const link = toLink(rel);
  return {
    id: link.id,
    key: linkKey(link),
    type: link.type,
    source,
    target,
    props: link.props,
    get provenance() {
      return link.provenance;
    },
  };
}
