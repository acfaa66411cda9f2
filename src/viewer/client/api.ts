/// <reference lib="dom" />
// The viewer's only door to the API: `network` and `neighbourhood` over POST /graphql, typed after schema.graphql.

export interface Provenance {
  source: string;
  marking: string;
  reportedAt: string;
}

export interface SubgraphNode {
  key: string;
  type: string;
  label: string;
  depth: number;
  members: string[];
  provenance: Provenance;
}

export interface SubgraphEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  provenance: Provenance;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
  cappedNodes: string[];
}

export interface NodeMetrics {
  node: { key: string };
  betweenness: number;
  community: number;
  degree: number;
}

/** A subgraph with the metrics computed on it (none for a plain neighbourhood). */
export interface Analysis {
  subgraph: Subgraph;
  metrics: NodeMetrics[];
}

/** The schema's TimeWindow: ISO DateTimes, open ends allowed. */
export interface TimeWindow {
  from: string;
  to: string;
}

export interface Query {
  token: string;
  depth: number;
  between: TimeWindow | null;
}

/** A GraphQL or HTTP failure, with the API's `extensions.code` when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

// Only what the canvas draws and the hover panel shows: properties stay on the server.
const FIELDS = `
fragment ViewerNode on SubgraphNode { key type label depth members provenance { source marking reportedAt } }
fragment ViewerEdge on SubgraphEdge { key type source target provenance { source marking reportedAt } }
fragment ViewerSubgraph on Subgraph { nodes { ...ViewerNode } edges { ...ViewerEdge } truncated cappedNodes }`;

const NETWORK = `query ViewerNetwork($seeds: [ID!]!, $depth: Int, $between: TimeWindow) {
  network(seeds: $seeds, depth: $depth, between: $between) {
    subgraph { ...ViewerSubgraph }
    metrics { node { key } betweenness community degree }
  }
}${FIELDS}`;

const NEIGHBOURHOOD = `query ViewerNeighbourhood($ids: [ID!]!, $depth: Int, $between: TimeWindow) {
  neighbourhood(ids: $ids, depth: $depth, between: $between) { ...ViewerSubgraph }
}${FIELDS}`;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function gql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  if (!token.trim()) throw new ApiError('Enter a bearer token first.', 'UNAUTHENTICATED');
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.trim()}` },
    body: JSON.stringify({ query, variables }),
  });
  // Error bodies (401, 400) are GraphQL responses too; only a non-JSON body falls back to the status.
  const body = (await res.json().catch(() => ({}))) as GraphQLResponse<T>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? `HTTP_${res.status}`);
  if (!res.ok || !body.data) throw new ApiError(`The API answered ${res.status}.`, `HTTP_${res.status}`);
  return body.data;
}

export async function fetchNetwork(q: Query, seed: string): Promise<Analysis> {
  const data = await gql<{ network: Analysis }>(q.token, NETWORK, { seeds: [seed], depth: q.depth, between: q.between });
  return data.network;
}

export async function fetchNeighbourhood(q: Query, ids: string[]): Promise<Analysis> {
  const data = await gql<{ neighbourhood: Subgraph }>(q.token, NEIGHBOURHOOD, { ids, depth: q.depth, between: q.between });
  return { subgraph: data.neighbourhood, metrics: [] };
}

const TOP_RECRUITER = `query ViewerSeed { recruiters(first: 1) { edges { node { person { id name } } } } }`;

/**
 * A seed this token can see, for the first screen: the visible person with the widest recruitment
 * reach. Asked of the API rather than fixed in the page, so it holds for every agency and any data.
 */
export async function fetchDefaultSeed(token: string): Promise<{ id: string; name: string } | null> {
  const data = await gql<{ recruiters: { edges: Array<{ node: { person: { id: string; name: string } } }> } }>(token, TOP_RECRUITER, {});
  return data.recruiters.edges[0]?.node.person ?? null;
}
