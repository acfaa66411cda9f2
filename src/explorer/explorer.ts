// GraphiQL served by the API itself from npm packages (no CDN), with an optional pre-filled token.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { buildSchema, introspectionFromSchema, type IntrospectionQuery } from 'graphql';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

// Only these files are served: the browser builds of React and GraphiQL.
const ASSETS: Record<string, string> = {
  'react.js': join(pkgDir('react'), 'umd/react.production.min.js'),
  'react-dom.js': join(pkgDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': join(pkgDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': join(pkgDir('graphiql'), 'graphiql.min.css'),
  // Subscriptions (watches' live alerts) run over graphql-ws from the explorer too.
  'graphql-ws.js': join(pkgDir('graphql-ws'), 'umd/graphql-ws.min.js'),
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

/**
 * The schema as GraphiQL wants it, served beside the page (/graphiql/schema.json): its own introspection query is 15 levels
 * deep, past the depth limit that every operation (introspection included) is held to.
 */
function explorerSchema(typeDefs: string): IntrospectionQuery {
  return introspectionFromSchema(buildSchema(typeDefs));
}

export function explorerRouter(headers: () => Promise<Record<string, string>>, typeDefs: string): Router {
  const router = express.Router();
  const schema = explorerSchema(typeDefs);
  router.get('/assets/:name', (req, res) => {
    const file = ASSETS[req.params.name];
    if (!file) return void res.status(404).end();
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get('/schema.json', (_req, res) => void res.json(schema));
  router.get('/', async (_req, res) => {
    res.type('html').send(page(await headers()));
  });
  return router;
}

// JSON embedded in a <script> must not be able to close the tag.
const embed = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(headers: Record<string, string>): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Skein explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading the explorer…</div>
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
