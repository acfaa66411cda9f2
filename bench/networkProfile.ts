// Where `network` at 10,000 nodes spends its time before the metrics: builds the subgraph once through the
// service (bench:network's 10,000 seed set), records every statement it sent (ACL expanded, with its
// parameters), then times each alone — server time (result available + consumed) apart from the client's
// (transfer and decoding) — and PROFILEs it; each walk statement also with nodes and links slim (ids and
// label properties only). Uses bench:network's world and seeds file.
// `/work/coord/bin/heavy npx tsx bench/networkProfile.ts --seeds-file F [--size 10000] [--port 7732]`
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Params } from '../src/graph/executor.js';
import { RequestReader } from '../src/graph/requestTx.js';
import { toPlain } from '../src/graph/convert.js';
import { createContext } from '../src/context.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { AGENCIES, AGREEMENTS } from '../seed/agencies.js';
import { openBenchWorld } from './screeningWorld.js';
import { buildSubgraph } from '../src/network/subgraph.js';
import { NETWORK_LINKS_PER_NODE } from '../src/network/service.js';
import { viewOf } from '../src/records/view.js';
import { assemble, computeMetrics, LOUVAIN_RESOLUTION, metricsInput } from '../src/network/analysis.js';
import { metricsOffThread } from '../src/network/analysisPool.js';
import { loadConfig } from '../src/config.js';
import { createServer } from '../src/server.js';
import { createLogger } from '../src/logger.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hits, tree, type Plan } from './plans.js';
import { ACL_VERSION_GUARD, expandAcl } from '../src/graph/acl.js';
import { EXPAND_LEVEL } from '../src/network/queries.js';

// The walk's statement with the rule on the far record and the link as one multi-variable ACL(t, r)
// (graph/acl.ts: clause by clause, the far record's marking first), timed beside the one that ships.
const EXPAND_ACL_ALL = EXPAND_LEVEL.replace('WHERE ACL(r) AND ACL(t) AND', 'WHERE ACL(t, r) AND');
if (EXPAND_ACL_ALL === EXPAND_LEVEL) throw new Error('EXPAND_LEVEL changed: no `ACL(r) AND ACL(t)` in it');

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    port: { type: 'string', default: '7732' },
    size: { type: 'string', default: '10000' },
    'seeds-file': { type: 'string' },
    agency: { type: 'string', default: 'EU-POLICE' },
  },
});
const seedsFile = values['seeds-file'];
if (!seedsFile) throw new Error('--seeds-file: the file bench:network kept its seed sets in');
const { depth, ids } = (JSON.parse(readFileSync(seedsFile, 'utf8')) as Record<string, { depth: number; ids: string[] }>)[values.size]!;

const sent: Array<{ cypher: string; params: Params }> = [];
const read = RequestReader.prototype.read;
RequestReader.prototype.read = function (this: RequestReader, cypher: string, params: Params, counted?: boolean, sole?: boolean) {
  sent.push({ cypher, params });
  return read.call(this, cypher, params, counted, sole);
};


const world = await openBenchWorld({ people: Number(values.people), seed: 1, port: Number(values.port), heap: '3g', pageCache: '2g' }, (m) => console.error(m));
try {
  await writeAgencies(world.executor, AGENCIES, AGREEMENTS);
  const build = async (slim: boolean) => {
    const ctx = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, 'bench');
    const t0 = performance.now();
    const sub = await buildSubgraph(ctx, { ids, depth, types: [], between: null, limit: Number(values.size) + 1, perNodeLimit: NETWORK_LINKS_PER_NODE, view: viewOf(null), slim: { nodes: slim, links: slim } });
    await ctx.end();
    return { ms: performance.now() - t0, nodes: sub.nodes.length, edges: sub.edges.length, sub };
  };
  for (const slim of [false, true]) {
    await build(slim); // warm
    sent.length = 0;
    const b = await build(slim);
    console.log(`buildSubgraph slim=${slim}: ${b.ms.toFixed(0)} ms, ${b.nodes} nodes, ${b.edges} edges, ${sent.length} statements`);
  }
  // The rest of the call: metrics inline and in the worker, the answer's assembly, the whole GraphQL call.
  const { sub } = await build(true);
  for (let i = 0; i < 2; i++) {
    let t0 = performance.now();
    const input = metricsInput(sub, LOUVAIN_RESOLUTION);
    computeMetrics(input);
    const inline = performance.now() - t0;
    t0 = performance.now();
    const m = await metricsOffThread(input);
    const worker = performance.now() - t0;
    t0 = performance.now();
    await assemble(sub, m);
    console.log(`metrics inline ${inline.toFixed(0)} ms, in the worker ${worker.toFixed(0)} ms (${m.centrality.exact ? 'exact' : `${m.centrality.sources} sources`}), assemble ${(performance.now() - t0).toFixed(0)} ms`);
  }
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-bench-network-')), SKEIN_QUERY_TIMEOUT_MS: '600000' });
  const apollo = createServer({ config, logger: createLogger('silent'), auditLog: openAuditLog(config.auditLogPath) });
  await apollo.start();
  const NETWORK = `query($ids: [ID!]!, $depth: Int, $limit: Int) { network(seeds: $ids, depth: $depth, limit: $limit) { subgraph { nodes { key } truncated } metrics { node { key } betweenness pageRank } centrality { exact sources errorBound confidence } } }`;
  for (let i = 0; i < 3; i++) {
    const contextValue = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, 'bench');
    const t0 = performance.now();
    const res = await apollo.executeOperation({ query: NETWORK, variables: { ids, depth, limit: Number(values.size) } }, { contextValue });
    const ms = performance.now() - t0;
    const t1 = performance.now();
    const json = JSON.stringify(res.body);
    console.log(`whole API call ${ms.toFixed(0)} ms, JSON ${(json.length / 1e6).toFixed(1)} MB in ${(performance.now() - t1).toFixed(0)} ms`);
  }
  await apollo.stop();
  sent.length = 0;
  await build(false);
  const session = world.executor.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const measure = async (name: string, cypher: string, params: Params) => {
      let best = { wall: Infinity, server: 0, decode: 0, rows: 0 };
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        const r = await session.run(cypher, params);
        const wall = performance.now() - t0;
        const t1 = performance.now();
        for (const rec of r.records) toPlain(rec.toObject());
        const decode = performance.now() - t1;
        const server = r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
        if (wall < best.wall) best = { wall, server, decode, rows: r.records.length };
      }
      const profiled = await session.run(`PROFILE ${cypher}`, params);
      const plan = profiled.summary.profile as unknown as Plan;
      console.log(`${name.padEnd(34)} wall ${best.wall.toFixed(0).padStart(5)} ms (server ${String(best.server).padStart(5)}, toPlain ${best.decode.toFixed(0).padStart(4)})  ${String(best.rows).padStart(6)} rows  ${String(hits(plan)).padStart(9)} db hits`);
      if (best.wall > 100) console.log(tree(plan).map((l) => `    ${l}`).join('\n'));
    };
    for (const [i, s] of sent.entries()) {
      const what = /(?:MATCH|UNWIND)[^\n]{0,24}/.exec(s.cypher)?.[0] ?? '';
      const frontier = Array.isArray(s.params['frontier']) ? ` (${(s.params['frontier'] as unknown[]).length} groups)` : '';
      await measure(`#${i + 1} ${what}${frontier}`, s.cypher, s.params);
      if ('slimNodes' in s.params) await measure(`#${i + 1}   slim`, s.cypher, { ...s.params, slimNodes: true, slimLinks: true });
      if (s.cypher.includes('LIMIT $cap')) {
        const guard = s.cypher.startsWith(ACL_VERSION_GUARD) ? ACL_VERSION_GUARD : '';
        await measure(`#${i + 1}   slim, ACL(t, r)`, guard + expandAcl(EXPAND_ACL_ALL), { ...s.params, slimNodes: true, slimLinks: true });
      }
    }
  } finally {
    await session.close();
  }
} finally {
  await world.stop();
}
