import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { chartJsChunks } from '../../scripts/budgets/chart-chunks.ts';
import { measureHomePage } from '../../scripts/budgets/home-page.ts';
import { homeProblems } from '../../scripts/budgets/report.ts';
import { BUDGET_FIXTURE_FILES, writeBudgetFixtureSite } from '../helpers/budget-fixture-site.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

// Transferred bytes are the gzipped body plus the response headers our server sends (about 250 bytes).
const HEADERS_AT_MOST = 600;
const gzipped = (file: string) => gzipSync(BUDGET_FIXTURE_FILES[file]!).length;

let browser: Browser;
const sites: StaticSite[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((s) => s.close()));
});

describe('measureHomePage on a hand-written site', () => {
  let dist: string;
  let url: string;
  beforeAll(async () => {
    dist = await writeBudgetFixtureSite(await mkdtemp(join(tmpdir(), 'budget-site-')));
    const site = await serveStatic(dist);
    sites.push(site);
    url = site.url;
  });

  it('measureHomePage(browser, url, chunks) weighs each response as gzipped body plus headers, before any scrolling', async () => {
    const home = await measureHomePage(browser, `${url}/`, await chartJsChunks(dist));
    expect(home.transfers.map((t) => new URL(t.url).pathname).sort()).toEqual(['/', '/_astro/mount.js', '/_astro/site.css']);
    const within = (bytes: number, file: string) => {
      expect(bytes, file).toBeGreaterThanOrEqual(gzipped(file));
      expect(bytes, file).toBeLessThan(gzipped(file) + HEADERS_AT_MOST);
    };
    within(home.weight.bytes.html, 'index.html');
    within(home.weight.bytes.css, '_astro/site.css');
    within(home.weight.js, '_astro/mount.js');
    expect(home.weight.nonJs).toBe(home.weight.bytes.html + home.weight.bytes.css);
  });

  it('measureHomePage sees Chart.js arrive only once the chart far below the fold is scrolled into view', async () => {
    const home = await measureHomePage(browser, `${url}/`, await chartJsChunks(dist));
    expect(home.chartJsBeforeScroll).toEqual([]);
    expect(home.chartJsOnScroll).toBe('arrived');
    expect(homeProblems(home)).toEqual([]);
  });

  it('measureHomePage catches a page that loads Chart.js before any chart is in view', async () => {
    const eager = await measureHomePage(browser, `${url}/eager/`, await chartJsChunks(dist));
    expect(eager.chartJsBeforeScroll).toEqual([`${url}/_astro/chart-lib.js`]);
    expect(homeProblems(eager)).toEqual([expect.stringMatching(/Chart\.js was requested before any chart/)]);
  });
});

describe('the demo site\'s home page budget', () => {
  it('the home page sends at most 80 KB of HTML + CSS + map and 15 KB of JavaScript (gzip) before any interaction, and Chart.js only with the first chart', async () => {
    const dist = await builtSite();
    const site = await serveStatic(dist);
    sites.push(site);
    const home = await measureHomePage(browser, `${site.url}/`, await chartJsChunks(dist));
    const html = home.transfers.find((t) => t.kind === 'html')!;
    expect(html.bytes, 'the home page HTML went over the wire compressed').toBeLessThan((await stat(join(dist, 'index.html'))).size);
    expect(homeProblems(home), JSON.stringify(home.weight)).toEqual([]);
    // The browser's count covers at least the whole gzipped page, worked out here without the server.
    expect(gzipSync(await readFile(join(dist, 'index.html'))).length).toBeLessThanOrEqual(home.weight.bytes.html);
  });
});
