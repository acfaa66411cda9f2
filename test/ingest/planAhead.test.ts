// Planning an import's relationship statements ahead of their batches (src/ingest/import/planAhead.ts):
// the order plans are made in, a batch never waiting behind another type's plan nor planning its own
// twice, the plan statement being the batch's own (same text, same parameters, same size bucket) and
// writing nothing, and an import giving the same report and graph with it on or off.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlanAhead } from '../../src/ingest/import/planAhead.js';
import { planBucketFloor, planRelationshipBatch, runBatch } from '../../src/ingest/batch.js';
import { BisectingWriter } from '../../src/ingest/import/bisect.js';
import { RelationshipIdLedger } from '../../src/ingest/import/idLedger.js';
import { executorRunner, type IngestRunner } from '../../src/ingest/runner.js';
import { importFiles } from '../../src/ingest/import/importer.js';
import type { Params, Row } from '../../src/graph/executor.js';
import type { RelationshipType } from '../../src/model/graphModel.js';
import { validateRecord } from '../../src/ingest/validate.js';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { agencyCode, uid } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { countsOf, fixture } from './fixtures.js';

vi.setConfig({ testTimeout: 120_000 });

/** A plan function whose plans end when the test says so. */
function manual() {
  const log: string[] = [];
  const pending = new Map<string, () => void>();
  const plan = (type: RelationshipType) => {
    log.push(`start ${type}`);
    if (type === 'FUNDED') return Promise.reject(new Error('refused'));
    return new Promise<void>((resolve) => pending.set(type, () => (log.push(`end ${type}`), resolve())));
  };
  const finish = async (type: string) => {
    await vi.waitFor(() => expect(pending.has(type)).toBe(true));
    pending.get(type)!();
    pending.delete(type);
  };
  return { log, plan, finish };
}

describe('PlanAhead', () => {
  it('plans one type at a time, types met first, and goes on past a plan that fails', async () => {
    const { log, plan, finish } = manual();
    const ahead = new PlanAhead(plan, ['HOLDS', 'FUNDED', 'MADE', 'USED']);
    ahead.met('USED');
    ahead.start();
    ahead.start();
    await finish('USED');
    await finish('HOLDS');
    await finish('MADE');
    await ahead.stop();
    expect(log).toEqual(['start USED', 'end USED', 'start HOLDS', 'end HOLDS', 'start FUNDED', 'start MADE', 'end MADE']);
  });

  it('a batch of a type not planned yet takes it off the list; one being planned waits for that plan', async () => {
    const { log, plan, finish } = manual();
    const ahead = new PlanAhead(plan, ['HOLDS', 'MADE', 'USED']);
    ahead.start();
    await vi.waitFor(() => expect(log).toEqual(['start HOLDS']));
    // MADE's batch comes first: MADE is no longer planned ahead, and the batch does not wait.
    await ahead.ready('MADE');
    // HOLDS's batch waits for the plan under way.
    let holdsReady = false;
    const holds = ahead.ready('HOLDS').then(() => (holdsReady = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(holdsReady).toBe(false);
    await finish('HOLDS');
    await holds;
    await finish('USED');
    await ahead.stop();
    expect(log).toEqual(['start HOLDS', 'end HOLDS', 'start USED', 'end USED']);
  });

  it('stop plans nothing more and waits for the plan under way', async () => {
    const { log, plan, finish } = manual();
    const ahead = new PlanAhead(plan, ['HOLDS', 'MADE']);
    ahead.start();
    await vi.waitFor(() => expect(log).toEqual(['start HOLDS']));
    let stopped = false;
    const stop = ahead.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    await finish('HOLDS');
    await stop;
    ahead.start();
    expect(log).toEqual(['start HOLDS', 'end HOLDS']);
  });
});

describe('planBucketFloor', () => {
  it("gives the smallest size in the bucket of Neo4j's plan cache a row count falls in", () => {
    expect([0, 1, 2, 10, 11, 20, 100, 101, 1000, 1001, 5000, 10_000, 20_000].map(planBucketFloor)).toEqual([0, 1, 2, 2, 11, 11, 11, 101, 101, 1001, 1001, 1001, 10_001]);
  });
});

describe('against Neo4j', () => {
  const server = testServer();
  const A = agencyCode('pla');

  beforeAll(async () => {
    await writeWorld(server.executor, [A], [], []);
  });

  afterAll(async () => {
    await server.stop();
    await closeTestDriver();
  });

  /** The real runner, recording what it is asked to run; `tag` (a comment) makes every text one no other test runs. */
  function recording(tag = ''): { runner: IngestRunner; calls: Array<{ mode: string; cypher: string; params: Params; rows: Row[] }> } {
    const real = executorRunner(server.executor, 'all');
    const calls: Array<{ mode: string; cypher: string; params: Params; rows: Row[] }> = [];
    return {
      calls,
      runner: {
        run: async (mode, cypher, params) => {
          const rows = await real.run(mode, tag ? `${cypher}\n/* ${tag} */` : cypher, params);
          calls.push({ mode, cypher, params, rows });
          return rows;
        },
        runOnce: async (mode, cypher, params) => {
          const rows = await real.runOnce!(mode, tag ? `${cypher}\n/* ${tag} */` : cypher, params);
          calls.push({ mode, cypher, params, rows });
          return rows;
        },
      },
    };
  }

  /**
   * How long Neo4j spent compiling each run of the statements whose text contains `tag`, in the order run
   * (its query collection, db.stats: a run that finds its plan in the cache takes ~1 ms, a plan far more).
   */
  async function compileTimes(tag: string, runs: number): Promise<number[][]> {
    for (let waited = 0; ; waited += 200) {
      const rows = await server.executor.trustedRead(
        `CALL db.stats.retrieve('QUERIES') YIELD data WITH data WHERE data.query CONTAINS $tag
         RETURN [i IN data.invocations | [i.startTimestampMillis, i.elapsedCompileTimeInUs]] AS runs`,
        { tag },
      );
      const texts = rows.map((r) => (r.runs as number[][]).map(([at, us]) => [Number(at), Number(us)]).sort((a, b) => a[0]! - b[0]!).map(([, us]) => us!));
      if (texts.reduce((n, t) => n + t.length, 0) >= runs || waited > 15_000) return texts;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** One of A's records, validated as an import would. */
  function record(raw: object) {
    const v = validateRecord({ marking: 'GREEN', reportedAt: '2020-01-01T00:00:00Z', confidence: 0.9, ...raw }, { agency: A, trustSources: false });
    if (!v.ok) throw new Error(v.rejection.message);
    return v.record;
  }

  it('the plan statement is the one the batch runs, with as many rows, and writes nothing; the batch finds its plan cached', async () => {
    const p = uid('plst');
    // Neo4j collects the queries it runs (db.stats) while asked to; a request made while it does is fine.
    await server.executor.trustedWrite(`CALL db.stats.collect('QUERIES')`);
    const { runner, calls } = recording(p);
    const people = [0, 1, 2].map((k) => record({ kind: 'node', type: 'Person', id: `${p}-per-${k}`, properties: { name: `Person ${k}` } }));
    await runBatch(executorRunner(server.executor, 'all'), people.map((r) => ({ record: r })), { dryRun: false });
    const links = [0, 1, 2].map((k) => record({ kind: 'relationship', type: 'ASSOCIATE_OF', id: `${p}-rel-${k}`, from: `${p}-per-${k}`, to: `${p}-per-${(k + 1) % 3}`, properties: {} }));
    for (const dryRun of [true, false]) {
      await planRelationshipBatch(runner, 'ASSOCIATE_OF', links.length, { dryRun });
      await runBatch(runner, links.map((record) => ({ record })), { dryRun });
    }
    expect(calls).toHaveLength(4);
    for (const [plan, batch] of [[calls[0]!, calls[1]!], [calls[2]!, calls[3]!]] as const) {
      expect(plan.mode).toBe(batch.mode);
      expect(plan.cypher).toBe(batch.cypher);
      expect(Object.keys(plan.params).sort()).toEqual(Object.keys(batch.params).sort());
      expect((plan.params.rows0 as unknown[]).length).toBe((batch.params.rows0 as unknown[]).length);
      // Every planned row is an unknown endpoint: nothing created, updated or sent to the outbox.
      expect(plan.rows[0]!.outcomes).toEqual([{ outcome: 'unknownEndpoint', n: 3, at: [0, 1, 2] }]);
    }
    expect(calls.map((c) => c.mode)).toEqual(['READ', 'READ', 'WRITE', 'WRITE']);
    expect(calls[3]!.rows[0]!.outcomes).toEqual([{ outcome: 'created', n: 3, at: [] }]);
    // The point of it: Neo4j keys a plan by the text and by the size bucket of each list parameter (0, 1,
    // 2-10, 11-100, ...), so each batch must find the plan its plan statement made. Two texts (the dry
    // run's and the write's), each run twice: planned on the first run only.
    const texts = await compileTimes(p, 4);
    expect(texts).toHaveLength(2);
    for (const [plan, batch] of texts.map((t) => t.slice(-2))) expect(batch!).toBeLessThan(plan! / 5);
  });

  it("a type's short last batch is padded into the bucket of its full ones and finds their plan; the padding writes nothing; node types share one plan", async () => {
    const p = uid('pad');
    await server.executor.trustedWrite(`CALL db.stats.collect('QUERIES')`);
    const { runner, calls } = recording(p);
    // An import of batches of 20 (bucket 11-100): a full batch of each kind, then a short one of 4 (bucket 2-10 unpadded).
    const writer = new BisectingWriter(runner, false, new RelationshipIdLedger(), 20);
    const people = Array.from({ length: 24 }, (_, k) => record({ kind: 'node', type: 'Person', id: `${p}-per-${k}`, properties: { name: `Person ${k}` } }));
    const links = Array.from({ length: 24 }, (_, k) => record({ kind: 'relationship', type: 'FAMILY_OF', id: `${p}-rel-${k}`, from: `${p}-per-${k}`, to: `${p}-per-${(k + 1) % 24}`, properties: {} }));
    const places = Array.from({ length: 12 }, (_, k) => record({ kind: 'node', type: 'Location', id: `${p}-loc-${k}`, properties: { name: `Place ${k}`, kind: 'CITY', countryCode: 'NL' } }));
    const results = [];
    for (const batch of [people.slice(0, 20), people.slice(20), links.slice(0, 20), links.slice(20), places]) results.push(await writer.write(batch.map((record) => ({ record }))));
    expect(results.map((r) => r.counts.created)).toEqual([20, 4, 20, 4, 12]);
    expect(results.every((r) => r.rejected.length === 0)).toBe(true);
    const writes = calls.filter((c) => c.mode === 'WRITE' && c.params.rows0 !== undefined);
    expect(writes.map((c) => (c.params.rows0 as unknown[]).length)).toEqual([20, 11, 20, 11, 12]);
    expect(writes.map((c) => (c.params.rows0 as unknown[]).filter((r) => r === null).length)).toEqual([0, 7, 0, 7, 0]);
    const labelled = await server.executor.trustedRead(`MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN labels(n) AS labels, count(*) AS n ORDER BY n`, { p: `${A}:${p}` });
    expect(labelled.map((r) => [[...(r.labels as string[])].sort(), Number(r.n)])).toEqual([[['Entity', 'Location'], 12], [['Entity', 'Person'], 24]]);
    const graph = await server.executor.trustedRead(
      `MATCH (n:Entity) WHERE n.id STARTS WITH $p WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r:FAMILY_OF]->() WHERE r.id STARTS WITH $p
       RETURN nodes, count(r) AS links`,
      { p: `${A}:${p}` },
    );
    expect(graph[0]).toEqual({ nodes: 36, links: 24 });
    // One plan per statement text: the short batch of each kind found the one its full batch made, and the
    // places found the people's (the namespace's claim, run once, is the third text).
    const texts = (await compileTimes(p, 6)).filter((t) => t.length >= 2);
    expect(texts.map((t) => t.length).sort()).toEqual([2, 3]);
    for (const [first, ...later] of texts) for (const us of later) expect(us).toBeLessThan(first! / 5);
  });

  it('an import gives the same report and graph with plans made ahead or not, and makes them', async () => {
    const planned: string[] = [];
    const run = server.executor.run.bind(server.executor);
    server.executor.run = async (mode, cypher, params, stats) => {
      const rows = params?.rows0 as Array<Record<string, unknown>> | undefined;
      if (rows?.length && rows.every((r) => r !== null && r.id === undefined)) planned.push(String(params.type0 ?? /-\[r:([A-Z_]+)\]->/.exec(cypher)?.[1] ?? '?'));
      return run(mode, cypher, params, stats);
    };
    try {
      const outcomes = [];
      for (const planAhead of [false, true]) {
        const p = uid(`pla${planAhead ? 1 : 0}`);
        const report = await importFiles(server.executor, { agency: A, files: [fixture('world.ndjson', p)], batchSize: 2, planAhead });
        if (!planAhead) expect(planned).toEqual([]);
        outcomes.push({ totals: report.totals, deferred: report.deferred, graph: await countsOf(server.executor, p) });
      }
      expect(outcomes[0]!.totals).toMatchObject({ read: 22, created: 22, rejected: 0 });
      expect(outcomes[1]).toEqual(outcomes[0]);
      // The fixture's types were met first and planned (those whose batch came first are not planned twice).
      expect(planned.length).toBeGreaterThan(0);
      expect(new Set(planned).size).toBe(planned.length);
    } finally {
      server.executor.run = run;
    }
  });
});
