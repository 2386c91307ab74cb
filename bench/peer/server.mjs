// server.mjs: @neo4j/graphql 7 over the database newsgraph wrote, served
// over HTTP on 127.0.0.1 (a free port, printed as "listening PORT") the way
// a small production server would: node:http, one driver, the schema built
// once, each request parsed, validated and executed by graphql-js.
//
// The type definitions map newsgraph's graph as it is stored (see
// store/neo4j/doc.go): :Entity nodes and one relationship type per
// relation type, the statement's fields as relationship properties.
import http from "node:http";
import { graphql } from "graphql";
import neo4j from "neo4j-driver";
import { Neo4jGraphQL } from "@neo4j/graphql";

const rel = (field, type, direction, target = "Entity", query = "DIRECTED") =>
  `  ${field}: [${target}!]! @relationship(type: "${type}", direction: ${direction}, queryDirection: ${query}, properties: "Statement")`;

export const typeDefs = `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String!
  kind: String!
  aliases: [String!]
  mentions: Int!
  first_seen: String
  last_seen: String
${rel("attacked", "ATTACKED", "OUT")}
${rel("attackedBy", "ATTACKED", "IN")}
${rel("said", "SAID", "OUT")}
${rel("saidIn", "SAID", "OUT", "Article")}
${rel("saidBy", "SAID", "IN")}
${rel("met", "MET", "OUT", "Entity", "UNDIRECTED")}
${rel("participatedIn", "PARTICIPATED_IN", "OUT")}
${rel("participants", "PARTICIPATED_IN", "IN")}
${rel("occurredIn", "OCCURRED_IN", "OUT")}
${rel("occurrences", "OCCURRED_IN", "IN")}
}

type Article @node(labels: ["Article"]) {
  id: ID!
}

type Statement @relationshipProperties {
  id: ID!
  date: String
  status: String!
  sentence: String
  article_id: String
  ord: String
}
`;

const env = (k, d) => process.env[k] || d;
const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USERNAME", "neo4j"), env("NEO4J_PASSWORD", "")));
const database = env("NEO4J_DATABASE", "neo4j");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

const server = http.createServer((req, res) => {
  if (req.method !== "POST") {
    res.writeHead(405).end();
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    let out;
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      out = await graphql({ schema, source: query, variableValues: variables, contextValue: { sessionConfig: { database } } });
    } catch (e) {
      out = { errors: [{ message: String(e) }] };
    }
    const body = JSON.stringify(out);
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
const stop = async () => {
  server.close();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
