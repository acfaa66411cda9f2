// Drivers for bench/peer.ts: interleaved sequential rounds over HTTP and the raw driver, and
// throughput at N connections (autocannon for the two servers, N concurrent loops for raw Cypher).
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { percentiles } from './timing.js';

export interface Target {
  name: 'skein' | 'peer' | 'raw';
  url?: string;
  query?: string;
  token?: string | undefined;
  cypher?: string;
  driver?: Driver;
  /**
   * Raw only: run the statement as one auto-commit transaction (`session.run`: RUN and PULL, one round
   * trip — how Skein runs a lookup's one statement) instead of `executeQuery` (the driver's managed
   * transaction: BEGIN, RUN, PULL, then COMMIT, and its bookmarks).
   */
  autoCommit?: boolean;
}

type Vars = Record<string, unknown>;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 5_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export function graphqlPost(url: string, query: string, variables: Vars, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
}

/** One request; throws on HTTP or GraphQL errors (a failing system must not look fast). */
async function once(t: Target, vars: Vars): Promise<unknown> {
  if (t.driver && t.autoCommit) {
    const session = t.driver.session({ defaultAccessMode: 'READ' });
    try {
      return (await session.run(t.cypher!, vars)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }
  if (t.driver) return (await t.driver.executeQuery(t.cypher!, vars, { routing: 'READ' })).records.map((r) => r.toObject());
  const res = await graphqlPost(t.url!, t.query!, vars, t.token);
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!res.ok || body.errors) throw new Error(`${t.name}: ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Rounds of (skein, peer, raw) on the same input, so a noisy neighbour hits all three alike. */
export async function sequential(targets: Target[], inputs: Vars[], size: (data: unknown) => number) {
  const sizes = {} as Record<Target['name'], number>;
  for (const t of targets) {
    const data = await once(t, inputs[0]!);
    // Raw rows are plain objects; count them as the GraphQL answers are counted.
    sizes[t.name] = t.driver ? rawSize(data) : size(data);
  }
  for (const until = performance.now() + WARMUP_MS; performance.now() < until; ) for (const t of targets) await once(t, inputs[0]!);
  const samples = Object.fromEntries(targets.map((t) => [t.name, [] as number[]])) as Record<Target['name'], number[]>;
  for (let i = 0; i < ROUNDS; i++) {
    const vars = inputs[i % inputs.length]!;
    // The order rotates so no system always runs right after another's cache warm-up.
    for (let k = 0; k < targets.length; k++) {
      const t = targets[(i + k) % targets.length]!;
      const t0 = performance.now();
      await once(t, vars);
      samples[t.name].push(performance.now() - t0);
    }
  }
  const seq = {} as Record<Target['name'], { p50: number; p95: number }>;
  for (const t of targets) seq[t.name] = percentiles(samples[t.name]);
  return { seq, sizes };
}

function rawSize(rows: unknown): number {
  const count = (x: unknown): number => (Array.isArray(x) ? x.reduce((n: number, y) => n + count(y), 0) : x && typeof x === 'object' ? Object.values(x).reduce((n: number, y) => n + (Array.isArray(y) ? count(y) : 0), 1) : 0);
  return count(rows);
}

/** req/s of a GraphQL server at CONNECTIONS connections for `seconds`; any error aborts the figure. */
export async function throughput(t: Target, inputs: Vars[], seconds = SECONDS): Promise<number> {
  const bodies = inputs.map((variables) => JSON.stringify({ query: t.query, variables }));
  let bad = 0;
  let i = 0;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (t.token) headers.authorization = `Bearer ${t.token}`;
  const result = await autocannon({
    url: t.url!,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, headers, body: bodies[i++ % bodies.length]! }), onResponse: (status, body) => void ((status !== 200 || body.includes('"errors"')) && (bad += 1)) }],
  });
  if (bad || result.errors || result.non2xx) throw new Error(`${t.name}: ${bad} bad answers, ${result.errors} socket errors under load`);
  return result.requests.average;
}

/** req/s of raw Cypher: CONNECTIONS concurrent loops on the driver for `seconds`. */
export async function rawLoop(t: Target, inputs: Vars[], seconds = SECONDS): Promise<number> {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = c; performance.now() < end; i++) {
        await once(t, inputs[i % inputs.length]!);
        done += 1;
      }
    }),
  );
  return done / seconds;
}
