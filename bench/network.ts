// Benchmark: `network` at 2,000 and 10,000 visible nodes (issue 15), its server time, and the event-loop delay a concurrent
// stream of person lookups sees while the analysis runs (metrics run in a worker thread: issue 15); then the same call
// alone, as many rounds, so the server time with and without the stream are side by side.
// `/work/coord/bin/bench npm run bench:network -- [--people 100000] [--seed 1] [--rounds 10]
//   [--port 7732] [--heap 3g] [--pagecache 3g] [--seeds-file F] [--split] [--warmup 1]`; `--rounds 0` builds the world and
//   finds the seed sets only (with --seeds-file, kept for the timed runs).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createServer } from '../src/server.js';
import { createContext } from '../src/context.js';
import { openAuditLog } from '../src/audit/auditLog.js';
import { createLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { writeAgencies } from '../src/ingest/writeRecords.js';
import { AGENCIES, AGREEMENTS } from '../seed/agencies.js';
import { openBenchWorld } from './screeningWorld.js';
import { boxLine, percentiles } from './timing.js';
import { buildSubgraph } from '../src/network/subgraph.js';
import { assemble, LOUVAIN_RESOLUTION, metricsInput } from '../src/network/analysis.js';
import { metricsOffThread } from '../src/network/analysisPool.js';
import { NETWORK_LINKS_PER_NODE } from '../src/network/service.js';
import { viewOf } from '../src/records/view.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '10' },
    port: { type: 'string', default: '7732' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '3g' },
    agency: { type: 'string', default: 'EU-POLICE' },
    // Skip the search: `--pick 2000=2x100,10000=3x100` (depth x seeds per size, as a previous run printed).
    pick: { type: 'string', default: '' },
    // The seed sets found, kept: read from this file when it holds the size, written to it after a search.
    'seeds-file': { type: 'string', default: '' },
    split: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '1' },
  },
});
const log = (m: string) => console.error(`[bench:network] ${m}`);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

// Candidate seeds: well-linked people. For each size asked, the bench takes the depth (2 or 3) and the
// number of these seeds (1..100, the API's maximum) whose visible network is the largest one within the
// size, found by binary search on the viewer's own network (its visible size grows with the seeds).
const CANDIDATES = `MATCH (p:Person) WHERE COUNT { (p)--() } >= 4 WITH p ORDER BY p.id LIMIT 100 RETURN p.id AS id`;
const HUBS = `MATCH (p:Person) WITH p, COUNT { (p)--() } AS degree WHERE degree >= 4 RETURN p.id AS id ORDER BY degree DESC, id LIMIT 400`;
const SIZE = `query($ids: [ID!]!, $depth: Int, $limit: Int) { network(seeds: $ids, depth: $depth, limit: $limit) { subgraph { nodes { key } } } }`;
const NETWORK = `query($ids: [ID!]!, $depth: Int, $limit: Int) { network(seeds: $ids, depth: $depth, limit: $limit) { subgraph { nodes { key } truncated } metrics { node { key } betweenness pageRank } centrality { exact sources errorBound confidence } } }`;
const LOOKUP = `query($id: ID!) { person(id: $id) { id name } }`;

const world = await openBenchWorld(
  { people: Number(values.people), seed: Number(values.seed), port: Number(values.port), heap: values.heap, pageCache: values.pagecache },
  log,
);
try {
  await writeAgencies(world.executor, AGENCIES, AGREEMENTS);
  const seeds = (await world.executor.trustedRead(CANDIDATES)).map((r) => String(r.id));
  const hubs = (await world.executor.trustedRead(HUBS)).map((r) => String(r.id));
  const config = loadConfig({ SKEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'skein-bench-network-')), SKEIN_QUERY_TIMEOUT_MS: '600000' });
  const apollo = createServer({ config, logger: createLogger('silent'), auditLog: openAuditLog(config.auditLogPath) });
  await apollo.start();
  const exec = async (query: string, variables: Record<string, unknown>) => {
    const contextValue = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, 'bench');
    const res = await apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental answer');
    return res.body.singleResult;
  };
  const sizeOfSet = async (ids: string[], depth: number, limit: number) => {
    const answer = await exec(SIZE, { ids, depth, limit });
    if (answer.errors?.[0]?.extensions?.['code'] === 'LIMIT_EXCEEDED') return Infinity;
    const net = (answer.data as { network?: { subgraph: { nodes: unknown[] } } } | null)?.network;
    if (!net) throw new Error(`network failed: ${JSON.stringify(answer.errors)}`);
    return net.subgraph.nodes.length;
  };
  const pick = async (limit: number) => {
    let best = { depth: 2, ids: seeds.slice(0, 1), size: 0 };
    for (const depth of [2, 3]) {
      let [lo, hi] = [0, seeds.length]; // largest prefix of the candidates within the size
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if ((await sizeOfSet(seeds.slice(0, mid), depth, limit)) <= limit) lo = mid;
        else hi = mid - 1;
      }
      const size = lo > 0 ? await sizeOfSet(seeds.slice(0, lo), depth, limit) : 0;
      if (size > best.size) best = { depth, ids: seeds.slice(0, lo), size };
    }
    // A prefix can stop short when one candidate alone is too big, or reach the API's 100 seeds in small
    // cells: then greedily, over the candidates and then over the best-linked people, skipping those
    // that overflow the size.
    const greedy = async (pool: string[], depth: number, probes: number) => {
      let g = { depth, ids: [] as string[], size: 0 };
      for (let i = 0; g.size < 0.9 * limit && g.ids.length < 100 && i < Math.min(pool.length, probes); i++) {
        const ids = [...g.ids, pool[i]!];
        const size = await sizeOfSet(ids, depth, limit);
        if (size <= limit) g = { depth, ids, size };
      }
      log(`  greedy at depth ${depth}: ${g.ids.length} seeds, ${g.size} nodes`);
      return g;
    };
    for (const [pool, depth] of [[hubs, 3], [hubs, 2], [seeds, 3]] as const) {
      if (best.size >= 0.9 * limit) break;
      const g = await greedy(pool, depth, 150);
      if (g.size > best.size) best = g;
    }
    return best;
  };
  // `--split`: one more run per size through the service's own steps (slim, as NETWORK selects no properties), timed apart: the Cypher statements
  // (server, transfer, decoding), building the subgraph from their rows, the metrics in the worker, the
  // answer's assembly, and the GraphQL execution of the whole call; with the longest stretch each held
  // the event loop (a 1 ms timer's lateness, attributed to the step it fell in).
  const splits: string[] = [];
  let inStatements = 0;
  // Each statement's span, so a long stall of the build can be placed inside a statement (its
  // parameters packed, its records decoded) or between them (the service's own work).
  const spans: Array<{ from: number; to: number }> = [];
  world.executor.instrument(async (_info, run) => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      inStatements += performance.now() - t0;
      spans.push({ from: t0, to: performance.now() });
    }
  });
  const split = async (ids: string[], depth: number, limit: number) => {
    const stalls: Array<{ from: number; to: number }> = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      if (now - last > 6) stalls.push({ from: last, to: now });
      last = now;
    }, 1);
    const ctx = createContext(world.executor, { subject: 'bench', agency: values.agency, role: 'ANALYST' }, 'bench');
    const marks: Array<[string, number]> = [['start', performance.now()]];
    inStatements = 0;
    spans.length = 0;
    const sub = await buildSubgraph(ctx, { ids, depth, types: [], between: null, limit: limit + 1, perNodeLimit: NETWORK_LINKS_PER_NODE, view: viewOf(null), resolve: false, slim: { nodes: true, links: true } });
    const statements = inStatements;
    marks.push(['subgraph', performance.now()]);
    const metrics = await metricsOffThread(metricsInput(sub, LOUVAIN_RESOLUTION));
    marks.push(['worker', performance.now()]);
    await assemble(sub, metrics);
    marks.push(['assemble', performance.now()]);
    await exec(NETWORK, { ids, depth, limit });
    marks.push(['whole call', performance.now()]);
    clearInterval(timer);
    const parts = marks.slice(1).map(([name, at], i) => {
      const from = marks[i]![1];
      const held = Math.max(0, ...stalls.filter((x) => x.to > from && x.to <= at).map((x) => x.to - x.from));
      return `${name} ${(at - from).toFixed(0)} ms (loop held ≤ ${held.toFixed(0)} ms)`;
    });
    const buildEnd = marks[1]![1];
    const long = stalls
      .filter((x) => x.to <= buildEnd && x.to - x.from > 20)
      .map((x) => {
        const k = spans.findIndex((sp) => x.to > sp.from && x.from < sp.to);
        return `${(x.to - x.from).toFixed(0)} ms ${k < 0 ? 'between statements' : `in statement ${k + 1} of ${spans.length}`}`;
      });
    return `${sub.nodes.length} nodes, ${sub.edges.length} edges: statements ${statements.toFixed(0)} ms of ${parts.join(', ')}; build stalls > 20 ms: ${long.join(', ') || 'none'}`;
  };
  console.log(`world: ${world.people} people, viewer ${values.agency}, ${values.rounds} rounds per size`);
  console.log(boxLine('at start'));
  console.log('limit   depth seeds nodes   server p50 ms  p95 ms   lookup loop-delay max ms  p99 ms   lookups  betweenness                 load (1/5/15)');
  for (const limit of [2000, 10000]) {
    const given = values.pick.split(',').map((x) => x.split('=')).find(([l]) => Number(l) === limit)?.[1]?.split('x').map(Number);
    const kept = values['seeds-file'] && existsSync(values['seeds-file']) ? (JSON.parse(readFileSync(values['seeds-file'], 'utf8')) as Record<string, { depth: number; ids: string[]; size: number }>) : {};
    const { depth, ids, size } = given ? { depth: given[0]!, ids: seeds.slice(0, given[1]!), size: NaN } : (kept[limit] ?? (await pick(limit)));
    if (values['seeds-file'] && !kept[limit]) writeFileSync(values['seeds-file'], JSON.stringify({ ...kept, [limit]: { depth, ids, size } }));
    const k = ids.length;
    log(`size ${limit}: depth ${depth}, ${k} seeds, ${size} visible nodes: ${JSON.stringify(ids)}`);
    if (Number(values.rounds) === 0) continue; // `--rounds 0`: build the world and find the seed sets only
    let centrality = '';
    const times: number[] = [];
    const alone: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 5 });
    let nodes = 0;
    let lookups = 0;
    let refused = '';
    // Round 0 is the warm-up (`--warmup`, default 1 round): the process's first network call runs
    // interpreted JavaScript and cold plans, which a server in use is past. Its figures are printed apart.
    const warmup = Number(values.warmup);
    const roundMax: number[] = [];
    let coldMax = NaN;
    let coldTime = NaN;
    const once = monitorEventLoopDelay({ resolution: 5 });
    for (let round = -warmup; round < Number(values.rounds) && !refused; round++) {
      let running = true;
      // The concurrent lookup stream: one person lookup after another while the network is analysed.
      const stream = (async () => {
        for (let i = 0; running; i++) { await exec(LOOKUP, { id: seeds[i % seeds.length] }); lookups++; }
      })();
      if (round >= 0) delay.enable();
      once.reset();
      once.enable();
      const t0 = performance.now();
      const answer = await exec(NETWORK, { ids, depth, limit });
      if (round >= 0) times.push(performance.now() - t0);
      else coldTime = performance.now() - t0;
      delay.disable();
      once.disable();
      if (round >= 0) roundMax.push(once.max / 1e6);
      else coldMax = Math.max(Number.isNaN(coldMax) ? 0 : coldMax, once.max / 1e6);
      running = false;
      await stream;
      const err = answer.errors?.[0];
      if (err) refused = `${String(err.extensions?.['code'])}: ${err.message}`;
      else {
        const net = (answer.data as { network: { subgraph: { nodes: unknown[] }; centrality: { exact: boolean; sources: number; errorBound: number } } }).network;
        nodes = Math.max(nodes, net.subgraph.nodes.length);
        centrality = net.centrality.exact ? 'exact' : `${net.centrality.sources} sources, ±${net.centrality.errorBound.toFixed(3)}`;
      }
    }
    if (refused) { console.log(`${String(limit).padEnd(7)} refused (${refused})   ${load()}`); continue; }
    // The same call alone, as many rounds, after the stream's (not between them: a loop-delay histogram
    // disabled and enabled again counts the time between as one delay).
    for (let round = 0; round < Number(values.rounds); round++) {
      const t1 = performance.now();
      await exec(NETWORK, { ids, depth, limit });
      alone.push(performance.now() - t1);
    }
    const s = percentiles(times);
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    console.log(`${String(limit).padEnd(7)} ${String(depth).padEnd(5)} ${String(k).padEnd(5)} ${String(nodes).padEnd(7)} ${s.p50.toFixed(0).padStart(13)} ${s.p95.toFixed(0).padStart(7)} ${ms(delay.max).padStart(25)} ${ms(delay.percentile(99)).padStart(7)} ${String(lookups).padStart(9)}  ${centrality.padEnd(27)} ${load()}`);
    const a = percentiles(alone);
    console.log(`        alone (no lookup stream, as many rounds after them): server p50 ${a.p50.toFixed(0)} ms, p95 ${a.p95.toFixed(0)} ms`);
    console.log(`        loop-delay max per round ms: ${roundMax.map((x) => x.toFixed(1)).join(' ')}; warm-up round${warmup === 1 ? '' : 's'} (not in the row): ${warmup > 0 ? `${coldTime.toFixed(0)} ms, loop-delay max ${coldMax.toFixed(1)} ms` : 'none'}`);
    if (values.split) splits.push(`${limit}: ${await split(ids, depth, limit)}`);
  }
  for (const line of splits) console.log(line);
  console.log(boxLine('at end'));
  await apollo.stop();
} finally {
  await world.stop();
}
