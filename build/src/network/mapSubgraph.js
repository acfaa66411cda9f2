import { toEntity, toLink } from "../records/mapRecord.js";
import { NOW } from "../records/view.js";
function toSubgraphNode(node, depth, view = NOW) {
  const entity = toEntity(node, view);
  return { id: entity.id, type: entity.type, entity, members: [entity.id], depth };
}
function toSubgraphEdge(rel, source, target) {
  const link = toLink(rel);
  return { id: link.id, type: link.type, source, target, props: link.props, provenance: link.provenance };
}
export {
  toSubgraphEdge,
  toSubgraphNode
};
