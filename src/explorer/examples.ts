// The explorer's first screen: saved example operations, one GraphiQL tab each, that return data for the
// default agency (NL-INTEL) on the demo world. test/explorer/examples.test.ts runs every one of them.

export interface ExampleTab {
  query: string;
  variables?: string;
}

const tab = (query: string, variables?: Record<string, unknown>): ExampleTab => ({
  query,
  ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}),
});

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  tab(`# Who am I? The agency comes from the token in the Headers tab; switch it with the selector above.
query Lookup($id: ID!) {
  viewer { agency { code } role }
  person(id: $id) {
    name aliases
    provenance { source marking reportedAt }
    recruits(first: 5) { totalCount edges { node { id name } link { type properties } } }
    documents(first: 5) { edges { node { number kind issuingCountry } } }
  }
}`, { id: 'per-nl-0001' }),
  tab(`# Full-text search: accent-insensitive, tolerant of small spelling differences.
query Search($text: String!) {
  search(text: $text, first: 10) {
    totalCount
    edges { score node { __typename id label provenance { source marking } } }
  }
}`, { text: 'Azaghar' }),
  tab(`# The visible neighbourhood as one subgraph (nodes keyed by record id, edges by <TYPE>:<id>).
query Neighbourhood($ids: [ID!]!) {
  neighbourhood(ids: $ids, depth: 2, limit: 100) {
    truncated
    nodes { key type label depth }
    edges { key type source target }
  }
}`, { ids: ['per-nl-0001'] }),
  tab(`# Cells (communities), brokers between them and recruiters, on what this agency may see.
query Network($seeds: [ID!]!) {
  network(seeds: $seeds, depth: 2) {
    components { index size }
    communities { index size members }
    brokers { node { key label } score }
    recruiters { node { key label } score }
  }
}`, { seeds: ['per-nl-0001'] }),
  tab(`# Every shortest path between two people, through visible records only.
query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4) {
    length
    nodes { key label type }
    edges { type source target }
  }
}`, { from: 'per-nl-0001', to: 'per-nl-0012' }),
  tab(`# Screen a passenger manifest against people, documents and watchlists.
query Screening($travellers: [TravellerInput!]!) {
  screen(travellers: $travellers) {
    matchedRows hitRows
    rows {
      ref
      candidates { score person { id name } reasons { field how score } watchlists { name } }
    }
  }
}`, { travellers: [{ ref: 'row-1', name: 'Sofiane el Haddouchi', birthDate: '1995-01-23' }] }),
  tab(`# Journeys through Istanbul that reach the Syrian border region within 14 days, grouped by route.
query TravelRoutes {
  travelRoutes(through: ["loc-istanbul"], to: ["loc-gaziantep", "loc-hatay", "loc-kilis"], withinDays: 14) {
    totalCount
    edges { node { route { label } travellerCount linkedToRecruiter linkedToWatchlist } }
  }
}`),
];
