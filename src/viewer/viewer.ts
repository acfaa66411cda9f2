// The network viewer at /viewer: one HTML page and its sigma.js bundle, built from npm packages (no CDN).
import { fromRoot } from '../projectRoot.js';
import { build } from 'esbuild';
import express, { type Router } from 'express';
import { viewerPage, VIEWER_CSP } from './page.js';

// From the sources even when this module runs compiled (build/): esbuild bundles the browser code.
const ENTRY = fromRoot('src', 'viewer', 'client', 'main.ts');

// Module-level so the bundle is built once per process, however many apps mount the router.
let bundle: Promise<string> | undefined;

/** The minified browser bundle; started on first call, shared afterwards, retried after a failure. */
export function viewerBundle(): Promise<string> {
  bundle ??= buildBundle().catch((err: unknown) => {
    bundle = undefined;
    throw err;
  });
  return bundle;
}

async function buildBundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    // graphology and sigma read NODE_ENV for dev-only checks; the page has no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('viewer bundle: esbuild produced no output');
  return file.text;
}

/** The bearer token inside pre-filled headers (`Authorization: Bearer …`), or '' when there is none. */
export function tokenFrom(headers: Record<string, string>): string {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization');
  const match = entry && /^Bearer\s+(\S+)$/i.exec(entry[1].trim());
  return match?.[1] ?? '';
}

/**
 * `headers` gives the explorer's pre-filled headers: the viewer takes the same local-mode token,
 * so the page works at once and stays editable to act as another agency.
 */
export function viewerRouter(headers: () => Promise<Record<string, string>>): Router {
  const router = express.Router();
  // Start building now, at server start, so the first page load does not wait for esbuild.
  viewerBundle().catch(() => {});
  router.get('/app.js', async (_req, res) => {
    try {
      const js = await viewerBundle();
      res.type('application/javascript').set('cache-control', 'no-cache').send(js);
    } catch {
      // The build error holds local paths; the browser only needs to know the page cannot start.
      res.status(500).type('text/plain').send('viewer bundle unavailable');
    }
  });
  router.get('/', async (_req, res) => {
    const token = tokenFrom(await headers().catch(() => ({})));
    res.set('content-security-policy', VIEWER_CSP).set('cache-control', 'no-store').type('html').send(viewerPage({ token }));
  });
  return router;
}
