// The explorer's first screen (arguments inline: GraphiQL 3 does not send a default tab's variables): saved example operations, one GraphiQL tab each, that return data for the
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
query Lookup {
  viewer { agency { code } role }
  person(id: "NL-INTEL:per-nl-0001") {
    name aliases
    provenance { source marking reportedAt }
    recruits(first: 5) { totalCount edges { node { id name } link { type properties } } }
    documents(first: 5) { edges { node { number kind issuingCountry } } }
  }
}`),
  tab(`# Full-text search: accent-insensitive, tolerant of small spelling differences.
query Search {
  search(text: "Azaghar", first: 10) {
    totalCount
    edges { score node { __typename id label provenance { source marking } } }
  }
}`),
  tab(`# The visible neighbourhood as one subgraph (nodes keyed by record id, edges by <TYPE>:<id>).
query Neighbourhood {
  neighbourhood(ids: ["NL-INTEL:per-nl-0001"], depth: 2, limit: 100) {
    truncated
    nodes { key type label depth }
    edges { key type source target }
  }
}`),
  tab(`# Cells (communities), brokers between them and recruiters, on what this agency may see.
query Network {
  network(seeds: ["NL-INTEL:per-nl-0001"], depth: 2) {
    components { index size }
    communities { index size members }
    brokers { node { key label } score }
    recruiters { node { key label } score }
  }
}`),
  tab(`# Every shortest path between two people, through visible records only.
query Paths {
  paths(from: "NL-INTEL:per-nl-0001", to: "NL-INTEL:per-nl-0012", maxHops: 4) {
    length
    nodes { key label type }
    edges { type source target }
  }
}`),
  tab(`# Screen a passenger manifest against people, documents and watchlists.
query Screening {
  screen(travellers: [{ ref: "row-1", name: "Sofiane el Haddouchi", birthDate: "1995-01-23" }]) {
    matchedRows hitRows
    rows {
      ref
      candidates { score person { id name } reasons { field how score } watchlists { name } }
    }
  }
}`),
  tab(`# Journeys through Istanbul that reach the Syrian border region within 14 days, grouped by route.
query TravelRoutes {
  travelRoutes(through: ["EU-POLICE:loc-istanbul"], to: ["EU-POLICE:loc-gaziantep", "EU-POLICE:loc-antakya", "EU-POLICE:loc-kilis"], withinDays: 14) {
    totalCount
    edges { node { route { label } travellerCount linkedToRecruiter linkedToWatchlist } }
  }
}`),
];
