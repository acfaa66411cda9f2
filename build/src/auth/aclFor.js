import { MARKINGS, MAX_SHAREABLE_RANK, markingRank } from "../model/graphModel.js";
import { unauthenticated } from "../errors.js";
const AGREEMENTS_TO = `
OPTIONAL MATCH (me:Agency {code: $agency})
OPTIONAL MATCH (src:Agency)-[s:SHARES_WITH]->(me)
  WHERE s.expiresAt IS NULL OR s.expiresAt > datetime()
WITH me, collect({source: src.code, upTo: s.upTo}) AS shares
OPTIONAL MATCH (r:Release {agency: $agency})
  WHERE r.revokedAt IS NULL AND r.until > datetime()
RETURN me IS NOT NULL AS known, shares, collect(r.recordIds) AS released`;
function buildAclMap(agency, shares) {
  const acl = {};
  for (const { source, upTo } of shares) {
    if (!MARKINGS.includes(upTo)) continue;
    acl[source] = Math.min(markingRank(upTo), MAX_SHAREABLE_RANK);
  }
  acl[agency] = markingRank("RED");
  return acl;
}
async function loadAclView(read, viewer) {
  const [row] = await read(AGREEMENTS_TO, { agency: viewer.agency });
  if (!row?.known) throw unauthenticated(`agency ${viewer.agency} is not registered`);
  const shares = row.shares.filter((s) => s.source !== null);
  const released = {};
  for (const ids of row.released) for (const id of ids ?? []) released[id] = true;
  return {
    acl: buildAclMap(viewer.agency, shares),
    released,
    retractedVisibleTo: viewer.role === "ADMIN" ? viewer.agency : ""
  };
}
async function loadAclMap(graph, agency, stats) {
  return (await loadAclView((cypher, params) => graph.trustedRead(cypher, params, stats), { agency, role: "INGEST" })).acl;
}
export {
  buildAclMap,
  loadAclMap,
  loadAclView
};
