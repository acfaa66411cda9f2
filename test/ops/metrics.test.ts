// GET /metrics in Prometheus format: requests and latency by operation, Neo4j transaction latency,
// pool usage, and errors by code, all fed by real requests through the HTTP app.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testExecutor, closeTestDriver } from '../helpers/graph.js';
import { agencyCode } from '../helpers/ids.js';
import { writeWorld } from '../helpers/world.js';
import { startApi, type RunningApi } from './api.js';

const graph = testExecutor();
const me = agencyCode('metr');
let api: RunningApi;

beforeAll(async () => {
  await writeWorld(graph, [me], [], []);
  api = await startApi(graph, { SKEIN_RATE_LIMIT_PER_MINUTE: '0', NEO4J_MAX_POOL_SIZE: '17' });
});

afterAll(async () => {
  await api.stop();
  await closeTestDriver();
});

/** The value of one sample line, e.g. metric{a="b"} 3. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((l) => line.includes(l))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

it('counts requests and latency by operation, Neo4j statements, pool and errors by code', async () => {
  const auth = { authorization: `Bearer ${await api.token(me)}` };
  for (let i = 0; i < 3; i++) {
    expect((await api.post({ query: 'query WhoAmI { viewer { role } }', operationName: 'WhoAmI' }, auth)).status).toBe(200);
  }
  expect((await api.post({ query: 'query Find { search(text: "nobody at all") { totalCount } }' }, auth)).status).toBe(200);
  expect((await api.post({ query: 'query Bad { node(id: 1 }' }, auth)).status).toBe(400);
  expect((await api.post({ query: '{ viewer { role } }' })).status).toBe(401);

  const res = await fetch(`${api.base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/plain/);
  const text = await res.text();

  // Labelled by the root fields selected (schema names), not by the clients' operation names.
  expect(sample(text, 'skein_graphql_operation_duration_seconds_count', { operation: 'viewer', type: 'query' })).toBe(3);
  expect(sample(text, 'skein_graphql_operation_duration_seconds_count', { operation: 'search', type: 'query' })).toBe(1);
  expect(sample(text, 'skein_graphql_operation_duration_seconds_bucket', { operation: 'viewer', le: '+Inf' })).toBe(3);
  expect(sample(text, 'skein_graphql_operation_duration_seconds_sum', { operation: 'search' })).toBeGreaterThan(0);

  expect(sample(text, 'skein_neo4j_transaction_duration_seconds_count', { mode: 'READ', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
  expect(text).toMatch(/^skein_neo4j_transactions_in_flight\{mode="READ"\} 0$/m);
  expect(sample(text, 'skein_neo4j_pool_max_size')).toBe(17);

  expect(sample(text, 'skein_graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
  expect(sample(text, 'skein_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  expect(sample(text, 'skein_http_request_duration_seconds_count', { route: '/graphql', method: 'POST', status: '200' })).toBe(4);
  expect(sample(text, 'skein_http_request_duration_seconds_count', { route: '/graphql', method: 'POST', status: '401' })).toBe(1);
  expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
});

// Issue 12 finding 6: /metrics needs no token, so an analyst's free-text operation name (which can
// name a person or a case) never becomes a label; nor do aliases or argument values.
it('operation names, aliases and arguments never reach /metrics', async () => {
  const auth = { authorization: `Bearer ${await api.token(me)}` };
  const query = 'query TraceAhmedYilmazForNL { ahmedYilmaz: search(text: "Ahmed Yilmaz") { totalCount } viewer { role } }';
  expect((await api.post({ query, operationName: 'TraceAhmedYilmazForNL' }, auth)).status).toBe(200);
  const text = await (await fetch(`${api.base}/metrics`)).text();
  expect(text).not.toMatch(/Ahmed|Yilmaz|TraceAhmed|ahmedYilmaz/i);
  expect(sample(text, 'skein_graphql_operation_duration_seconds_count', { operation: 'search+viewer', type: 'query' })).toBe(1);
});

it('operation names from clients cannot blow up label cardinality', async () => {
  const auth = { authorization: `Bearer ${await api.token(me)}` };
  expect((await api.post({ query: 'query Q { viewer { role } }', operationName: 'x'.repeat(500) }, auth)).status).toBe(400);
  const text = await (await fetch(`${api.base}/metrics`)).text();
  expect(text).not.toContain('x'.repeat(100));
});

it('SKEIN_METRICS=false serves no /metrics', async () => {
  const quiet = await startApi(graph, { SKEIN_METRICS: 'false' });
  try {
    expect((await fetch(`${quiet.base}/metrics`)).status).toBe(404);
  } finally {
    await quiet.stop();
  }
});
