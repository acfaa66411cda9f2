// Which agencies `npm run token` may mint for: the registry in the database when one is reachable
// (NEO4J_URI, or the local Neo4j running on the data folder), else the demo agencies `npm start`
// registers in an empty graph. A token for any other agency would only be refused by the API.
import type { Config } from '../config.js';
import { AGENCY_CODE } from '../auth/viewer.js';
import { createDriver } from '../graph/driver.js';
import { GraphExecutor } from '../graph/executor.js';
import { findRunning } from '../localdb/registry.js';
import { ALL_AGENCIES } from '../agencies/queries.js';
import { AGENCIES } from '../../seed/agencies.js';

export interface AgencyRegistry {
  codes: string[];
  /** Where the list came from, in words for the error line. */
  where: string;
}

/** One line, or undefined when the agency may have a token. */
export function agencyProblem(agency: string, registry: AgencyRegistry): string | undefined {
  if (!AGENCY_CODE.test(agency)) {
    const upper = agency.toUpperCase();
    const hint = AGENCY_CODE.test(upper) ? `; did you mean --agency ${upper}?` : '';
    return `agency codes are capital letters with one optional hyphen, e.g. NL-INTEL, not '${agency}'${hint}`;
  }
  if (registry.codes.includes(agency)) return undefined;
  const known = registry.codes.length ? registry.codes.join(', ') : 'none';
  return `agency ${agency} is not registered in ${registry.where} (registered: ${known}); the API would refuse its token`;
}

export async function agencyRegistry(config: Config): Promise<AgencyRegistry> {
  const running = config.neo4j.uri ? undefined : findRunning(config.localDb.dataDir);
  const uri = config.neo4j.uri ?? running?.uri;
  if (!uri) return { codes: AGENCIES.map((a) => a.code), where: 'the demo registry (no database is running; start one with npm start to check its registry)' };
  const driver = createDriver(uri, { ...config.neo4j, connectTimeoutMs: 3_000 });
  try {
    const executor = new GraphExecutor(driver, { database: config.neo4j.database, timeoutMs: 10_000 });
    const rows = await executor.trustedRead(ALL_AGENCIES, { defaultPeriod: 0, defaultGrace: 0 });
    return { codes: rows.map((r) => String(r.code)), where: `the database at ${uri}` };
  } finally {
    await driver.close();
  }
}
