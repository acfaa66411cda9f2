// Turns the sharing agreements that reach the viewer's agency into the per-request ACL map.
import { MARKINGS, MAX_SHAREABLE_RANK, markingRank, type Marking } from '../model/graphModel.js';
import type { AclMap, GraphExecutor, QueryStats } from '../graph/executor.js';
import { unauthenticated } from '../errors.js';

const AGREEMENTS_TO = `
OPTIONAL MATCH (me:Agency {code: $agency})
OPTIONAL MATCH (src:Agency)-[s:SHARES_WITH]->(me)
RETURN me IS NOT NULL AS known, collect({source: src.code, upTo: s.upTo}) AS shares`;

export interface Share {
  source: string;
  upTo: string;
}

/** Pure rule: own agency sees everything it reported; others up to what they share, never RED. */
export function buildAclMap(agency: string, shares: Share[]): AclMap {
  const acl: AclMap = {};
  for (const { source, upTo } of shares) {
    if (!(MARKINGS as readonly string[]).includes(upTo)) continue; // a malformed agreement shares nothing
    acl[source] = Math.min(markingRank(upTo as Marking), MAX_SHAREABLE_RANK);
  }
  acl[agency] = markingRank('RED');
  return acl;
}

/** One query per request; an agency unknown to the graph is refused like a bad token. */
export async function loadAclMap(graph: GraphExecutor, agency: string, stats?: QueryStats): Promise<AclMap> {
  const [row] = await graph.trustedRead(AGREEMENTS_TO, { agency }, stats);
  if (!row?.known) throw unauthenticated(`agency ${agency} is not registered`);
  const shares = (row.shares as unknown as Array<Share | { source: null }>).filter((s): s is Share => s.source !== null);
  return buildAclMap(agency, shares);
}
