import { NODE_TYPES, RELATIONSHIP_TYPES } from "../model/graphModel.js";
import { REL_IN_WINDOW } from "../time/cypher.js";
const spec = (rel, dir, target, order = "id") => ({
  rel,
  dir,
  target,
  order
});
const RELATIONS = {
  "Person.documents": spec("HOLDS", "OUT", "Document"),
  "Person.identifiers": spec("HOLDS", "OUT", "Identifier"),
  "Person.memberships": spec("MEMBER_OF", "OUT", "Organisation"),
  "Person.recruitedBy": spec("RECRUITED", "IN", "Person"),
  "Person.recruits": spec("RECRUITED", "OUT", "Person"),
  "Person.associates": spec("ASSOCIATE_OF", "BOTH", "Person"),
  "Person.family": spec("FAMILY_OF", "BOTH", "Person"),
  "Person.contacts": spec("COMMUNICATED_WITH", "BOTH", "Person"),
  "Person.travels": spec("MADE", "OUT", "Travel", "departed"),
  "Person.watchlistEntries": spec("LISTED_ON", "OUT", "Watchlist"),
  "Person.sameAs": spec("SAME_AS", "BOTH", "Person"),
  "Organisation.members": spec("MEMBER_OF", "IN", "Person"),
  "Organisation.affiliates": spec("AFFILIATED_WITH", "BOTH", "Organisation"),
  "Organisation.watchlistEntries": spec("LISTED_ON", "OUT", "Watchlist"),
  "Location.within": spec("LOCATED_IN", "OUT", "Location"),
  "Location.contains": spec("LOCATED_IN", "IN", "Location"),
  "Document.holders": spec("HOLDS", "IN", "Person"),
  "Document.usedOn": spec("USED", "IN", "Travel", "departed"),
  "Identifier.holders": spec("HOLDS", "IN", "Person"),
  "Travel.traveller": spec("MADE", "IN", "Person"),
  "Travel.from": spec("FROM", "OUT", "Location"),
  "Travel.to": spec("TO", "OUT", "Location"),
  "Travel.documentUsed": spec("USED", "OUT", "Document"),
  "Watchlist.entries": spec("LISTED_ON", "IN", "Entity")
};
const ORDER = {
  id: "t.id, r.id",
  departed: "t.departedAt, t.id, r.id"
};
function pattern(s) {
  if (!RELATIONSHIP_TYPES.includes(s.rel)) throw new Error(`unknown relationship ${s.rel}`);
  if (s.target !== "Entity" && !NODE_TYPES.includes(s.target)) throw new Error(`unknown type ${s.target}`);
  const left = s.dir === "IN" ? "<-" : "-";
  const right = s.dir === "OUT" ? "->" : "-";
  return `(p)${left}[r:${s.rel}]${right}(t:${s.target})`;
}
function relatedQuery(s) {
  return `
UNWIND $ids AS pid
MATCH (p:Entity {id: pid}) /* ACL_EXEMPT(p): INPUT_VISIBLE */
OPTIONAL MATCH ${pattern(s)}
WHERE ACL(r) AND ACL(t) AND t <> p AND ${REL_IN_WINDOW}
WITH pid, r, t ORDER BY ${ORDER[s.order]}
WITH pid, collect(CASE WHEN t IS NULL THEN null ELSE {r: r, t: t} END) AS items
RETURN pid, size(items) AS total, items[$skip..($skip + $first)] AS page`;
}
const RELATED_QUERIES = Object.fromEntries(
  Object.entries(RELATIONS).map(([name, s]) => [name, relatedQuery(s)])
);
export {
  RELATED_QUERIES,
  RELATIONS
};
