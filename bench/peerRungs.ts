// The three rungs of bench/peer.ts (issue 15), each as Skein's operation, the peer's operation
// (@neo4j/graphql over the same labels) and raw Cypher without any access control.

export interface Rung {
  name: string;
  world: 'demo' | '100k';
  /** Inputs (person ids) chosen on the data, for the viewer's agency; null: the rung takes none. */
  pick: string | null;
  skein: string;
  peer: string;
  raw: string;
  /** How many records an answer holds (printed once, so the answers are seen to be comparable). */
  size: (data: unknown) => number;
}

const FIRST = 20;

export const RUNGS: Rung[] = [
  {
    name: 'person + documents + memberships',
    world: 'demo',
    pick: `MATCH (p:Person {source: $agency}) WHERE EXISTS { (p)-[:HOLDS]->(:Document) } RETURN p.id AS id ORDER BY id LIMIT 20`,
    skein: `query($id: ID!) { person(id: $id) { id name aliases nationalities documents { edges { node { number kind } } } memberships { edges { node { name } } } } }`,
    peer: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name aliases nationalities documents(limit: ${FIRST}, sort: [{ id: ASC }]) { number kind } memberships(limit: ${FIRST}, sort: [{ id: ASC }]) { name } } }`,
    raw: `MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.nationalities AS nationalities,
  COLLECT { MATCH (p)-[:HOLDS]->(d:Document) WITH d ORDER BY d.id LIMIT ${FIRST} RETURN d {.number, .kind} } AS documents,
  COLLECT { MATCH (p)-[:MEMBER_OF]->(o:Organisation) WITH o ORDER BY o.id LIMIT ${FIRST} RETURN o {.name} } AS memberships`,
    size: (d) => {
      const p = (d as { person?: Conn; people?: Array<Record<string, unknown[]>> });
      if (p.person) return 1 + edges(p.person.documents).length + edges(p.person.memberships).length;
      const q = p.people?.[0];
      return q ? 1 + (q.documents?.length ?? 0) + (q.memberships?.length ?? 0) : 0;
    },
  },
  {
    name: '2-hop associates of associates',
    world: '100k',
    pick: `MATCH (p:Person {source: $agency})-[:ASSOCIATE_OF]-(a:Person {source: $agency})-[:ASSOCIATE_OF]-(b:Person {source: $agency}) WHERE b <> p RETURN DISTINCT p.id AS id LIMIT 20`,
    skein: `query($id: ID!) { person(id: $id) { id name associates { edges { node { id name associates { edges { node { id name } } } } } } } }`,
    peer: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name associates(limit: ${FIRST}, sort: [{ id: ASC }]) { id name associates(limit: ${FIRST}, sort: [{ id: ASC }]) { id name } } } }`,
    raw: `MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, COLLECT {
  MATCH (p)-[:ASSOCIATE_OF]-(a:Person) WITH DISTINCT a ORDER BY a.id LIMIT ${FIRST}
  RETURN a {.id, .name, associates: COLLECT { MATCH (a)-[:ASSOCIATE_OF]-(b:Person) WITH DISTINCT b ORDER BY b.id LIMIT ${FIRST} RETURN b {.id, .name} }}
} AS associates`,
    size: (d) => {
      const p = d as { person?: Conn; people?: Array<{ associates: Array<{ associates: unknown[] }> }> };
      if (p.person) return edges(p.person.associates).reduce((n, e) => n + 1 + edges((e.node as Conn).associates).length, 1);
      return (p.people?.[0]?.associates ?? []).reduce((n, a) => n + 1 + a.associates.length, 1);
    },
  },
  {
    name: 'page of 100 people',
    world: '100k',
    pick: null,
    skein: `{ people(first: 100) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ people(limit: 100, sort: [{ id: ASC }]) { id name } }`,
    raw: `MATCH (p:Person) WITH p ORDER BY p.id LIMIT 100 RETURN p {.id, .name} AS p`,
    size: (d) => {
      const p = d as { people: Conn | unknown[] };
      return Array.isArray(p.people) ? p.people.length : edges(p.people).length;
    },
  },
];

type Conn = Record<string, unknown> & { edges?: Array<{ node: unknown }> };
const edges = (c: unknown): Array<{ node: unknown }> => ((c as Conn | undefined)?.edges ?? []);
