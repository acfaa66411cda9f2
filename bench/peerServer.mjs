// The peer for bench/peer.ts: @neo4j/graphql (the library a team would pick instead of Skein) with type
// definitions over Skein's stored labels and relationship types, served by Apollo Server, no
// authorization. Plain JavaScript run by plain node, as Skein's compiled `npm start` is.
// `node bench/peerServer.mjs` with NEO4J_URI and PEER_PORT.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

// Skein's stored model: (:Person)-[:HOLDS]->(:Document), -[:MEMBER_OF]->(:Organisation),
// -[:ASSOCIATE_OF]-(:Person) (read both ways, as Skein's `associates`).
const typeDefs = /* GraphQL */ `
  type Person @node {
    id: ID!
    name: String!
    aliases: [String!]
    nationalities: [String!]
    documents: [Document!]! @relationship(type: "HOLDS", direction: OUT)
    memberships: [Organisation!]! @relationship(type: "MEMBER_OF", direction: OUT)
    associates: [Person!]! @relationship(type: "ASSOCIATE_OF", direction: OUT, queryDirection: UNDIRECTED)
  }
  type Document @node {
    id: ID!
    number: String
    kind: String
  }
  type Organisation @node {
    id: ID!
    name: String
  }
`;

const uri = process.env.NEO4J_URI;
const port = Number(process.env.PEER_PORT ?? 7729);
if (!uri) throw new Error('NEO4J_URI is required');

const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
process.stderr.write(`peer ready at ${url}\n`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
