// Where screening's time goes on a generated world: Neo4j's PROFILE (rows, db hits, time per
// operator) of the batch name lookup and of the match statement, on one batch of the bench manifest.
// `flock /tmp/skein-bench.lock npx tsx bench/screeningProfile.ts [--people 1000000] [--seed 7]
//   [--port 7725] [--agency TR-INTEL] [--heap 3g] [--pagecache 4g]`
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { aclParams, expandAcl } from '../src/graph/acl.js';
import { toPlain, type Plain } from '../src/graph/convert.js';
import { int } from '../src/graph/params.js';
import { loadAclMap } from '../src/auth/aclFor.js';
import { expandHit } from '../src/screening/hitNotice.js';
import { LOOKUP_CAP, lookupParams, mayReach, nameHits, needsFacts, SUBJECT_BATCH, subjectParams, worthMatching } from '../src/screening/match.js';
import { batchParam, DOCUMENTS_FOUND, MATCH_BATCH, NAME_LOOKUP } from '../src/screening/queries.js';
import { rowSubject } from '../src/screening/rows.js';
import { AGENCIES } from '../seed/agencies.js';
import { DEFAULT_THRESHOLD } from '../src/identity/score.js';
import { openBenchWorld } from './screeningWorld.js';
import { manifest } from './screeningNaive.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '7' },
    port: { type: 'string', default: '7725' },
    agency: { type: 'string', default: 'TR-INTEL' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '4g' },
    // The PROFILE run is the first run of each statement (on a Neo4j just started: page-cache misses are
    // the statement's first reads), and its rows are the ones used; without it, a plain run first.
    cold: { type: 'boolean', default: false },
  },
});
const log = (m: string) => console.error(`[profile] ${m}`);

function print(p: ProfiledPlan, depth = 0): void {
  const time = (p as ProfiledPlan & { time?: number }).time;
  const pages = p.pageCacheHits || p.pageCacheMisses ? `  pages ${p.pageCacheHits} hit / ${p.pageCacheMisses} missed` : '';
  console.log(`${'  '.repeat(depth)}${p.operatorType.replace(/@.*/, '')}  rows ${p.rows}  dbHits ${p.dbHits}${pages}${time ? `  ${(time / 1e6).toFixed(0)} ms` : ''}`);
  p.children.forEach((c) => print(c, depth + 1));
}

const world = await openBenchWorld(
  { people: Number(values.people), seed: Number(values.seed), port: Number(values.port), heap: values.heap, pageCache: values.pagecache },
  log,
);
try {
  const rows = await manifest(world.executor, SUBJECT_BATCH * 2, 11);
  const subjects = rows.map(rowSubject);
  const acl = aclParams(await loadAclMap(world.executor, values.agency));
  const common = { cap: int(LOOKUP_CAP), hitSources: AGENCIES.map((a) => a.code).filter((c) => c !== values.agency), asOf: null, ...acl };
  const run = async (label: string, cypher: string, params: Record<string, unknown>) => {
    const text = expandAcl(expandHit(cypher));
    const t0 = Date.now();
    const plain = values.cold ? null : await world.executor.driver.executeQuery(text, params, { routing: 'READ' });
    const ms = Date.now() - t0;
    const profiled = await world.executor.driver.executeQuery(`PROFILE ${text}`, params, { routing: 'READ' });
    const records = (plain ?? profiled).records;
    console.log(`\n${label}: ${values.cold ? `${Date.now() - t0} ms profiled, first run` : `${ms} ms`}, ${records.length} rows`);
    print(profiled.summary.profile as ProfiledPlan);
    return records.map((r) => toPlain(r.toObject()) as Record<string, Plain>);
  };
  for (const batch of [subjects.slice(0, SUBJECT_BATCH), subjects.slice(SUBJECT_BATCH)]) {
    const names = lookupParams(batch, DEFAULT_THRESHOLD);
    const terms = names.queries.reduce((n, q) => n + q.text.split(' OR ').length, 0);
    const found = await run(`name lookup, ${batch.length} subjects, ${terms} distinct keys in ${names.queries.length} queries`, NAME_LOOKUP, { ...common, ...batchParam(names) });
    const hits = nameHits(found);
    const named = [...hits.values()].reduce((n, h) => n + h.named.length, 0);
    const hidden = [...hits.values()].reduce((n, h) => n + h.hiddenPeople.length, 0);
    const t0 = Date.now();
    const kept = batch.map((s, i) => (hits.get(i)?.named ?? []).filter((c) => mayReach(s, c, DEFAULT_THRESHOLD)));
    const keptCount = kept.reduce((n, k) => n + k.length, 0);
    console.log(`${hits.size} subjects with people found, ${named} visible people in all (${hidden} hidden), ${keptCount} may reach ${DEFAULT_THRESHOLD} (scored in ${Date.now() - t0} ms)`);
    const docKeys = [...new Set(batch.flatMap((s) => s.docKeys))];
    const docs = await run(`documents found, ${docKeys.length} document numbers`, DOCUMENTS_FOUND, { ...common, ...batchParam({ docKeys }) });
    const docsFound = new Set(docs.map((r) => String(r.k)));
    const facts = batch.filter(needsFacts).length;
    const subjects = batch.flatMap((s, i) => (needsFacts(s) && worthMatching(s, kept[i]!, docsFound) ? [subjectParams(s, i, kept[i]!.map((c) => String(c.id)))] : []));
    if (subjects.length > 0) await run(`match statement, ${subjects.length} of ${facts} subjects with documents, identifiers or flights`, MATCH_BATCH, { ...common, ...batchParam({ subjects }) });
  }
} finally {
  await world.stop();
}
