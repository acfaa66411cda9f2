import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, {} from "express";
import { buildSchema, introspectionFromSchema } from "graphql";
const require2 = createRequire(import.meta.url);
const pkgDir = (name) => dirname(require2.resolve(`${name}/package.json`));
const ASSETS = {
  "react.js": join(pkgDir("react"), "umd/react.production.min.js"),
  "react-dom.js": join(pkgDir("react-dom"), "umd/react-dom.production.min.js"),
  "graphiql.js": join(pkgDir("graphiql"), "graphiql.min.js"),
  "graphiql.css": join(pkgDir("graphiql"), "graphiql.min.css"),
  // Subscriptions (watches' live alerts) run over graphql-ws from the explorer too.
  "graphql-ws.js": join(pkgDir("graphql-ws"), "umd/graphql-ws.min.js")
};
const DEFAULT_QUERY = `# Skein explorer. The header tab holds your bearer token.
query Whoami {
  viewer { agency { code name } role sharedWithMe { from { code } upTo } }
}

query Find {
  search(text: "mohamed", types: [Person], first: 5) {
    totalCount
    edges { score node { id label provenance { source marking reportedAt } } }
  }
}
`;
function explorerSchema(typeDefs) {
  return introspectionFromSchema(buildSchema(typeDefs));
}
function explorerRouter(headers, typeDefs) {
  const router = express.Router();
  const schema = explorerSchema(typeDefs);
  router.get("/assets/:name", (req, res) => {
    const file = ASSETS[req.params.name];
    if (!file) return void res.status(404).end();
    res.sendFile(file, { maxAge: "1d" });
  });
  router.get("/schema.json", (_req, res) => void res.json(schema));
  router.get("/", async (_req, res) => {
    res.type("html").send(page(await headers()));
  });
  return router;
}
const embed = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
function page(headers) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Skein explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading the explorer\u2026</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/graphql-ws.js"></script>
<script>
  // Subscriptions go over graphql-ws on the same path, with the token of the header editor as it stands.
  let headersText = ${embed(JSON.stringify(headers, null, 2))};
  const bearer = () => { try { const h = JSON.parse(headersText || '{}'); return h.Authorization || h.authorization; } catch { return undefined; } };
  const wsClient = graphqlWs.createClient({
    url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql',
    lazy: true,
    connectionParams: () => ({ authorization: bearer() }),
  });
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', wsClient });
  fetch('/graphiql/schema.json').then((r) => r.json()).then((schema) => ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      schema,
      defaultQuery: ${embed(DEFAULT_QUERY)},
      defaultHeaders: ${embed(JSON.stringify(headers, null, 2))},
      headerEditorEnabled: true,
      onEditHeaders: (text) => { headersText = text; },
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  ));
</script></body></html>`;
}
export {
  explorerRouter
};
