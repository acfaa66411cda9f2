// Apollo Client 4's InMemoryCache normalises by `__typename:id`: two overlapping answers written into one cache
// must read back exactly as the server sent them, and every object sharing a `__typename:id` must agree.
import { describe, expect, it } from 'vitest';
import { InMemoryCache, gql } from '@apollo/client';
import { print, type DocumentNode } from 'graphql';
import { demoHttp } from '../helpers/demoHttp.js';
import { demoId } from '../helpers/demoIds.js';

const api = demoHttp();

const NETWORK = gql`
  query Net($seeds: [ID!]!, $depth: Int) {
    network(seeds: $seeds, depth: $depth) {
      subgraph { truncated nodes { key type label depth members } edges { key type source target } }
      components { index size members }
      communities { index size members }
      metrics { node { key depth } community component degree }
    }
  }
`;

const PERSON = gql`
  query Person($id: ID!) {
    person(id: $id) {
      id name
      recruits(first: 20) { edges { link { id type provenance { source marking } } node { id label } } }
      associates(first: 20) { edges { link { id type provenance { source marking } } node { id label } } }
    }
  }
`;

/** Sends the document exactly as the cache will read it (Apollo adds __typename to every selection). */
async function ask(cache: InMemoryCache, query: DocumentNode, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token('NL-INTEL')}` },
    body: JSON.stringify({ query: print(cache.transformDocument(query)), variables }),
  });
  const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/**
 * Every object a normalising cache would key (`__typename:id`), with each scalar field's values across the answers.
 * Two values for one field of one key means the cache would silently overwrite one answer with the other.
 */
function keyed(value: unknown, out = new Map<string, Map<string, Set<string>>>()): Map<string, Map<string, Set<string>>> {
  if (Array.isArray(value)) value.forEach((v) => keyed(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === 'string' && o.id !== undefined) {
      const key = `${o.__typename}:${String(o.id)}`;
      const fields = out.get(key) ?? new Map<string, Set<string>>();
      for (const [f, v] of Object.entries(o)) {
        if (v !== null && typeof v === 'object' && !(Array.isArray(v) && v.every((x) => typeof x !== 'object'))) continue;
        fields.set(f, (fields.get(f) ?? new Set()).add(JSON.stringify(v)));
      }
      out.set(key, fields);
    }
    Object.values(o).forEach((v) => keyed(v, out));
  }
  return out;
}

/** `key.field` for every field that two objects of one `__typename:id` disagree on. */
const conflicts = (objects: ReturnType<typeof keyed>) =>
  [...objects].flatMap(([key, fields]) => [...fields].filter(([, values]) => values.size > 1).map(([f]) => `${key}.${f}`));

describe('Apollo Client InMemoryCache over two overlapping answers', { timeout: 120_000 }, () => {
  it('networks around two neighbouring seeds read back exactly as the server answered', async () => {
    const cache = new InMemoryCache();
    const first = { seeds: [demoId('per-nl-0001')], depth: 2 };
    const a = await ask(cache, NETWORK, first);
    const nodes = (a.network as { subgraph: { nodes: Array<{ key: string; depth: number; type: string }> } }).subgraph.nodes;
    // A second seed one hop away: the same records come back at other depths, with other groups.
    const neighbour = nodes.find((n) => n.depth === 1 && n.type === 'Person')!;
    const second = { seeds: [neighbour.key], depth: 1 };
    const b = await ask(cache, NETWORK, second);
    expect((b.network as { components: unknown[] }).components.length).toBeGreaterThan(0);

    cache.writeQuery({ query: NETWORK, variables: first, data: a });
    cache.writeQuery({ query: NETWORK, variables: second, data: b });
    expect(cache.readQuery({ query: NETWORK, variables: first })).toEqual(a);
    expect(cache.readQuery({ query: NETWORK, variables: second })).toEqual(b);
  });

  it('links and people of two lookups read back exactly, and every `__typename:id` names one object', async () => {
    const cache = new InMemoryCache();
    const answers = [];
    for (const id of [demoId('per-nl-0001'), demoId('per-nl-0002')]) {
      const data = await ask(cache, PERSON, { id });
      cache.writeQuery({ query: PERSON, variables: { id }, data });
      answers.push({ id, data });
    }
    for (const { id, data } of answers) expect(cache.readQuery({ query: PERSON, variables: { id } })).toEqual(data);
    const objects = keyed(answers.map((x) => x.data));
    expect([...objects.keys()].filter((k) => k.startsWith('Link:')).length).toBeGreaterThan(1);
    expect(conflicts(objects)).toEqual([]);
  });

  it('no query-dependent object carries an `id` (a normalising cache would merge two answers)', async () => {
    const cache = new InMemoryCache();
    const a = await ask(cache, NETWORK, { seeds: [demoId('per-nl-0001')], depth: 2 });
    const b = await ask(cache, NETWORK, { seeds: [demoId('per-nl-0001')], depth: 1 });
    expect(conflicts(keyed([a, b]))).toEqual([]);
    cache.writeQuery({ query: NETWORK, variables: { seeds: [demoId('per-nl-0001')], depth: 2 }, data: a });
    const stored = Object.keys(cache.extract());
    expect(stored.filter((k) => /^(SubgraphNode|SubgraphEdge|Group|NodeMetrics):/.test(k))).toEqual([]);
  });
});
