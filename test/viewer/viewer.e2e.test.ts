// End to end: the real API over the test Neo4j with the demo world, /viewer in headless Debian Chromium, sigma drawing with WebGL.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHttpApp } from '../../src/http.js';
import { createVerifier, signLocalToken } from '../../src/auth/tokens.js';
import { loadDemoWorld } from '../../src/ingest/demoWorld.js';
import { testServer } from '../helpers/server.js';
import { closeTestDriver } from '../helpers/graph.js';
import { decodePng, pixelStats } from './png.js';

const CHROMIUM = '/usr/bin/chromium';
// SwiftShader gives headless Chromium a software WebGL; recent Chromium only uses it when asked explicitly.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];
const SEED = 'per-be-0001';
const AGENCY = 'BE-INTEL';

const t = testServer({ SKEIN_JWT_SECRET: 'a-viewer-test-secret-that-is-long-enough-0987654321' });
let server: Server;
let base: string;
let token: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // CI installs Chromium (.ci/run); a missing browser is a broken machine, not a reason to skip.
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the viewer test`);
  await loadDemoWorld(t.executor);
  token = await signLocalToken(t.config, { agency: AGENCY, role: 'ANALYST' });
  const app = createHttpApp({
    apollo: await t.apollo(),
    executor: t.executor,
    verify: createVerifier(t.config),
    ready: async () => true,
    explorerHeaders: async () => ({ Authorization: `Bearer ${token}` }),
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(msg.text()));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await t.stop();
  await closeTestDriver();
});

const nodeCount = () => page.evaluate(() => Number(document.body.dataset.nodes));

/** Waits for the viewer to settle (a load or expansion finished) and fails on an error status. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), undefined, { timeout: 30_000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'ready') throw new Error(`viewer status: ${await page.textContent('#status')}`);
  // Let the camera reset animation end before reading screen positions.
  await page.waitForTimeout(600);
}

interface OnScreen {
  id: string;
  depth: number;
  type: string;
  x: number;
  y: number;
  gap: number;
}

/** Every node's page coordinates (sigma's graphToViewport plus the canvas offset) and its distance to the nearest other node. */
function nodesOnScreen(): Promise<OnScreen[]> {
  return page.evaluate(() => {
    const v = window.__skeinViewer!;
    const box = v.renderer.getContainer().getBoundingClientRect();
    const all = v.graph.mapNodes((id, a) => {
      // Graph coordinates in, CSS pixels relative to the sigma container out.
      const p = v.renderer.graphToViewport({ x: a.x, y: a.y });
      return { id, depth: a.depth, type: a.recordType, x: box.left + p.x, y: box.top + p.y, gap: Infinity };
    });
    for (const n of all) for (const m of all) if (m !== n) n.gap = Math.min(n.gap, Math.hypot(n.x - m.x, n.y - m.y));
    return all.filter((n) => n.x > box.left + 20 && n.x < box.right - 320 && n.y > box.top + 20 && n.y < box.bottom - 20);
  });
}

async function gql(query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as any;
}

/** A person on screen, clear of its neighbours (so a click hits it), whose neighbourhood holds nodes not drawn yet. */
async function expandableTarget(): Promise<OnScreen> {
  // Most isolated first: sigma picks the node whose disc holds the pointer, and a big neighbour's disc could cover a close one.
  const screen = (await nodesOnScreen()).filter((n) => n.type === 'Person' && n.gap > 12).sort((a, b) => b.gap - a.gap);
  const drawn = new Set(await page.evaluate(() => window.__skeinViewer!.graph.nodes()));
  for (const candidate of screen.slice(0, 25)) {
    const body = await gql('query($ids:[ID!]!){ neighbourhood(ids:$ids){ nodes { key } } }', { ids: [candidate.id] });
    if (body.data.neighbourhood.nodes.some((n: { key: string }) => !drawn.has(n.key))) return candidate;
  }
  throw new Error(`no clickable person with undrawn neighbours among ${screen.length} on screen`);
}

describe('network viewer', () => {
  it('serves the page with a pre-filled token, a strict CSP and the esbuild bundle, all local', async () => {
    const res = await fetch(`${base}/viewer`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain(`"token":"${token}"`);
    expect(html).toContain('<script src="/viewer/app.js">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const js = await fetch(`${base}/viewer/app.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const code = await js.text();
    expect(code.length).toBeGreaterThan(50_000);
    expect(code).toContain('__skeinViewer');
  });

  it('is not mounted without pre-filled headers (production mode)', async () => {
    const app = createHttpApp({ apollo: await t.apollo(), executor: t.executor, verify: createVerifier(t.config), ready: async () => true });
    const prod: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(prod.address() as AddressInfo).port}`;
      expect((await fetch(`${url}/viewer`)).status).toBe(404);
      expect((await fetch(`${url}/viewer/app.js`)).status).toBe(404);
    } finally {
      prod.close();
    }
  });

  it('draws the network of a demo person, shows provenance on hover and expands a clicked node', async () => {
    await page.goto(`${base}/viewer`);
    expect(await page.inputValue('#token')).toBe(token);
    expect(await page.inputValue('#seed')).toBe(SEED);
    await page.waitForFunction(() => Number(document.body.dataset.nodes) > 0, undefined, { timeout: 30_000 });
    await settled();
    const before = await nodeCount();
    expect(before).toBeGreaterThan(10);
    expect(await page.evaluate(() => window.__skeinViewer!.graph.hasNode('per-be-0001'))).toBe(true);
    expect(await page.textContent('#legend')).toMatch(/community \d+[\s\S]*RECRUITED/);

    const target = await expandableTarget();
    await page.mouse.move(target.x, target.y);
    await page.waitForSelector('#details[data-kind=node]', { timeout: 5_000 });
    const details = (await page.textContent('#details')) ?? '';
    expect(details).toContain(target.id);
    expect(details).toMatch(/source(BE|NL|FR|TR|EU|ID|AU|IL)-[A-Z]+/);
    expect(details).toMatch(/marking(CLEAR|GREEN|AMBER|AMBER_STRICT|RED)/);
    expect(details).toMatch(/reportedAt\d{4}-\d\d-\d\d \d\d:\d\d UTC/);

    // A real click on the WebGL canvas, at the node's screen position.
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((n) => Number(document.body.dataset.nodes) > n, before, { timeout: 30_000 });
    await settled();
    expect(await page.evaluate(() => window.__skeinViewer!.expanded())).toEqual([target.id]);
    expect(await nodeCount()).toBeGreaterThan(before);
    expect(await page.textContent('#legend')).toContain('not analysed');
    expect(pageErrors).toEqual([]);
  });

  it('the screenshot shows a drawn graph, not a blank canvas', async () => {
    mkdirSync('test-results', { recursive: true });
    const shot = await page.screenshot({ path: 'test-results/viewer.png' });
    await page.mouse.move(5, 795); // off the canvas: no hover panel in the measured area
    await page.waitForTimeout(200);
    const canvas = pixelStats(decodePng(await page.locator('#graph').screenshot()));
    // Baseline: the same canvas with the graph emptied, so the check measures what sigma drew.
    const graphBackup = await page.evaluate(() => window.__skeinViewer!.graph.export());
    await page.evaluate(() => window.__skeinViewer!.graph.clear());
    await page.waitForTimeout(300);
    const blankPng = await page.locator('#graph').screenshot();
    writeFileSync('test-results/viewer-empty-canvas.png', blankPng);
    const blank = pixelStats(decodePng(blankPng));
    await page.evaluate((g) => window.__skeinViewer!.graph.import(g as any), graphBackup);
    expect(shot.byteLength).toBeGreaterThan(20_000);
    expect(blank.saturated).toBe(0);
    // Coloured nodes and edges only come from the WebGL layers: at least 0.5 % of the canvas.
    expect(canvas.saturated).toBeGreaterThan(canvas.pixels * 0.005);
    expect(canvas.colours).toBeGreaterThan(blank.colours + 50);
  });

  it('the time-window slider refetches with `between`, narrows the network and replays the expansion', async () => {
    const requests: string[] = [];
    page.on('request', (req) => req.url().endsWith('/graphql') && requests.push(req.postData() ?? ''));
    const full = await nodeCount();
    const expanded = await page.evaluate(() => window.__skeinViewer!.expanded());
    const slide = async (from: string, to: string) => {
      // Thumbs moved as a user would: each release (`change`) refetches, the last answer wins.
      await page.locator('#from-year').fill(from);
      await page.locator('#to-year').fill(to);
      await page.waitForFunction((w) => (document.getElementById('status')?.textContent ?? '').includes(w), `${from}–${to}`, { timeout: 30_000 });
      await settled();
    };

    await slide('2012', '2017');
    const windowed = requests.map((r) => JSON.parse(r)).filter((r) => r.variables.between);
    expect(windowed.length).toBeGreaterThan(0);
    expect(windowed.at(-1).variables.between).toEqual({ from: '2012-01-01T00:00:00.000Z', to: '2017-12-31T23:59:59.999Z' });
    expect(await page.isChecked('#use-window')).toBe(true);
    expect(await nodeCount()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__skeinViewer!.expanded())).toEqual(expanded);

    // One year of facts: links outside 2013 drop out, and so do the records only they reached.
    await slide('2013', '2013');
    const narrow = await nodeCount();
    expect(narrow).toBeGreaterThan(0);
    expect(narrow).toBeLessThan(full);
    await page.screenshot({ path: 'test-results/viewer-2013.png' });
    expect(await page.evaluate(() => window.__skeinViewer!.expanded())).toEqual(expanded);
    expect(pageErrors).toEqual([]);
  });
});
