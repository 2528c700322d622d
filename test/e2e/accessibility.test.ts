// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page of the demo site in both languages, as first loaded,
// and on the home page once every chart is drawn. One tab visits the pages one after another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { href, LANGS } from '../../src/lib/routes.ts';
import { getSite, releaseDates } from '../../src/lib/site-data.ts';
import { sharedPages, sitePages } from '../../src/lib/site-pages.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { SitePage } from './pages/site-page.ts';

/** An address no page has: the server answers with the 404 page. */
const UNKNOWN_PATH = '/tidak-ada/';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(await builtSite());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('axe-core on the demo site', () => {
  it('every page in both languages, and the 404 page, has no WCAG 2.2 A/AA violations as first loaded at 412 px', async () => {
    // The latest copy whole; of each release's permanent copy, the pages that differ in kind (home with its
    // "what changed", a kecamatan, a kelurahan, a briefing); and the list of releases.
    const latest = getSite();
    const kecamatan = latest.kecamatan[0]!;
    const releaseSamples = releaseDates().flatMap((release) => LANGS.flatMap((lang) =>
      ['/', latest.path(kecamatan.code), latest.path(latest.children(kecamatan.code)[0]!.code), '/ringkasan/'].map((path) => href({ lang, release }, path))));
    const paths = [...sitePages(latest), ...sharedPages(), ...releaseSamples, UNKNOWN_PATH];
    const tab = await SitePage.open(browser, site.url, { axe: true, reducedMotion: 'reduce' });
    const failures: string[] = [];
    const started = performance.now();
    for (const path of paths) {
      await tab.visit(path);
      for (const violation of await tab.axeViolations()) failures.push(`${path} ${violation}`);
    }
    console.info(`axe-core checked ${paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await tab.close();
    expect(paths.length).toBeGreaterThan(180);
    expect(failures).toEqual([]);
  });

  it('the check is live under the page\'s Content-Security-Policy: it reports an image without alt text planted in a page', async () => {
    const tab = await SitePage.open(browser, site.url, { axe: true });
    await tab.visit('/data/');
    await tab.page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));
    expect(await tab.axeViolations()).toEqual([expect.stringMatching(/^image-alt \(critical\): /)]);
    await tab.close();
  });

  it('the home page at 412 px has no WCAG 2.2 A/AA violations once every chart is drawn', async () => {
    const tab = await SitePage.open(browser, site.url, { axe: true, reducedMotion: 'reduce' });
    await tab.visit('/');
    expect(await tab.drawAllCharts()).not.toEqual([]);
    await tab.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await tab.axeViolations()).toEqual([]);
    await tab.close();
  });
});
