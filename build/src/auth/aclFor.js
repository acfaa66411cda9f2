import { MARKINGS, MAX_SHAREABLE_RANK, markingRank } from "../model/graphModel.js";
import { unauthenticated } from "../errors.js";
const AGREEMENTS_TO = `
OPTIONAL MATCH (me:Agency {code: $agency})
OPTIONAL MATCH (src:Agency)-[s:SHARES_WITH]->(me)
RETURN me IS NOT NULL AS known, collect({source: src.code, upTo: s.upTo}) AS shares`;
function buildAclMap(agency, shares) {
  const acl = {};
  for (const { source, upTo } of shares) {
    if (!MARKINGS.includes(upTo)) continue;
    acl[source] = Math.min(markingRank(upTo), MAX_SHAREABLE_RANK);
  }
  acl[agency] = markingRank("RED");
  return acl;
}
async function loadAclMap(read, agency) {
  const [row] = await read(AGREEMENTS_TO, { agency });
  if (!row?.known) throw unauthenticated(`agency ${agency} is not registered`);
  const shares = row.shares.filter((s) => s.source !== null);
  return buildAclMap(agency, shares);
}
export {
  buildAclMap,
  loadAclMap
};
