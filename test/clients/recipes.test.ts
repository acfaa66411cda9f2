// The graph-library recipes of docs/networks.md, run as written on a real answer: graphology and headless Cytoscape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import cytoscape from 'cytoscape';
import { demoHttp } from '../helpers/demoHttp.js';
import { demoId } from '../helpers/demoIds.js';

const api = demoHttp();

interface Sub {
  nodes: Array<{ key: string; type: string; label: string; depth: number }>;
  edges: Array<{ key: string; type: string; source: string; target: string }>;
}
interface Recipes {
  toGraphology(sub: Sub): { order: number; size: number; forEachNode(cb: (key: string, attributes: Record<string, unknown>) => void): void };
  toCytoscape(sub: Sub): cytoscape.ElementDefinition[];
}

/** The fenced block after `<!-- recipe: graph-libraries -->`, with its import and exports turned into plain functions. */
function recipes(): Recipes {
  const doc = readFileSync(new URL('../../docs/networks.md', import.meta.url), 'utf8');
  const block = /<!-- recipe: graph-libraries -->\s*```js\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/networks.md lost its graph-libraries recipe');
  const body = block.replace(/^import .*$/gm, '').replace(/^export /gm, '');
  return new Function('Graph', `${body}\nreturn { toGraphology, toCytoscape };`)(Graph) as Recipes;
}

async function neighbourhood(id: string): Promise<Sub> {
  const query = `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2) { nodes { key type label depth } edges { key type source target } } }`;
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token('NL-INTEL')}` },
    body: JSON.stringify({ query, variables: { ids: [id] } }),
  });
  return ((await res.json()) as { data: { neighbourhood: Sub } }).data.neighbourhood;
}

/** The answer as it could come back: a relationship whose edge key equals a record id (ids are free text). */
function withCollision(sub: Sub): Sub {
  const [first, ...rest] = sub.edges;
  return { ...sub, edges: [{ ...first!, key: sub.nodes[0]!.key }, ...rest] };
}

describe('graph-library recipes on a real neighbourhood', { timeout: 120_000 }, () => {
  it('graphology: every node and every edge, relationship types kept apart from sigma node programs', async () => {
    const sub = await neighbourhood(demoId('per-nl-0001'));
    expect(sub.edges.length).toBeGreaterThan(10);
    const graph = recipes().toGraphology(sub);
    expect(graph.order).toBe(sub.nodes.length);
    expect(graph.size).toBe(sub.edges.length);
    expect(new Set(sub.edges.map((e) => e.key)).size).toBe(sub.edges.length);
    graph.forEachNode((_k, a) => expect(a.type).toBeUndefined());
  });

  it('cytoscape (headless): every node and every edge, even when an edge key equals a record id', async () => {
    const real = await neighbourhood(demoId('per-nl-0001'));
    for (const sub of [real, withCollision(real)]) {
      const cy = cytoscape({ headless: true, elements: recipes().toCytoscape(sub) });
      expect(cy.nodes().length).toBe(sub.nodes.length);
      expect(cy.edges().length).toBe(sub.edges.length);
      // Edges join the nodes they name, so a click on either can go back to the API by `key`.
      const e = cy.edges()[0]!;
      expect(sub.nodes.map((n) => n.key)).toContain(e.source().data('key'));
    }
  });

  it('the naive recipe (record ids as Cytoscape ids) is what drops edges', async () => {
    const sub = withCollision(await neighbourhood(demoId('per-nl-0001')));
    const naive = [
      ...sub.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.key } })),
      ...sub.edges.map((e) => ({ group: 'edges' as const, data: { id: e.key, source: e.source, target: e.target } })),
    ];
    const cy = cytoscape({ headless: true, elements: naive });
    expect(cy.elements().length).toBeLessThan(naive.length);
  });
});
