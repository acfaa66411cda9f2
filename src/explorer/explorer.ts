// GraphiQL served by the API itself from npm packages (no CDN), with an optional pre-filled token.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { buildSchema, introspectionFromSchema, type IntrospectionQuery } from 'graphql';
import { AGENCY_CODE } from '../auth/viewer.js';
import { EXAMPLE_TABS } from './examples.js';

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

/**
 * The schema as GraphiQL wants it, served beside the page (/graphiql/schema.json): its own introspection query is 15 levels
 * deep, past the depth limit that every operation (introspection included) is held to.
 */
function explorerSchema(typeDefs: string): IntrospectionQuery {
  return introspectionFromSchema(buildSchema(typeDefs));
}

/** Headers (a local token) for the agency the explorer acts as; undefined: the configured default agency. */
export type ExplorerHeaders = (agency?: string) => Promise<Record<string, string>>;

export function explorerRouter(headers: ExplorerHeaders, typeDefs: string): Router {
  const router = express.Router();
  const schema = explorerSchema(typeDefs);
  router.get('/assets/:name', (req, res, next) => {
    const file = ASSETS[req.params.name];
    if (!file) return next(); // the app's coded 404
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get('/schema.json', (_req, res) => void res.json(schema));
  // ?agency=BE-INTEL: the agency selector reloads the page with a token of that agency (local mode only).
  router.get('/', async (req, res) => {
    const agency = typeof req.query.agency === 'string' && AGENCY_CODE.test(req.query.agency) ? req.query.agency : undefined;
    res.type('html').send(page(await headers(agency)));
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
<style>html,body{height:100%;margin:0}body{display:flex;flex-direction:column}#graphiql{flex:1;min-height:0}
#agency-bar{display:flex;gap:.6em;align-items:center;padding:.35em .8em;font:14px system-ui,sans-serif;background:#f3f4f6;border-bottom:1px solid #d1d5db}
#agency-bar select{font:inherit;padding:.1em .3em}#agency-bar .hint{color:#4b5563}</style></head>
<body><div id="agency-bar"><label for="agency">Acting as agency</label><select id="agency"><option>…</option></select>
<span class="hint">The tabs below are saved examples; the selector reloads them with a token of another agency.</span></div>
<div id="graphiql">Loading the explorer…</div>
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
  // The agency selector: the agencies and the current one, asked of the API with the page's token.
  fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: bearer() },
    body: JSON.stringify({ query: '{ viewer { agency { code } } agencies { code name } }' }) })
    .then((r) => r.json()).then(({ data }) => {
      const select = document.getElementById('agency');
      select.replaceChildren(...data.agencies.map((a) => new Option(a.code + ' (' + a.name + ')', a.code, false, a.code === data.viewer.agency.code)));
      select.onchange = () => { location.search = '?agency=' + encodeURIComponent(select.value); };
    });
  // Tabs live for this page only: saved tabs would keep an old agency's (or an expired) token in their headers.
  const memory = new Map();
  const storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k),
    clear: () => memory.clear(), get length() { return memory.size; } };
  fetch('/graphiql/schema.json').then((r) => r.json()).then((schema) => ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      schema,
      storage,
      defaultTabs: ${embed(EXAMPLE_TABS.map((t) => ({ ...t, headers: JSON.stringify(headers, null, 2) })))},
      defaultHeaders: ${embed(JSON.stringify(headers, null, 2))},
      headerEditorEnabled: true,
      onEditHeaders: (text) => { headersText = text; },
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  ));
</script></body></html>`;
}
