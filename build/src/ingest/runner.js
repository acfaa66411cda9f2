import { aclParams, expandAcl, usesAcl } from "../graph/acl.js";
import { assertAclCoverage } from "../graph/aclGuard.js";
function viewerRunner(ctx) {
  return {
    run: (mode, cypher, params) => {
      if (!usesAcl(cypher)) {
        assertAclCoverage(cypher);
        return ctx.executor.run(mode, cypher, params, ctx.stats);
      }
      return mode === "READ" ? ctx.graph.read(cypher, params) : ctx.graph.write(cypher, params);
    }
  };
}
function executorRunner(executor, acl) {
  return {
    run: (mode, cypher, params) => {
      assertAclCoverage(cypher);
      const expanded = acl === "all" ? cypher.replace(/\bACL\(([A-Za-z_][A-Za-z0-9_]*)\)/g, "true") : expandAcl(cypher);
      return executor.run(mode, expanded, acl === "all" ? params : { asOf: null, ...params, ...aclParams(acl) });
    }
  };
}
export {
  executorRunner,
  viewerRunner
};
