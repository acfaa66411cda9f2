// End to end: the real API over the test Neo4j with the demo world, /viewer in headless Debian Chromium, sigma drawing with WebGL.
// Issue 14 item 12: shapes per type with a legend, labels that never collide, type toggles, search,
// shortest path, PNG and Subgraph JSON exports, a first screen on a seed the token can see.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    return all.filter((n) => n.x > box.left + 20 && n.x < box.right - 20 && n.y > box.top + 20 && n.y < box.bottom - 20);
  });
}

/**
 * Share of its bounding box that the shape at the centre of a screenshot fills (disc ~0.78, diamond
 * ~0.5, square ~1): the saturated pixels connected to the centre (edges and labels are greys).
 */
function shapeFill({ width, height, channels, data }: ReturnType<typeof decodePng>): number {
  const saturated = (x: number, y: number) => {
    const i = (y * width + x) * channels;
    return Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60;
  };
  const start = [Math.floor(width / 2), Math.floor(height / 2)] as const;
  if (!saturated(...start)) return 0;
  const seen = new Set([start[1] * width + start[0]]);
  let [minX, minY, maxX, maxY] = [start[0], start[1], start[0], start[1]];
  for (let queue = [start as readonly [number, number]]; queue.length; ) {
    const next: Array<readonly [number, number]> = [];
    for (const [x, y] of queue) {
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]] as const) {
        if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen.has(ny * width + nx) || !saturated(nx, ny)) continue;
        seen.add(ny * width + nx);
        next.push([nx, ny]);
      }
    }
    queue = next;
  }
  return seen.size / ((maxX - minX + 1) * (maxY - minY + 1));
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
    await page.waitForFunction(() => Number(document.body.dataset.nodes) > 0, undefined, { timeout: 30_000 });
    await settled();
    // The first screen opens on the token's own top recruiter (the seed field starts empty).
    const top = await gql('{ recruiters(first: 1) { edges { node { person { id } } } } }', {});
    const seed = top.data.recruiters.edges[0].node.person.id as string;
    expect(await page.inputValue('#seed')).toBe(seed);
    const before = await nodeCount();
    expect(before).toBeGreaterThan(10);
    expect(await page.evaluate((id) => window.__skeinViewer!.graph.hasNode(id), seed)).toBe(true);
    expect(await page.textContent('#legend')).toMatch(/community \d+[\s\S]*RECRUITED/);

    const target = await expandableTarget();
    await page.mouse.move(target.x, target.y);
    await page.waitForSelector('#details[data-kind=node]', { timeout: 5_000 });
    const details = (await page.textContent('#details')) ?? '';
    expect(details).toContain(target.id);
    expect(details).toMatch(/source(BE|NL|FR|TR|EU|ID|AU|IL)-[A-Z]+/);
    expect(details).toMatch(/marking(CLEAR|GREEN|AMBER|AMBER_STRICT|RED)/);
    expect(details).toMatch(/reportedAt\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    // The hovered node's name is drawn even where the collision rule left it out.
    expect(await page.evaluate((id) => {
      const d = window.__skeinViewer!.renderer.getNodeDisplayData(id)!;
      return d.forceLabel && d.label !== '';
    }, target.id)).toBe(true);

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

  it('details sit in the side panel and never cover the canvas', async () => {
    const [details, graph] = await page.evaluate(() => ['details', 'graph'].map((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }));
    expect(details!.right <= graph!.left || details!.left >= graph!.right).toBe(true);
  });

  it('draws each record type with its own shape, listed with its picture in the legend', async () => {
    const types = await page.evaluate(() => {
      const v = window.__skeinViewer!;
      const byType = new Map<string, Set<string>>();
      v.graph.forEachNode((_id, a) => byType.set(a.recordType, (byType.get(a.recordType) ?? new Set()).add(a.image)));
      return [...byType].map(([type, images]) => ({ type, images: [...images] }));
    });
    expect(types.length).toBeGreaterThanOrEqual(3);
    for (const t of types) expect(t.images).toHaveLength(1); // one shape per type
    expect(new Set(types.map((t) => t.images[0])).size).toBe(types.length); // and no two types share one
    const legendTypes = await page.$$eval('#legend input[data-type]', (boxes) => boxes.map((b) => (b as HTMLInputElement).dataset.type));
    expect(legendTypes.sort()).toEqual(types.map((t) => t.type).sort());
    expect(await page.$$eval('#legend img.shape', (imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    // On the screen: a person is a disc, a document a diamond. Zoom onto each and measure how much of
    // its bounding square the shape fills (disc ~0.78, diamond ~0.5).
    const fill = async (type: string) => {
      const id = await page.evaluate((t) => window.__skeinViewer!.graph.findNode((_n, a) => a.recordType === t && a.community !== undefined), type);
      expect(id, `a ${type} with a community`).toBeTruthy();
      await page.evaluate((n) => {
        const v = window.__skeinViewer!;
        const d = v.renderer.getNodeDisplayData(n)!;
        v.renderer.getCamera().setState({ x: d.x, y: d.y, ratio: 0.02 });
      }, id);
      await page.waitForTimeout(300);
      const at = await page.evaluate((n) => {
        const v = window.__skeinViewer!;
        const a = v.graph.getNodeAttributes(n);
        const p = v.renderer.graphToViewport({ x: a.x, y: a.y });
        const box = v.renderer.getContainer().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y, r: v.renderer.scaleSize(v.renderer.getNodeDisplayData(n)!.size) };
      }, id);
      // The shape alone: saturated pixels (edges and labels are greys) in a generous square around it,
      // measured against their own bounding box.
      const half = Math.ceil(Math.max(at.r * 2, 40));
      const png = await page.screenshot({ clip: { x: at.x - half, y: at.y - half, width: 2 * half, height: 2 * half } });
      writeFileSync(`test-results/viewer-shape-${type}.png`, png);
      return shapeFill(decodePng(png));
    };
    const disc = await fill('Person');
    const diamond = await fill('Document');
    await page.evaluate(() => window.__skeinViewer!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(300);
    expect(disc).toBeGreaterThan(0.6);
    expect(diamond).toBeLessThan(0.6);
    expect(disc - diamond).toBeGreaterThan(0.15);
  });

  it('labels never collide, stay inside the canvas, always show the seed, and more appear on zoom', async () => {
    const check = async () => {
      const { boxes, width, height } = await page.evaluate(() => {
        const v = window.__skeinViewer!;
        return { boxes: v.labels(), ...v.renderer.getDimensions() };
      });
      for (const [i, a] of boxes.entries()) {
        expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= width && a.y + a.height <= height, `${a.id} inside`).toBe(true);
        for (const b of boxes.slice(i + 1)) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `${a.id} / ${b.id}`).toBe(false);
      }
      return boxes;
    };
    const seed = await page.inputValue('#seed');
    const wide = await check();
    expect(wide.map((b) => b.id)).toContain(seed);
    expect(wide.length).toBeGreaterThan(3);
    await page.evaluate(() => window.__skeinViewer!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.35, angle: 0 }));
    await page.waitForTimeout(400);
    const close = await check();
    expect(close.length).toBeGreaterThanOrEqual(Math.min(wide.length, 10));
    await page.evaluate(() => window.__skeinViewer!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(300);
  });

  it('type toggles hide documents, identifiers and travel legs, and bring them back', async () => {
    const hideable = await page.$$eval('#legend input[data-type]', (boxes) => boxes.map((b) => (b as HTMLInputElement).dataset.type!).filter((t) => t !== 'Person'));
    expect(hideable.length).toBeGreaterThan(0);
    const shown = () => page.evaluate(() => Number(document.body.dataset.shown));
    const all = await shown();
    const drawnOf = (types: string[]) => page.evaluate((ts) => {
      const v = window.__skeinViewer!;
      return v.graph.filterNodes((id, a) => ts.includes(a.recordType) && !v.renderer.getNodeDisplayData(id)!.hidden).length;
    }, types);
    const before = pixelStats(decodePng(await page.locator('#graph').screenshot()));
    for (const t of hideable) await page.uncheck(`#legend input[data-type="${t}"]`);
    expect(await drawnOf(hideable)).toBe(0);
    const persons = await page.evaluate(() => window.__skeinViewer!.graph.filterNodes((_id, a) => a.recordType === 'Person').length);
    expect(await shown()).toBe(persons);
    expect(await shown()).toBeLessThan(all);
    const after = pixelStats(decodePng(await page.locator('#graph').screenshot()));
    expect(after.colours).not.toBe(before.colours);
    for (const t of hideable) await page.check(`#legend input[data-type="${t}"]`);
    expect(await shown()).toBe(all);
  });

  it('finds a node by name and centres it', async () => {
    const target = await page.evaluate(() => {
      const v = window.__skeinViewer!;
      const id = v.graph.findNode((n, a) => a.recordType === 'Person' && a.depth === 2)!;
      return { id, name: v.graph.getNodeAttribute(id, 'name') };
    });
    await page.fill('#search', target.name.toUpperCase());
    await page.press('#search', 'Enter');
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => window.__skeinViewer!.view.focus)).toBe(target.id);
    expect(await page.textContent('#details')).toContain(target.id);
    const off = await page.evaluate((id) => {
      const v = window.__skeinViewer!;
      const a = v.graph.getNodeAttributes(id);
      const p = v.renderer.graphToViewport({ x: a.x, y: a.y });
      const { width, height } = v.renderer.getDimensions();
      return Math.hypot(p.x - width / 2, p.y - height / 2);
    }, target.id);
    expect(off).toBeLessThan(40);
    expect(await page.evaluate(() => window.__skeinViewer!.labels().map((b) => b.id))).toContain(target.id);
    await page.click('#clear');
    await page.evaluate(() => window.__skeinViewer!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(300);
  });

  it('highlights the shortest path between two Shift+clicked nodes', async () => {
    await page.mouse.move(5, 795);
    await page.waitForTimeout(300);
    // Clear of their neighbours, so each click hits the node meant; as far apart in hops as the picture allows.
    const screen = (await nodesOnScreen()).filter((n) => n.type === 'Person' && n.gap > 16).sort((a, b) => b.gap - a.gap);
    const from = screen.find((n) => n.depth === 0) ?? screen[0]!;
    const to = screen.filter((n) => n.id !== from.id).sort((a, b) => b.depth - a.depth || b.gap - a.gap)[0]!;
    const before = pixelStats(decodePng(await page.locator('#graph').screenshot()));
    await page.keyboard.down('Shift');
    await page.mouse.click(from.x, from.y);
    await page.waitForTimeout(500); // two clicks closer than sigma's double-click window would be a double click (zoom)
    await page.mouse.click(to.x, to.y);
    await page.keyboard.up('Shift');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__skeinViewer!.view.selected)).toEqual([from.id, to.id]);
    const path = await page.evaluate(() => window.__skeinViewer!.view.path);
    expect(path?.[0]).toBe(from.id);
    expect(path?.at(-1)).toBe(to.id);
    // A naive reference: breadth-first over the exported graph, edges either way.
    const exported = await page.evaluate(() => window.__skeinViewer!.graph.export());
    const adj = new Map<string, Set<string>>();
    for (const e of exported.edges) {
      adj.set(e.source, (adj.get(e.source) ?? new Set()).add(e.target));
      adj.set(e.target, (adj.get(e.target) ?? new Set()).add(e.source));
    }
    const dist = new Map([[from.id, 0]]);
    for (let q = [from.id]; q.length; ) {
      const next: string[] = [];
      for (const u of q) for (const v of adj.get(u) ?? []) if (!dist.has(v)) dist.set(v, dist.get(u)! + 1), next.push(v);
      q = next;
    }
    expect(path!.length - 1).toBe(dist.get(to.id));
    for (let i = 1; i < path!.length; i += 1) expect(adj.get(path![i - 1]!)?.has(path![i]!)).toBe(true);
    expect(await page.textContent('#path-info')).toContain(`Shortest path, ${path!.length - 1} link(s)`);
    const lit = pixelStats(decodePng(await page.locator('#graph').screenshot()));
    await page.screenshot({ path: 'test-results/viewer-path.png' });
    expect(lit.saturated).toBeLessThan(before.saturated); // everything off the path is dimmed
    await page.click('#clear');
    expect(await page.evaluate(() => window.__skeinViewer!.view.path)).toBeNull();
  });

  it('exports the view as PNG and as Subgraph JSON', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const image = decodePng(readFileSync((await png.path())!));
    expect(image.width).toBeGreaterThan(300);
    expect(pixelStats(image).saturated).toBeGreaterThan(100);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const sub = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { nodes: Array<{ key: string; type: string; label: string; provenance: { source: string } }>; edges: Array<{ key: string; source: string; target: string; type: string }>; truncated: boolean };
    expect(sub.nodes.length).toBe(await page.evaluate(() => Number(document.body.dataset.shown)));
    expect(sub.edges.length).toBeGreaterThan(0);
    const keys = new Set(sub.nodes.map((n) => n.key));
    for (const e of sub.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    expect(sub.nodes[0]).toMatchObject({ key: expect.any(String), type: expect.any(String), label: expect.any(String), provenance: { source: expect.any(String) } });
    expect(typeof sub.truncated).toBe('boolean');
    expect(pageErrors).toEqual([]);
  });

  it('opens on a seed that another agency\'s token can see too', async () => {
    const nl = await signLocalToken(t.config, { agency: 'NL-INTEL', role: 'ANALYST' });
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(`${base}/viewer`);
      await other.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), undefined, { timeout: 30_000 });
      await other.fill('#token', nl);
      await other.fill('#seed', '');
      await other.click('#load');
      await other.waitForFunction(() => document.body.dataset.state === 'ready' && Number(document.body.dataset.nodes) > 0, undefined, { timeout: 30_000 });
      expect(await other.inputValue('#seed')).not.toBe('');
    } finally {
      await other.close();
    }
  });

  it('keeps a seed typed while the first screen is still finding a person, and loads that one', async () => {
    const top = await gql('{ recruiters(first: 2) { edges { node { person { id } } } } }', {});
    const typed = top.data.recruiters.edges[1].node.person.id as string; // not the person the first screen picks
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      // The first screen's search for a person answers only after the analyst has typed a seed.
      await other.route('**/graphql', async (route) => {
        if (route.request().postData()?.includes('ViewerSeed')) await held;
        await route.continue();
      });
      await other.goto(`${base}/viewer`);
      await other.waitForFunction(() => document.body.dataset.state === 'loading', undefined, { timeout: 10_000 });
      await other.fill('#seed', typed);
      release();
      await other.waitForFunction(() => document.body.dataset.state === 'ready' && Number(document.body.dataset.nodes) > 0, undefined, { timeout: 30_000 });
      expect(await other.inputValue('#seed')).toBe(typed);
      expect(await other.evaluate((id) => window.__skeinViewer!.graph.hasNode(id), typed)).toBe(true);
    } finally {
      release();
      await other.close();
    }
  });

  it('does not fill the empty seed field under an analyst who is in it: what they type is the seed', async () => {
    const top = await gql('{ recruiters(first: 2) { edges { node { person { id } } } } }', {});
    const typed = top.data.recruiters.edges[1].node.person.id as string;
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      // The first screen finds its person while the analyst has the (still empty) field focused.
      await other.route('**/graphql', async (route) => {
        if (route.request().postData()?.includes('ViewerSeed')) await held;
        await route.continue();
      });
      await other.goto(`${base}/viewer`);
      await other.waitForFunction(() => document.body.dataset.state === 'loading', undefined, { timeout: 10_000 });
      await other.focus('#seed');
      release();
      await other.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 30_000 });
      await other.keyboard.type(typed);
      expect(await other.inputValue('#seed')).toBe(typed);
      await other.click('#load');
      await other.waitForFunction((id) => document.body.dataset.state === 'ready' && window.__skeinViewer!.graph.hasNode(id), typed, { timeout: 30_000 });
    } finally {
      release();
      await other.close();
    }
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
