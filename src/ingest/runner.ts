// How ingest statements reach Neo4j: through the viewer's graph (the mutation) or the executor with the
// importing agency's ACL map (the CLI). Either way one statement is one managed transaction, retried
// on transient errors by the driver's transaction functions, and never a per-row round trip.
import type { AclMap, GraphExecutor, Params, Row } from '../graph/executor.js';
import { aclMacro, aclParams, expandAcl, usesAcl, type AclView } from '../graph/acl.js';
import { assertAclCoverage } from '../graph/aclGuard.js';
import type { Context } from '../context.js';

export interface IngestRunner {
  run(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<Row[]>;
  /**
   * One statement in one transaction, tried once: not run again by the driver after any error, not even
   * after a commit it did not hear back from (GraphExecutor.runOnce). The import's only; the mutation
   * never needs it.
   */
  runOnce?(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<Row[]>;
}

/** The mutation: endpoint checks run under the viewer's own ACL, through the one viewer door. */
export function viewerRunner(ctx: Context): IngestRunner {
  return {
    run: (mode, cypher, params) => {
      // Node-only statements touch no one else's records (ownership is checked on `source`), so they need no ACL.
      if (!usesAcl(cypher)) {
        assertAclCoverage(cypher); // every record they bind is still declared (aclExemptions.ts)
        return ctx.executor.run(mode, cypher, params, ctx.stats);
      }
      return mode === 'READ' ? ctx.graph.read(cypher, params) : ctx.graph.write(cypher, params);
    },
  };
}

/**
 * An import fills the graph it judges against, so the statistics of every label and type it writes move
 * batch after batch, and Neo4j planned each statement again whenever they had drifted (about 30 extra
 * plans of 0.2-0.5 s in a 40k-people import, on top of one first plan per type). Every lookup of an
 * ingest statement is forced to an index seek and no relationship is MERGEd (queries.ts), so a new plan
 * could only be the same plan: the import keeps the first one. 40k-people import: 91.3 and 94.0 s with
 * it, 104.1 s without (bench/import.ts, bench lock, 2026-12-04).
 */
export const KEEP_PLAN = 'CYPHER replan=skip ';

/**
 * The CLI: the importing agency's view (agreements, releases, retention), loaded once. `'all'` (only with --trust-sources, an
 * administrator's local tool) lets relationships join records of any agency.
 */
export function executorRunner(executor: GraphExecutor, acl: AclView | AclMap | 'all'): IngestRunner {
  const prepared = (cypher: string, params: Params): [string, Params] => {
    assertAclCoverage(cypher);
    const expanded = acl === 'all' ? cypher.replace(aclMacro(), 'true') : expandAcl(cypher);
    // Ingest judges endpoints as they stand now (`asOf` null), like the viewer graph does by default.
    return [`${KEEP_PLAN}${expanded}`, acl === 'all' ? params : { asOf: null, ...params, ...aclParams(acl) }];
  };
  return {
    run: (mode, cypher, params) => executor.run(mode, ...prepared(cypher, params)),
    runOnce: (mode, cypher, params) => executor.runOnce(mode, ...prepared(cypher, params)),
  };
}
