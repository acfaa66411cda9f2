// The explorer's first screen on the demo world: every saved example tab returns data for the default agency
// (over HTTP, with the token the page carries), and in headless Chromium the tabs are there, run, and the agency
// selector switches to another agency's token.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { demoHttp } from '../helpers/demoHttp.js';
import { emptyParts, post } from '../helpers/answers.js';

const CHROMIUM = '/usr/bin/chromium';
const api = demoHttp('NL-INTEL');
let browser: Browser;

interface Tab {
  query: string;
  variables?: string;
  headers: string;
}

/** The default tabs exactly as the page hands them to GraphiQL. */
async function pageTabs(agency?: string): Promise<Tab[]> {
  const html = await (await fetch(`${api.base}/graphiql${agency ? `?agency=${agency}` : ''}`)).text();
  const json = /defaultTabs: (\[.*\]),\n/.exec(html)?.[1];
  if (!json) throw new Error('the explorer page carries no default tabs');
  return JSON.parse(json) as Tab[];
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the explorer first screen', { timeout: 180_000 }, () => {
  it('opens with saved examples (lookup, search, neighbourhood, network, paths, screening, travel routes) that all return data', async () => {
    const tabs = await pageTabs();
    const names = tabs.map((t) => /query (\w+)/.exec(t.query)?.[1]);
    expect(names).toEqual(['Lookup', 'Search', 'Neighbourhood', 'Network', 'Paths', 'Screening', 'TravelRoutes']);
    for (const [i, tab] of tabs.entries()) {
      const body = await post(api.base, JSON.parse(tab.headers), tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
      expect(emptyParts(body), names[i]).toEqual([]);
    }
  });

  it('?agency= gives the tabs a token of that agency; a malformed code falls back to the default', async () => {
    const viewerOf = async (tab: Tab) => (await post(api.base, JSON.parse(tab.headers), '{ viewer { agency { code } } }')).data;
    expect(await viewerOf((await pageTabs('BE-INTEL'))[0]!)).toEqual({ viewer: { agency: { code: 'BE-INTEL' } } });
    expect(await viewerOf((await pageTabs('be intel'))[0]!)).toEqual({ viewer: { agency: { code: 'NL-INTEL' } } });
  });

  it('in Chromium: seven tabs, the first runs and shows the recruiter, the selector switches agency', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${api.base}/graphiql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 60_000 });
    expect(await page.locator('.graphiql-tab').count()).toBe(7);
    await page.waitForFunction(() => (document.getElementById('agency') as HTMLSelectElement).value === 'NL-INTEL', undefined, { timeout: 30_000 });
    // The registered agencies (the demo world's eight, and any a test registered in the shared test database).
    expect(await page.locator('#agency option[value="BE-INTEL"]').count()).toBe(1);
    mkdirSync('test-results', { recursive: true });
    await page.click('.graphiql-execute-button');
    try {
      await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('Youssef Azaghar'), undefined, { timeout: 90_000 });
    } finally {
      await page.screenshot({ path: 'test-results/explorer-first-screen.png' });
    }

    await Promise.all([page.waitForNavigation(), page.selectOption('#agency', 'BE-INTEL')]);
    await page.waitForSelector('.graphiql-tab', { timeout: 60_000 });
    await page.waitForFunction(() => (document.getElementById('agency') as HTMLSelectElement).value === 'BE-INTEL', undefined, { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    // The first tab's viewer line now names the other agency.
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"BE-INTEL"'), undefined, { timeout: 60_000 });
    await page.screenshot({ path: 'test-results/explorer-agency-switched.png' });
    expect(errors).toEqual([]);
  });
});
