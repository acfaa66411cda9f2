import { loadAclView } from "./auth/aclFor.js";
import { createRecordLoaders } from "./records/loaders.js";
import { AuditTrail } from "./audit/auditLog.js";
import { loadAgencyDirectory } from "./agencies/service.js";
import { ErrorCode } from "./errors.js";
const DEFAULT_SETTINGS = Object.freeze({ staleAfterDays: 365 });
function createContext(executor, viewer, requestId, settings = DEFAULT_SETTINGS) {
  const stats = { queries: 0, aclReads: 0, transactions: 0 };
  const reader = executor.reader(stats);
  const trustedRead = (cypher, params) => reader.read(cypher, params);
  let acl;
  const aclOnce = () => {
    if (!acl) {
      stats.aclReads += 1;
      acl = loadAclView((cypher, params) => reader.read(cypher, params, false), viewer);
    }
    return acl;
  };
  const graph = executor.forViewer(aclOnce, stats, reader);
  const audit = new AuditTrail();
  let directory;
  return {
    requestId,
    viewer,
    graph,
    executor,
    trustedRead,
    end: () => reader.end(),
    records: createRecordLoaders(graph, (ids) => audit.add(ids)),
    agencies: () => directory ??= loadAgencyDirectory(trustedRead),
    stats,
    admit: () => aclOnce().then(
      () => void 0,
      // Only the refusal is decided here; an outage or a bad bookmark reaches the resolvers, which
      // read the same (rejected) map and answer with their usual coded errors.
      (err) => {
        if (err.extensions?.code === ErrorCode.UNAUTHENTICATED) throw err;
      }
    ),
    aclView: aclOnce,
    audit,
    settings
  };
}
export {
  DEFAULT_SETTINGS,
  createContext
};
