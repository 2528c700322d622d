// Reading the demo site in Chromium the way a citizen would: clicking areas on the maps, switching language,
// scrolling to the charts, searching for a place, and the same pages with JavaScript turned off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadPublished, type Published } from '../../src/lib/published.ts';
import { getSite } from '../../src/lib/site-data.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { shown } from './pages/expected-tables.ts';
import { DESKTOP, SitePage } from './pages/site-page.ts';

let browser: Browser;
let site: StaticSite;
let data: Published;

beforeAll(async () => {
  const dist = await builtSite();
  data = loadPublished(`${dist}/data`);
  site = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const areas = (level: string, parent?: string) => data.metadata.areas.filter((a) => a.level === level && (parent === undefined || a.parent === parent));
const pathOf = (code: string) => getSite().path(code);
const byName = (name: string) => data.metadata.areas.find((a) => a.name === name)!;

describe('the maps', () => {
  it('clicking each kecamatan on the home page map opens that kecamatan\'s page', async () => {
    const tab = await SitePage.open(browser, site.url);
    await tab.visit('/');
    const kecamatan = areas('kecamatan');
    // The map shown first: all categories (the picker's other maps wait behind their choices).
    expect((await tab.mapLinks('#peta')).map((l) => l.href).sort()).toEqual(kecamatan.map((k) => pathOf(k.code)).sort());
    for (const kec of kecamatan) {
      await tab.visit('/');
      await tab.clickMapArea(pathOf(kec.code), '#peta');
      expect(tab.path()).toBe(pathOf(kec.code));
      expect(await tab.page.locator('h1').textContent()).toBe(`Kecamatan ${kec.name}`);
    }
    expect(tab.since().errors).toEqual([]);
    await tab.close();
  });

  it('clicking a kelurahan on a kecamatan page map opens that kelurahan\'s page, in English too, at 412 and 1280 px', async () => {
    for (const [viewport, lang] of [[undefined, ''], [DESKTOP, '/en']] as const) {
      const tab = await SitePage.open(browser, site.url, viewport ? { viewport } : {});
      for (const kec of [byName('Belakang Padang'), byName('Batam Kota')]) {
        const kelurahan = areas('kelurahan', kec.code);
        await tab.visit(`${lang}${pathOf(kec.code)}`);
        expect((await tab.mapLinks()).map((l) => l.href).sort()).toEqual(kelurahan.map((k) => `${lang}${pathOf(k.code)}`).sort());
        for (const kel of kelurahan) {
          await tab.visit(`${lang}${pathOf(kec.code)}`);
          await tab.clickMapArea(`${lang}${pathOf(kel.code)}`);
          expect(await tab.page.locator('h1').textContent()).toBe(`Kelurahan ${kel.name}`);
        }
      }
      expect(tab.since().errors).toEqual([]);
      await tab.close();
    }
  });

  it('every map has one accessible link per area, named with the area and its published value, ≈ where the JSON says approximate', async () => {
    const tab = await SitePage.open(browser, site.url);
    let approximate = 0;
    for (const kec of areas('kecamatan')) {
      await tab.visit(pathOf(kec.code));
      const links = await tab.mapLinks();
      const expected = areas('kelurahan', kec.code).map((k) => {
        const cell = data.enrollment.cells.find((c) => c.code === k.code && c.category === 'semua')!;
        return `${k.name}: ${cell.count === null ? 'angka disembunyikan' : `${shown.count(cell.count, 'id', cell.approximate.includes('count'))} peserta`}`;
      });
      expect(links.map((l) => l.label).sort()).toEqual(expected.sort());
      approximate += links.filter((l) => l.label.includes(': ≈')).length;
    }
    expect(approximate).toBe(areas('kelurahan').length);
    await tab.close();
  });
});

describe('the language switch', () => {
  it('the language switch opens the same page in the other language: html lang changes, the path keeps its segments', async () => {
    const tab = await SitePage.open(browser, site.url);
    const kel = byName('Tanjung Uma');
    const path = pathOf(kel.code);
    await tab.visit(path);
    await Promise.all([tab.page.waitForURL(`${site.url}/en${path}`), tab.page.locator('a.lang-switch').click()]);
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await tab.page.locator('h1').textContent()).toBe(`Kelurahan ${kel.name}`);
    await Promise.all([tab.page.waitForURL(`${site.url}${path}`), tab.page.locator('a.lang-switch').click()]);
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('id');
    await tab.visit('/en/');
    await Promise.all([tab.page.waitForURL(`${site.url}/`), tab.page.locator('a.lang-switch').click()]);
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('id');
    await tab.close();
  });
});

describe('the charts', () => {
  it.for(['/', '/en/', '/kecamatan/batam-kota/', '/en/kategori/ketua-rt/', '/kecamatan/nongsa/kabil/'])('%s: every chart is drawn on its canvas once scrolled into view, with no errors', async (path) => {
    const tab = await SitePage.open(browser, site.url, { reducedMotion: 'reduce' });
    await tab.visit(path);
    const charts = await tab.drawAllCharts();
    expect(charts.length).toBeGreaterThan(0);
    for (const id of charts) {
      await expect.poll(() => tab.paintedPixels(id), { message: id }).toBeGreaterThan(1000);
      expect(await tab.page.locator(`#${id} canvas`).isVisible(), id).toBe(true);
    }
    expect(tab.since()).toEqual({ errors: [], outside: [] });
    await tab.close();
  });
});

describe('the place search', () => {
  const visibleLinks = (tab: SitePage) => tab.page.locator('#daftar-wilayah li a:visible').allTextContents();

  it.for(['/wilayah/', '/en/wilayah/'])('%s: typing "sungai beduk" leaves only the kelurahan of Sei Beduk; nonsense shows the "none" message', async (path) => {
    const tab = await SitePage.open(browser, site.url);
    await tab.visit(path);
    const box = tab.page.getByRole('searchbox');
    await box.pressSequentially('sungai beduk');
    expect((await visibleLinks(tab)).sort()).toEqual(areas('kelurahan', byName('Sei Beduk').code).map((k) => k.name).sort());
    expect(await tab.page.locator('#daftar-wilayah [data-group]:visible').count()).toBe(1);
    expect(await tab.page.locator('[data-none]').isVisible()).toBe(false);

    await box.fill('');
    await box.pressSequentially('tanj');
    expect((await visibleLinks(tab)).every((name) => name.startsWith('Tanjung'))).toBe(true);
    expect((await visibleLinks(tab)).length).toBeGreaterThan(1);

    await box.fill('');
    await box.pressSequentially('xqzw');
    expect(await visibleLinks(tab)).toEqual([]);
    expect(await tab.page.locator('[data-none]').isVisible()).toBe(true);
    expect(await tab.page.locator('[data-place-search]').getByRole('status').textContent()).toMatch(/^0 /);

    await box.fill('');
    expect(await visibleLinks(tab)).toHaveLength(areas('kelurahan').length);
    expect(tab.since().errors).toEqual([]);
    await tab.close();
  });
});

describe('without JavaScript', () => {
  it('the home page still has its map (SVG, one link per kecamatan), its tables and its numbers; chart boxes take no space', async () => {
    const tab = await SitePage.open(browser, site.url, { javaScriptEnabled: false });
    const visit = await tab.visit('/');
    expect((await tab.mapLinks('#peta')).map((l) => l.href).sort()).toEqual(areas('kecamatan').map((k) => pathOf(k.code)).sort());
    expect(await tab.page.locator('[data-area-map] svg').first().isVisible()).toBe(true);
    for (const scope of ['[data-choice-panel]:has(#peta)', '#menurut-kategori', '#cakupan', '#perkembangan', '#klaim', '#biaya']) {
      expect(await tab.table(scope).isVisible(), scope).toBe(true);
      expect((await tab.rows(scope)).length, scope).toBeGreaterThan(0);
    }
    expect(await tab.page.locator('[data-chart-box]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).offsetHeight))).toEqual([0, 0, 0]);
    expect(visit.errors).toEqual([]);
    await tab.close();
  });

  it('a kecamatan page still has its kelurahan map and tables', async () => {
    const tab = await SitePage.open(browser, site.url, { javaScriptEnabled: false });
    const kec = byName('Nongsa');
    await tab.visit(`/en${pathOf(kec.code)}`);
    expect((await tab.mapLinks()).map((l) => l.href).sort()).toEqual(areas('kelurahan', kec.code).map((k) => `/en${pathOf(k.code)}`).sort());
    for (const scope of ['section:has([data-area-map])', '#menurut-kategori', '#cakupan', '#status', '#klaim']) {
      expect(await tab.table(scope).isVisible(), scope).toBe(true);
    }
    await tab.close();
  });

  it('the place search shows the full list of every kecamatan and kelurahan as links, with no search box', async () => {
    const tab = await SitePage.open(browser, site.url, { javaScriptEnabled: false });
    await tab.visit('/wilayah/');
    expect(await tab.page.getByRole('searchbox').count()).toBe(0); // the box is hidden, so not in the accessibility tree
    expect((await tab.page.locator('#daftar-wilayah li a:visible').allTextContents()).sort()).toEqual(areas('kelurahan').map((k) => k.name).sort());
    expect(await tab.page.locator('#daftar-wilayah [data-group]:visible').count()).toBe(areas('kecamatan').length);
    await tab.close();
  });
});
